package dev.rustmem.layout;

import dev.rustmem.types.ReprOptions;
import dev.rustmem.types.Ty;
import java.math.BigInteger;

/**
 * An enum's discriminant integers (rustc's {@code repr_discr} and {@code ReprOptions::discr_type}).
 *
 * @param width  the integer width
 * @param signed its signedness
 */
record ReprDiscr(IntWidth width, boolean signed) {
    /** Every value, shared: unsigned then signed per width (one per enum laid out otherwise). */
    private static final ReprDiscr[] ALL = all();

    private static ReprDiscr[] all() {
        IntWidth[] widths = IntWidth.all();
        ReprDiscr[] out = new ReprDiscr[widths.length * 2];
        for (int i = 0; i < widths.length; i++) {
            out[2 * i] = new ReprDiscr(widths[i], false);
            out[2 * i + 1] = new ReprDiscr(widths[i], true);
        }
        return out;
    }

    static ReprDiscr of(IntWidth width, boolean signed) {
        return ALL[2 * width.ordinal() + (signed ? 1 : 0)];
    }

    /** The discriminant type D: the explicit int repr, else {@code isize} (also for {@code repr(C)}). */
    static ReprDiscr discrType(ReprOptions repr, TargetDataLayout dl) {
        if (repr.intTy().isPresent()) {
            return ofIntTy(repr.intTy().get(), dl);
        }
        return of(dl.pointerWidth(), true);
    }

    private static ReprDiscr ofIntTy(Ty ty, TargetDataLayout dl) {
        if (ty instanceof Ty.Int i) {
            int bytes = i.ity().fixedBytes();
            return of(bytes == 0 ? dl.pointerWidth() : IntWidth.ofBytes(bytes), true);
        }
        if (ty instanceof Ty.Uint u) {
            int bytes = u.uty().fixedBytes();
            return of(bytes == 0 ? dl.pointerWidth() : IntWidth.ofBytes(bytes), false);
        }
        throw new AssertionError(ty);
    }

    /**
     * The smallest tag integer for discriminants in {@code min..=max}: the explicit int repr, else
     * the smallest unsigned (no negative values) or signed integer, at least {@code c_enum_min_size}
     * for repr(C) and at least I8 otherwise.
     */
    static ReprDiscr forRange(ReprOptions repr, BigInteger min, BigInteger max, TargetDataLayout dl) {
        if (repr.intTy().isPresent()) {
            return discrType(repr, dl);
        }
        IntWidth atLeast = repr.c() ? IntWidth.ofBytes(dl.cEnumMinSize()) : IntWidth.I8;
        if (min.signum() >= 0) {
            return of(atLeastOf(fitUnsigned(max), atLeast), false);
        }
        IntWidth signedFit = fitSigned(min).compareTo(fitSigned(max)) >= 0 ? fitSigned(min) : fitSigned(max);
        return of(atLeastOf(signedFit, atLeast), true);
    }

    private static IntWidth atLeastOf(IntWidth a, IntWidth b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    static IntWidth fitUnsigned(BigInteger v) {
        for (IntWidth w : IntWidth.all()) {
            if (v.bitLength() <= w.bits()) {
                return w;
            }
        }
        return IntWidth.I128;
    }

    static IntWidth fitSigned(BigInteger v) {
        for (IntWidth w : IntWidth.all()) {
            // bitLength excludes the sign bit.
            if (v.bitLength() < w.bits()) {
                return w;
            }
        }
        return IntWidth.I128;
    }
}
