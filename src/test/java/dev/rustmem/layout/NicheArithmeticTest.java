package dev.rustmem.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The long-arithmetic fast paths of niche sizes and tag ranges give exactly what the plain
 * BigInteger formulas give, for every scalar width and for bounds near 0, 2^63, 2^64 and 2^128.
 */
class NicheArithmeticTest {
    private static final TargetDataLayout DL = TargetDataLayout.X86_64;
    private static final IntWidth[] WIDTHS = IntWidth.values();

    @Test
    void nicheSizesMatchTheModularFormula() {
        Random rnd = new Random(7);
        List<Niche> niches = new ArrayList<>();
        for (IntWidth w : WIDTHS) {
            for (int i = 0; i < 300; i++) {
                Niche n = niche(w, bound(rnd, w.bits()), bound(rnd, w.bits()));
                BigInteger want = n.valid().start().subtract(n.valid().end()).subtract(BigInteger.ONE)
                        .mod(BigInteger.ONE.shiftLeft(w.bits()));
                assertThat(n.available(DL)).as("%s %s", w, n.valid()).isEqualTo(want);
                assertThat(n.hasAvailable(DL)).isEqualTo(want.signum() > 0);
                niches.add(n);
            }
        }
        for (int i = 0; i < 5000; i++) {
            Niche a = niches.get(rnd.nextInt(niches.size()));
            Niche b = niches.get(rnd.nextInt(niches.size()));
            assertThat(Integer.signum(Niche.compareAvailable(a, b, DL)))
                    .isEqualTo(a.available(DL).compareTo(b.available(DL)));
            assertThat(Integer.signum(Niche.compareAvailable(a, null, DL))).isEqualTo(a.available(DL).signum());
        }
    }

    @Test
    void tagRangesMatchTheBigIntegerModel() {
        Random rnd = new Random(11);
        for (int i = 0; i < 3000; i++) {
            int bits = WIDTHS[rnd.nextInt(WIDTHS.length)].bits();
            boolean signed = rnd.nextBoolean();
            List<BigInteger> values = new ArrayList<>();
            int count = 1 + rnd.nextInt(6);
            for (int k = 0; k < count; k++) {
                BigInteger v = bound(rnd, bits);
                values.add(signed && rnd.nextBoolean() ? TagRange.signExtend(v, bits) : v);
            }
            if (rnd.nextInt(4) == 0) {
                values.add(values.get(0));
            }
            BigInteger[] got = TagRange.endpoints(values, bits, signed);
            BigInteger[] want = model(values, bits, signed);
            assertThat(got).as("%s bits %d signed %s", values, bits, signed).containsExactly(want);
        }
    }

    private static Niche niche(IntWidth w, BigInteger start, BigInteger end) {
        return new Niche(0, new Primitive.Int(w, false), new WrappingRange(start, end));
    }

    /** A value of {@code bits} bits, often at an edge (0, 1, 2^63 ± 1, MAX ...). */
    private static BigInteger bound(Random rnd, int bits) {
        BigInteger max = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        BigInteger v = switch (rnd.nextInt(6)) {
            case 0 -> BigInteger.valueOf(rnd.nextInt(4));
            case 1 -> max.subtract(BigInteger.valueOf(rnd.nextInt(4)));
            case 2 -> BigInteger.ONE.shiftLeft(Math.min(63, bits - 1)).add(BigInteger.valueOf(rnd.nextInt(5) - 2));
            case 3 -> BigInteger.ONE.shiftLeft(Math.min(64, bits)).subtract(BigInteger.valueOf(rnd.nextInt(3)));
            default -> new BigInteger(bits, rnd);
        };
        return v.signum() < 0 ? BigInteger.ZERO : v.min(max);
    }

    /** rustc 1.95's rule written plainly (the implementation before its fast paths). */
    private static BigInteger[] model(List<BigInteger> values, int n, boolean signed) {
        BigInteger mask = BigInteger.ONE.shiftLeft(n).subtract(BigInteger.ONE);
        List<BigInteger> xs = new ArrayList<>();
        for (BigInteger v : values) {
            BigInteger x = signed ? TagRange.signExtend(v, n) : v.and(mask);
            if (!xs.contains(x)) {
                xs.add(x);
            }
        }
        if (xs.isEmpty()) {
            xs.add(BigInteger.ZERO);
        }
        xs.sort(null);
        BigInteger min = xs.get(0);
        BigInteger max = xs.get(xs.size() - 1);
        BigInteger mod = BigInteger.ONE.shiftLeft(signed ? n - 1 : n);
        if (signed && TagRange.signExtend(max.subtract(min), n).compareTo(BigInteger.ONE.shiftLeft(n - 2)) < 0) {
            return new BigInteger[] {min, max};
        }
        BigInteger[] best = {min, max};
        BigInteger bestWidth = max.subtract(min).mod(mod);
        for (int i = 0; i + 1 < xs.size(); i++) {
            BigInteger width = xs.get(i).subtract(xs.get(i + 1)).mod(mod);
            if (width.compareTo(bestWidth) <= 0) {
                bestWidth = width;
                best = new BigInteger[] {xs.get(i + 1), xs.get(i)};
            }
        }
        return best;
    }
}
