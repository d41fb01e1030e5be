package dev.rustmem.layout;

import dev.rustmem.types.ReprOptions;
import dev.rustmem.types.Ty;
import java.util.Optional;
import java.util.Random;

/** Random {@code #[repr(..)]} strings for {@link TypeGen}, and their {@link ReprOptions}. */
final class ReprGen {
    private ReprGen() {}

    static String structRepr(Random rnd, int fields) {
        String[] reprs = {"", "", "", "", "", "", "C", "C", "packed", "packed(2)", "packed(4)", "align(2)", "align(8)",
            "align(16)", "C, packed(2)", "C, align(8)", "transparent"};
        String r = reprs[rnd.nextInt(reprs.length)];
        return r.equals("transparent") && fields != 1 ? "" : r;
    }

    /** Parses what {@link TypeGen} writes: comma-separated {@code C}, {@code packed[(n)]}, {@code align(n)}, {@code transparent}, int types. */
    static ReprOptions parse(String repr) {
        Optional<Ty> intTy = Optional.empty();
        boolean c = false;
        boolean transparent = false;
        Optional<Long> pack = Optional.empty();
        Optional<Long> align = Optional.empty();
        for (String part : repr.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            if (p.equals("C")) {
                c = true;
            } else if (p.equals("transparent")) {
                transparent = true;
            } else if (p.equals("packed")) {
                pack = Optional.of(1L);
            } else if (p.startsWith("packed(")) {
                pack = Optional.of(Long.parseLong(p.substring(7, p.length() - 1)));
            } else if (p.startsWith("align(")) {
                align = Optional.of(Long.parseLong(p.substring(6, p.length() - 1)));
            } else {
                intTy = Optional.of(TagRangeTest.intTy(p));
            }
        }
        return new ReprOptions(intTy, c, false, transparent, pack, align);
    }
}
