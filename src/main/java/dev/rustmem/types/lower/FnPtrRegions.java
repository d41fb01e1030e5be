package dev.rustmem.types.lower;

import dev.rustmem.syntax.ast.GenericArg;
import dev.rustmem.syntax.ast.GenericArgs;
import dev.rustmem.syntax.ast.Lifetime;
import dev.rustmem.syntax.ast.PathSegment;
import dev.rustmem.syntax.ast.TypeExpr;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which references in a written fn pointer's parameters have regions bound by the pointer itself:
 * elided ({@code &u8}, {@code &'_ u8}) or named in its {@code for<'a>}. Walks the parameters in the
 * same pre-order as {@code LateBound.count} walks the lowered types; the caller checks the counts
 * agree (type aliases can hide references) and otherwise treats every region as bound.
 */
final class FnPtrRegions {
    private final Set<String> binder = new HashSet<>();
    private final List<Boolean> out = new ArrayList<>();

    private FnPtrRegions(TypeExpr.FnPtr fn) {
        for (Lifetime l : fn.forLifetimes()) {
            binder.add(l.name());
        }
    }

    static List<Boolean> lateBound(TypeExpr.FnPtr fn) {
        FnPtrRegions r = new FnPtrRegions(fn);
        for (TypeExpr p : fn.params()) {
            r.walk(p);
        }
        return r.out;
    }

    private void walk(TypeExpr t) {
        if (t instanceof TypeExpr.Ref r) {
            out.add(r.lifetime().isEmpty() || r.lifetime().get().name().equals("'_")
                    || binder.contains(r.lifetime().get().name()));
            walk(r.pointee());
        } else if (t instanceof TypeExpr.RawPtr p) {
            walk(p.pointee());
        } else if (t instanceof TypeExpr.Tuple tu) {
            for (TypeExpr e : tu.elems()) {
                walk(e);
            }
        } else if (t instanceof TypeExpr.Array a) {
            walk(a.elem());
        } else if (t instanceof TypeExpr.Slice s) {
            walk(s.elem());
        } else if (t instanceof TypeExpr.Paren p) {
            walk(p.inner());
        } else if (t instanceof TypeExpr.PathType pt && pt.path().qself().isEmpty()) {
            for (PathSegment seg : pt.path().segments()) {
                if (seg.args().isPresent() && seg.args().get() instanceof GenericArgs.AngleBracketed ab) {
                    for (GenericArg a : ab.args()) {
                        if (a instanceof GenericArg.Type ty) {
                            walk(ty.ty());
                        }
                    }
                }
            }
        }
    }
}
