package dev.rustmem.types.collect;

import dev.rustmem.syntax.ast.GenericArg;
import dev.rustmem.syntax.ast.GenericArgs;
import dev.rustmem.syntax.ast.TypeExpr;
import dev.rustmem.types.Ty;
import java.util.List;

/**
 * Pairs a lowered type's children with the written types they came from, when the syntax has the
 * same shape ({@code Option<Vec<u8>>} written as such, not through an alias); a child without
 * its own syntax gets null.
 */
final class SubTypes {
    private SubTypes() {}

    /** The written type of each of the {@code n} children, or null when none has one (no list then). */
    static List<TypeExpr> of(Ty ty, TypeExpr te, int n) {
        while (te instanceof TypeExpr.Paren p) {
            te = p.inner();
        }
        if (te == null || n == 0) {
            return null;
        }
        if (n == 1) {
            TypeExpr only = single(ty, te);
            if (only != null) {
                return List.of(only);
            }
        }
        if (ty instanceof Ty.Tuple && te instanceof TypeExpr.Tuple t && t.elems().size() == n) {
            return t.elems();
        }
        if (ty instanceof Ty.Adt a && te instanceof TypeExpr.PathType pt && pt.path().qself().isEmpty()
                && pt.path().last().name().name().equals(a.def().name())
                && pt.path().last().args().orElse(null) instanceof GenericArgs.AngleBracketed ab) {
            TypeExpr[] out = new TypeExpr[n];
            int i = 0;
            for (int j = 0; j < ab.args().size(); j++) {
                if (ab.args().get(j) instanceof GenericArg.Type t && i < n) {
                    out[i++] = t.ty();
                }
            }
            return java.util.Arrays.asList(out);
        }
        return null;
    }

    /** The one child's written type of a written array, slice, reference or pointer (or an ADT's, see above). */
    private static TypeExpr single(Ty ty, TypeExpr te) {
        if (ty instanceof Ty.Array && te instanceof TypeExpr.Array arr) {
            return arr.elem();
        } else if (ty instanceof Ty.Slice && te instanceof TypeExpr.Slice sl) {
            return sl.elem();
        } else if (ty instanceof Ty.Ref && te instanceof TypeExpr.Ref r) {
            return r.pointee();
        } else if (ty instanceof Ty.RawPtr && te instanceof TypeExpr.RawPtr r) {
            return r.pointee();
        }
        return null;
    }
}
