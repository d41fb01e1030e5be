package dev.rustmem.types.lower;

import dev.rustmem.types.Const;
import dev.rustmem.types.GenericArg;
import dev.rustmem.types.Ty;
import java.util.List;

/**
 * Matches an impl's self type (with its parameters as {@link Ty.Param}s) against a concrete
 * type, binding the parameters. A parameter without {@code ?Sized} only matches sized types.
 */
final class TyMatch {
    private TyMatch() {}

    static boolean matches(Ty pattern, Ty ty, GenericArg[] bound) {
        if (pattern instanceof Ty.Param p && p.index() >= 0 && p.index() < bound.length) {
            if (!p.maybeUnsized() && unsized(ty)) {
                return false;
            }
            if (bound[p.index()] == null) {
                bound[p.index()] = ty;
                return true;
            }
            return bound[p.index()].equals(ty);
        }
        if (pattern instanceof Ty.Adt pa && ty instanceof Ty.Adt ta) {
            return pa.def() == ta.def() && args(pa.args(), ta.args(), bound);
        }
        if (pattern instanceof Ty.Tuple pt && ty instanceof Ty.Tuple tt) {
            if (pt.elems().size() != tt.elems().size()) {
                return false;
            }
            for (int i = 0; i < pt.elems().size(); i++) {
                if (!matches(pt.elems().get(i), tt.elems().get(i), bound)) {
                    return false;
                }
            }
            return true;
        }
        if (pattern instanceof Ty.Slice ps && ty instanceof Ty.Slice ts) {
            return matches(ps.elem(), ts.elem(), bound);
        }
        if (pattern instanceof Ty.Array pa && ty instanceof Ty.Array ta) {
            return (pa.len() < 0 || pa.len() == ta.len()) && matches(pa.elem(), ta.elem(), bound);
        }
        if (pattern instanceof Ty.Ref pr && ty instanceof Ty.Ref tr) {
            return pr.mutable() == tr.mutable() && matches(pr.pointee(), tr.pointee(), bound);
        }
        if (pattern instanceof Ty.RawPtr pr && ty instanceof Ty.RawPtr tr) {
            return pr.mutable() == tr.mutable() && matches(pr.pointee(), tr.pointee(), bound);
        }
        return pattern.equals(ty);
    }

    private static boolean args(List<GenericArg> ps, List<GenericArg> ts, GenericArg[] bound) {
        if (ps.size() != ts.size()) {
            return false;
        }
        for (int i = 0; i < ps.size(); i++) {
            GenericArg p = ps.get(i);
            GenericArg t = ts.get(i);
            if (p instanceof Ty pt && t instanceof Ty tt) {
                if (!matches(pt, tt, bound)) {
                    return false;
                }
            } else if (p instanceof Const.Param cp && cp.index() >= 0 && cp.index() < bound.length) {
                if (bound[cp.index()] == null) {
                    bound[cp.index()] = t;
                } else if (!bound[cp.index()].equals(t)) {
                    return false;
                }
            } else if (!p.equals(t)) {
                return false;
            }
        }
        return true;
    }

    /** Statically unsized: {@code str}, slices, trait objects (struct tails are not looked into). */
    private static boolean unsized(Ty t) {
        return t instanceof Ty.Str || t instanceof Ty.Slice || t instanceof Ty.Dynamic;
    }
}
