package dev.rustmem.types.lower;

import dev.rustmem.types.Const;
import dev.rustmem.types.GenericArg;
import dev.rustmem.types.HashedList;
import dev.rustmem.types.Ty;
import java.util.List;

/**
 * A generic definition's field types for concrete arguments, made from the field types lowered
 * once with the identity arguments by putting the arguments in place of the parameters: far
 * cheaper than lowering the written field types again, which layouts of instantiations did one
 * by one under the lowering lock.
 *
 * <p>Only where that gives exactly what lowering with the arguments gives: a type with an
 * unevaluated array length (a const-parameter expression), a projection left opaque
 * ({@code <T as Tr>::X}, a parameter of index -1), a {@code dyn} type or a function pointer that
 * mentions a parameter (their spelling or bound regions depend on the argument) makes
 * {@link #fieldTys} answer null, and the caller lowers as before. Results are interned, as
 * lowering's are.
 */
final class Subst {
    /** Marker for "cannot substitute": never a real type. */
    private static final Ty NO = new Ty.Param("<no substitution>", -2, false);

    /** Where the results are interned, or null (a speculating thread's, see {@link dev.rustmem.types.Speculation}). */
    private final LoweringCtxt cx;
    private final List<GenericArg> args;

    private Subst(LoweringCtxt cx, List<GenericArg> args) {
        this.cx = cx;
        this.args = args;
    }

    /** {@code identityTys} with {@code args} for the parameters, or null where lowering must decide. */
    static List<Ty> fieldTys(LoweringCtxt cx, List<Ty> identityTys, List<GenericArg> args) {
        return new Subst(cx, args).all(identityTys);
    }

    /** {@link #fieldTys} without interning: equal types, not necessarily the lowering's objects (any thread). */
    static List<Ty> fieldTysUninterned(List<Ty> identityTys, List<GenericArg> args) {
        return new Subst(null, args).all(identityTys);
    }

    private Ty intern(Ty t) {
        return cx == null ? t : cx.intern(t);
    }

    private List<Ty> all(List<Ty> identityTys) {
        Ty[] out = new Ty[identityTys.size()];
        for (int i = 0; i < out.length; i++) {
            Ty t = ty(identityTys.get(i));
            if (t == NO) {
                return null;
            }
            out[i] = t;
        }
        return HashedList.adopt(out);
    }

    private Ty ty(Ty t) {
        if (t instanceof Ty.Param p) {
            return p.index() >= 0 && p.index() < args.size() && args.get(p.index()) instanceof Ty a ? a : NO;
        }
        if (t instanceof Ty.Adt a) {
            List<GenericArg> in = a.args();
            if (in.isEmpty()) {
                return t;
            }
            GenericArg[] out = null;
            for (int i = 0; i < in.size(); i++) {
                GenericArg g = in.get(i);
                GenericArg r = g instanceof Ty ty ? ty(ty) : constArg((Const) g);
                if (r == NO) {
                    return NO;
                }
                if (r != g && out == null) {
                    out = in.toArray(new GenericArg[0]);
                }
                if (out != null) {
                    out[i] = r;
                }
            }
            return out == null ? t : intern(new Ty.Adt(a.def(), HashedList.adopt(out)));
        }
        if (t instanceof Ty.Tuple tu) {
            List<Ty> in = tu.elems();
            Ty[] out = null;
            for (int i = 0; i < in.size(); i++) {
                Ty e = in.get(i);
                Ty r = ty(e);
                if (r == NO) {
                    return NO;
                }
                if (r != e && out == null) {
                    out = in.toArray(new Ty[0]);
                }
                if (out != null) {
                    out[i] = r;
                }
            }
            return out == null ? t : intern(new Ty.Tuple(HashedList.adopt(out)));
        }
        if (t instanceof Ty.Array arr) {
            if (arr.len() == TypeLowering.UNEVALUATED_LEN) {
                return NO;
            }
            Ty e = ty(arr.elem());
            return e == NO ? NO : e == arr.elem() ? t : intern(new Ty.Array(e, arr.len()));
        }
        if (t instanceof Ty.Slice sl) {
            Ty e = ty(sl.elem());
            return e == NO ? NO : e == sl.elem() ? t : intern(new Ty.Slice(e));
        }
        if (t instanceof Ty.Ref r) {
            Ty e = ty(r.pointee());
            return e == NO ? NO : e == r.pointee() ? t : intern(new Ty.Ref(e, r.mutable()));
        }
        if (t instanceof Ty.RawPtr r) {
            Ty e = ty(r.pointee());
            return e == NO ? NO : e == r.pointee() ? t : intern(new Ty.RawPtr(e, r.mutable()));
        }
        if (t instanceof Ty.FnPtr f) {
            return Projections.mentionsParams(f, true) ? NO : t;
        }
        if (t instanceof Ty.Dynamic) {
            return NO; // its spelling may name a parameter
        }
        return t; // primitives, str, !
    }

    private GenericArg constArg(Const c) {
        if (c instanceof Const.Param p) {
            return p.index() >= 0 && p.index() < args.size() && args.get(p.index()) instanceof Const v ? v : NO;
        }
        return c;
    }
}
