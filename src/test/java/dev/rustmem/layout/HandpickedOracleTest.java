package dev.rustmem.layout;

import static dev.rustmem.layout.TyBuilder.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.types.ReprOptions;
import dev.rustmem.types.Ty;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Shapes the random generator rarely or never produces (layout/handpicked/handpicked.rs), with
 * rustc 1.95's recorded x86_64 answers: transparent enums, repr(C)/packed generic tails, union ABI
 * equality, aligned unit structs, a full u8 tag, u128 discriminants, uninhabited int-repr and
 * repr(C) enums, aligned ZST fields that block Scalar ABIs, repr(C)/packed unions.
 */
class HandpickedOracleTest {
    private final TyBuilder tb = new TyBuilder();

    private List<Ty> types() {
        Ty z = struct("Z", aligned(8));
        long[] v256 = new long[256];
        for (int i = 0; i < 256; i++) {
            v256[i] = i;
        }
        Ty e256 = fieldless("E256", repr(), v256);
        ReprOptions cPacked = new ReprOptions(Optional.empty(), false, false, false, Optional.of(2L), Optional.empty());
        return List.of(
                enumOf("TrEnum", transparent(), List.of(List.of(U32))),
                ref(tailStruct("CTail", reprC(), U8, new Ty.Slice(U16))),
                tailStruct("CTail", reprC(), U8, new Ty.Slice(U16)),
                tailStruct("PTail", cPacked, U8, U32, U64),
                union("UPair", repr(), tup(U32, U32), tup(F32, F32)),
                union("USame", repr(), tup(U32, U32), tup(I32, I32)),
                tb.option(z),
                tb.option(e256),
                enumOf("EU128", reprInt(U128), List.of(List.of(), List.of()),
                        List.of(BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE), BigInteger.ZERO)),
                enumOf("NeverU8", reprInt(U8), List.of(List.of(NEVER))),
                enumOf("NeverC", reprC(), List.of(List.of(NEVER))),
                enumOf("ZstVariants", repr(), List.of(List.of(arr(U32, 0)), List.of(arr(U64, 0), U8), List.of())),
                union("CU", reprC(), U32),
                union("PU", packed(1), U32),
                struct("TwoZst", repr(), arr(U16, 0), I16, arr(I32, 0)),
                struct("Tz2", repr(), I32, arr(I16, 0)),
                tb.option(tb.option(e256)));
    }

    @Test
    void matchesRustc() throws IOException {
        String[] want = read("/layout/handpicked/x86_64-unknown-linux-gnu.jsonl").split("\n");
        List<Ty> tys = types();
        assertThat(want).hasSize(tys.size());
        LayoutEngine engine = new LayoutEngine(TargetDataLayout.X86_64);
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < tys.size(); i++) {
            String got = OracleJson.render(engine.layoutOf(tys.get(i)));
            if (!got.equals(want[i])) {
                bad.add("P" + (i < 4 ? i : i + 1) + "\nwant " + want[i] + "\ngot  " + got);
            }
        }
        assertThat(bad).isEmpty();
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = HandpickedOracleTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
