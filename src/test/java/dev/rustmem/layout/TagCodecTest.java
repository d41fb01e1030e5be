package dev.rustmem.layout;

import static dev.rustmem.layout.TyBuilder.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.types.Ty;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tag values as rustc stores them (layout-algorithm.md §6.6, §6.8; std-layouts.md §2). */
class TagCodecTest {
    private final LayoutEngine engine = new LayoutEngine(TargetDataLayout.X86_64);
    private final TyBuilder tb = new TyBuilder();
    private static final List<BigInteger> OPTION = List.of(BigInteger.ZERO, BigInteger.ONE);

    private Variants.Multiple multiple(Ty ty) {
        return (Variants.Multiple) engine.layoutOf(ty).variants();
    }

    private Optional<BigInteger> encode(Ty ty, int variant, List<BigInteger> d) {
        return TagCodec.encode(multiple(ty), variant, d, TargetDataLayout.X86_64);
    }

    private Optional<Integer> decode(Ty ty, long raw, List<BigInteger> d) {
        return TagCodec.decode(multiple(ty), BigInteger.valueOf(raw), d, TargetDataLayout.X86_64);
    }

    @Test
    void nicheEncodedOptions() {
        Ty ob = tb.option(BOOL);
        assertThat(encode(ob, 0, OPTION)).contains(BigInteger.TWO);
        assertThat(encode(ob, 1, OPTION)).isEmpty();
        assertThat(decode(ob, 2, OPTION)).contains(0);
        assertThat(decode(ob, 1, OPTION)).contains(1);
        assertThat(decode(ob, 0, OPTION)).contains(1);
        Ty oob = tb.option(ob);
        assertThat(encode(oob, 0, OPTION)).contains(BigInteger.valueOf(3));
        assertThat(encode(tb.option(ref(U8)), 0, OPTION)).contains(BigInteger.ZERO);
        assertThat(encode(tb.option(CHAR), 0, OPTION)).contains(BigInteger.valueOf(0x110000));
    }

    @Test
    void multiVariantNiche() {
        List<BigInteger> d = List.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO);
        Ty n1 = enumOf("N1", repr(), List.of(List.of(), List.of(BOOL), List.of()));
        assertThat(encode(n1, 0, d)).contains(BigInteger.TWO);
        assertThat(encode(n1, 2, d)).contains(BigInteger.valueOf(4));
        assertThat(decode(n1, 4, d)).contains(2);
        assertThat(decode(n1, 0, d)).contains(1);
    }

    @Test
    void directTagsTruncateDiscriminants() {
        Ty ordering = fieldless("Ordering", reprInt(I8), -1, 0, 1);
        List<BigInteger> d = List.of(BigInteger.valueOf(-1), BigInteger.ZERO, BigInteger.ONE);
        assertThat(encode(ordering, 0, d)).contains(BigInteger.valueOf(255));
        assertThat(decode(ordering, 255, d)).contains(0);
        assertThat(decode(ordering, 7, d)).isEmpty();
        Ty r = tb.result(U32, U64);
        assertThat(encode(r, 1, OPTION)).contains(BigInteger.ONE);
        assertThat(decode(r, 0, OPTION)).contains(0);
    }
}
