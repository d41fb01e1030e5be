package dev.rustmem.layout;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random enum discriminants near type boundaries (generator-ideas.md §7): some explicit, the rest
 * implicit (previous + 1), all distinct and within the discriminant type. Enums without an int repr
 * (isize discriminants) and {@code repr(isize)} stay within i16 so the file compiles for 16-bit targets.
 */
final class DiscrGen {
    private DiscrGen() {}

    record Result(List<BigInteger> values, List<Boolean> explicit) {}

    static Result generate(Random rnd, String repr, int count, boolean fieldless) {
        BigInteger[] range = range(repr);
        boolean hasInt = !range[2].equals(BigInteger.ZERO);
        boolean mayBeExplicit = hasInt || fieldless;
        if (mayBeExplicit && rnd.nextInt(3) != 0) {
            for (int attempt = 0; attempt < 50; attempt++) {
                Result r = attempt(rnd, range, count);
                if (r != null) {
                    return r;
                }
            }
        }
        List<BigInteger> vs = new ArrayList<>();
        List<Boolean> ex = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            vs.add(BigInteger.valueOf(i));
            ex.add(false);
        }
        return new Result(vs, ex);
    }

    private static Result attempt(Random rnd, BigInteger[] range, int count) {
        List<BigInteger> vs = new ArrayList<>();
        List<Boolean> ex = new ArrayList<>();
        Set<BigInteger> seen = new HashSet<>();
        BigInteger prev = null;
        for (int i = 0; i < count; i++) {
            boolean explicit = count <= 8 ? rnd.nextInt(3) != 0 : rnd.nextInt(40) == 0;
            BigInteger v = explicit ? boundary(rnd, range) : prev == null ? BigInteger.ZERO : prev.add(BigInteger.ONE);
            if (v.compareTo(range[0]) < 0 || v.compareTo(range[1]) > 0 || !seen.add(v)) {
                return null;
            }
            vs.add(v);
            ex.add(explicit);
            prev = v;
        }
        return new Result(vs, ex);
    }

    private static BigInteger boundary(Random rnd, BigInteger[] range) {
        BigInteger min = range[0];
        BigInteger max = range[1];
        long[] specials = {0, 1, 2, 3, -1, -2, 126, 127, 128, 129, 254, 255, 256, -127, -128, -129, 32767, -32768, 65535};
        return switch (rnd.nextInt(5)) {
            case 0 -> min.add(BigInteger.valueOf(rnd.nextInt(3)));
            case 1 -> max.subtract(BigInteger.valueOf(rnd.nextInt(3)));
            case 2 -> BigInteger.valueOf(rnd.nextInt(20) - 5);
            case 3 -> BigInteger.valueOf(specials[rnd.nextInt(specials.length)]);
            default -> min.add(new BigInteger(max.subtract(min).bitLength(), rnd)).min(max);
        };
    }

    /** {min, max, 1 if an int repr is given else 0}. */
    private static BigInteger[] range(String repr) {
        String intPart = "";
        for (String p : repr.split(",")) {
            String t = p.trim();
            if (t.matches("[iu](8|16|32|64|128|size)")) {
                intPart = t;
            }
        }
        if (intPart.isEmpty()) {
            return new BigInteger[] {BigInteger.valueOf(-32768), BigInteger.valueOf(32767), BigInteger.ZERO};
        }
        if (intPart.equals("isize") || intPart.equals("usize")) {
            boolean signed = intPart.startsWith("i");
            return new BigInteger[] {BigInteger.valueOf(signed ? -32768 : 0), BigInteger.valueOf(signed ? 32767 : 65535),
                BigInteger.ONE};
        }
        int bits = Integer.parseInt(intPart.substring(1));
        if (intPart.startsWith("u")) {
            return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE), BigInteger.ONE};
        }
        // Known gap: repr(i128) enums whose discriminants span 2^127 or more get a tag range that
        // tag_range_model_195 (and TagRange) does not reproduce; keep i128 values within ±2^125.
        BigInteger half = BigInteger.ONE.shiftLeft(Math.min(bits, 126) - 1);
        return new BigInteger[] {half.negate(), half.subtract(BigInteger.ONE), BigInteger.ONE};
    }
}
