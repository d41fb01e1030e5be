package dev.rustmem.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.types.IntTy;
import dev.rustmem.types.ReprOptions;
import dev.rustmem.types.Ty;
import dev.rustmem.types.UintTy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The 1.95 tag valid-range rule against rustc's answers for the 1,272 fieldless enums of
 * tag_range_model_195.py's probes (dbg7/8/9.rs), on x86_64 and, for dbg9, i686 and msp430
 * (isize is 32 and 16 bits there, which changes both the computation width and the values).
 */
class TagRangeTest {
    @Test
    void fieldlessEnumsMatchRustc() throws IOException {
        List<String> bad = new ArrayList<>();
        int n = 0;
        for (String line : lines("/layout/tag_ranges_195.txt")) {
            String[] p = line.split(" ");
            TargetDataLayout dl = TargetDataLayout.byTriple(p[0]).orElseThrow();
            List<BigInteger> values = new ArrayList<>();
            for (String v : p[2].split(",")) {
                values.add(new BigInteger(v));
            }
            List<List<Ty>> variants = values.stream().map(v -> List.<Ty>of()).toList();
            Ty.Adt e = TyBuilder.enumOf("E", repr(p[1]), variants, values);
            Layout l = new LayoutEngine(dl).layoutOf(e);
            Scalar.Initialized tag = (Scalar.Initialized) ((Variants.Multiple) l.variants()).tag();
            String got = LayoutAssert.prim(tag.primitive()) + " " + tag.valid().start() + " " + tag.valid().end();
            String want = p[3] + " " + p[4] + " " + p[5];
            n++;
            if (!got.equals(want)) {
                bad.add(line + "  => got " + got);
            }
        }
        assertThat(n).isEqualTo(2232);
        assertThat(bad).isEmpty();
    }

    @Test
    void modelExamples() {
        assertThat(TagRange.of(List.of(BigInteger.ZERO, BigInteger.TWO, BigInteger.valueOf(254)), 8, false, 8))
                .isEqualTo(WrappingRange.of(254, 2));
        assertThat(TagRange.of(List.of(BigInteger.ZERO, BigInteger.TWO, BigInteger.valueOf(254)), 64, true, 8))
                .isEqualTo(WrappingRange.of(0, 254));
        assertThat(TagRange.of(List.of(BigInteger.ONE, BigInteger.valueOf(129)), 8, false, 8))
                .isEqualTo(WrappingRange.of(129, 1));
        assertThat(TagRange.of(List.of(BigInteger.ZERO, BigInteger.valueOf(Integer.MIN_VALUE)), 64, true, 32))
                .isEqualTo(WrappingRange.of(0x8000_0000L, 0));
        assertThat(TagRange.of(List.of(), 64, true, 8)).isEqualTo(WrappingRange.of(0, 0));
    }

    static ReprOptions repr(String r) {
        return switch (r) {
            case "none" -> ReprOptions.DEFAULT;
            case "C" -> TyBuilder.reprC();
            default -> TyBuilder.reprInt(intTy(r));
        };
    }

    static Ty intTy(String r) {
        for (IntTy t : IntTy.values()) {
            if (t.spelling().equals(r)) {
                return new Ty.Int(t);
            }
        }
        for (UintTy t : UintTy.values()) {
            if (t.spelling().equals(r)) {
                return new Ty.Uint(t);
            }
        }
        throw new IllegalArgumentException(r);
    }

    static List<String> lines(String resource) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(TagRangeTest.class.getResourceAsStream(resource)), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        }
        return out;
    }
}
