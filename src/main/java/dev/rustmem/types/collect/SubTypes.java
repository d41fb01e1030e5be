package dev.rustmem.types.collect;

import dev.rustmem.syntax.ast.GenericArg;
import dev.rustmem.syntax.ast.GenericArgs;
import dev.rustmem.syntax.ast.TypeExpr;
import dev.rustmem.types.Ty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Pairs a lowered type's children with the written types they came from, when the syntax has the
 * same shape ({@code Option<Vec<u8>>} written as such, not through an alias); a child without
 * its own syntax gets null.
 */
final class SubTypes {
    private SubTypes() {}

    static List<TypeExpr> of(Ty ty, TypeExpr te, int n) {
        while (te instanceof TypeExpr.Paren p) {
            te = p.inner();
        }
        List<TypeExpr> none = Collections.nCopies(n, (TypeExpr) null);
        if (te == null || n == 0) {
            return none;
        }
        List<TypeExpr> out = new ArrayList<>(none);
        if (ty instanceof Ty.Adt a && te instanceof TypeExpr.PathType pt && pt.path().qself().isEmpty()
                && pt.path().last().name().name().equals(a.def().name())
                && pt.path().last().args().orElse(null) instanceof GenericArgs.AngleBracketed ab) {
            int i = 0;
            for (GenericArg g : ab.args()) {
                if (g instanceof GenericArg.Type t && i < n) {
                    out.set(i++, t.ty());
                }
            }
        } else if (ty instanceof Ty.Tuple && te instanceof TypeExpr.Tuple t && t.elems().size() == n) {
            return t.elems();
        } else if (n == 1 && ty instanceof Ty.Array && te instanceof TypeExpr.Array arr) {
            out.set(0, arr.elem());
        } else if (n == 1 && ty instanceof Ty.Slice && te instanceof TypeExpr.Slice sl) {
            out.set(0, sl.elem());
        } else if (n == 1 && ty instanceof Ty.Ref && te instanceof TypeExpr.Ref r) {
            out.set(0, r.pointee());
        } else if (n == 1 && ty instanceof Ty.RawPtr && te instanceof TypeExpr.RawPtr r) {
            out.set(0, r.pointee());
        }
        return out;
    }
}
