package dev.rustmem.types.lower;

import dev.rustmem.types.IntTy;
import dev.rustmem.types.Ty;
import dev.rustmem.types.UintTy;
import java.math.BigInteger;
import java.util.Optional;

/** The value range of an integer type ({@code usize}/{@code isize} at the target's pointer width). */
record IntRange(BigInteger min, BigInteger max, int bits, boolean signed, String name) {
    static Optional<IntRange> of(Ty ty, int pointerBits) {
        if (ty instanceof Ty.Uint u) {
            int bits = u.uty() == UintTy.USIZE ? pointerBits : u.uty().fixedBytes() * 8;
            return Optional.of(new IntRange(BigInteger.ZERO, BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE),
                    bits, false, u.uty().spelling()));
        }
        if (ty instanceof Ty.Int i) {
            int bits = i.ity() == IntTy.ISIZE ? pointerBits : i.ity().fixedBytes() * 8;
            BigInteger half = BigInteger.ONE.shiftLeft(bits - 1);
            return Optional.of(new IntRange(half.negate(), half.subtract(BigInteger.ONE), bits, true,
                    i.ity().spelling()));
        }
        if (ty instanceof Ty.Bool) {
            return Optional.of(new IntRange(BigInteger.ZERO, BigInteger.ONE, 1, false, "bool"));
        }
        if (ty instanceof Ty.Char) {
            return Optional.of(new IntRange(BigInteger.ZERO, BigInteger.valueOf(0x10FFFF), 32, false, "char"));
        }
        return Optional.empty();
    }

    boolean contains(BigInteger v) {
        return v.compareTo(min) >= 0 && v.compareTo(max) <= 0;
    }

    /** Two's-complement truncation, as {@code as} casts do. */
    BigInteger wrap(BigInteger v) {
        BigInteger m = v.and(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
        return signed && m.testBit(bits - 1) ? m.subtract(BigInteger.ONE.shiftLeft(bits)) : m;
    }

    /** rustc's spelling of a value in const-eval messages: {@code 200_u8}, {@code u8::MAX}, {@code i8::MIN}. */
    String show(BigInteger v) {
        if (v.equals(max) && bits > 1) {
            return name + "::MAX";
        }
        if (signed && v.equals(min)) {
            return name + "::MIN";
        }
        return v + "_" + name;
    }

    /**
     * rustc's deny-by-default {@code overflowing_literals} lint for a literal (or negated literal)
     * that does not fit: no error code, the range in a note, a wider type in the help.
     */
    dev.rustmem.diag.Diagnostic literalOutOfRange(dev.rustmem.source.Span span, BigInteger v) {
        dev.rustmem.diag.Diagnostic d = dev.rustmem.diag.Diagnostic.error("literal out of range for `" + name + "`",
                span, "").withNote("the literal `" + v + "` does not fit into the type `" + name
                        + "` whose range is `" + min + "..=" + max + "`");
        d = withLintNote(d);
        for (int w : new int[] {8, 16, 32, 64, 128}) {
            if (w > bits && (signed || v.signum() >= 0)) {
                BigInteger half = BigInteger.ONE.shiftLeft(w - 1);
                boolean fits = signed ? v.compareTo(half.negate()) >= 0 && v.compareTo(half) < 0
                        : v.compareTo(BigInteger.ONE.shiftLeft(w)) < 0;
                if (fits) {
                    return d.withHelp("consider using the type `" + (signed ? "i" : "u") + w + "` instead");
                }
            }
        }
        return d;
    }

    private static dev.rustmem.diag.Diagnostic withLintNote(dev.rustmem.diag.Diagnostic d) {
        return d.withNote("`#[deny(overflowing_literals)]` on by default");
    }
}
