package dev.rustmem.layout;

import static dev.rustmem.layout.TyBuilder.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.types.Ty;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** layout-algorithm.md §6, §7, §9 and std-layouts.md §2 (x86_64, verified on rustc 1.95). */
class EnumExamplesTest {
    private final LayoutAssert la = new LayoutAssert(TargetDataLayout.X86_64);
    private final TyBuilder tb = new TyBuilder();

    private static Ty nz(Ty inner, String name) {
        return ranged(name, inner, 1L, null);
    }

    private static List<List<Ty>> vs(List<?>... variants) {
        return java.util.Arrays.stream(variants).map(v -> v.stream().map(x -> (Ty) x).toList()).toList();
    }

    @Test
    void absentAndUninhabitedVariants() {
        Layout v = la.check(enumOf("Void", repr(), List.of()), 0, 1);
        assertThat(v.uninhabited()).isTrue();
        assertThat(la.check(tb.result(NEVER, NEVER), 0, 1).uninhabited()).isTrue();
        la.check(tb.option(NEVER), 0, 1);
        la.check(tb.result(U32, NEVER), 4, 4);
        la.check(enumOf("E", repr(), vs(List.of(), List.of(NEVER))), 0, 1);
        la.check(enumOf("Single", repr(), vs(List.of(U32, U8))), 8, 4, 0, 4);
        Layout all = la.check(enumOf("AllUninhabited", repr(), vs(List.of(NEVER), List.of(NEVER, U32))), 4, 4);
        assertThat(all.uninhabited()).isTrue();
        assertThat(all.variants()).isEqualTo(new Variants.Single(1));
        la.check(enumOf("Present", repr(), vs(List.of(U32), List.of(U64, NEVER))), 16, 8);
        la.check(enumOf("OnlyU8", reprInt(U8), vs(List.of(U32))), 8, 4);
        la.check(enumOf("OnlyC", reprC(), vs(List.of(U32))), 8, 4);
        assertThat(LayoutAssert.tag(la.of(enumOf("UninhabitedMiddle", repr(), vs(List.of(U32), List.of(NEVER), List.of())))))
                .isEqualTo("direct u32 0..=2");
    }

    @Test
    void discriminantIntegers() {
        assertThat(LayoutAssert.tag(la.check(fieldless("A", repr(), -1, 127), 1, 1))).isEqualTo("direct i8 255..=127");
        la.check(fieldless("B", repr(), 0, 256), 2, 2);
        la.check(fieldless("C", repr(), -1, 0x8000), 4, 4);
        long[] many = new long[257];
        for (int i = 0; i < many.length; i++) {
            many[i] = i;
        }
        la.check(fieldless("Many", repr(), many), 2, 2);
        la.check(fieldless("CBig", reprC(), 0, 0x1_0000_0000L), 8, 8);
        la.check(fieldless("C1", reprC(), 0, 1), 4, 4);
    }

    @Test
    void tagGrowth() {
        assertThat(LayoutAssert.tag(la.check(enumOf("A", repr(), vs(List.of(U32), List.of(U64))), 16, 8)))
                .isEqualTo("direct u32 0..=1");
        assertThat(LayoutAssert.tag(la.check(enumOf("B", repr(), vs(List.of(U8), List.of(U32))), 8, 4)))
                .isEqualTo("direct u8 0..=1");
        assertThat(LayoutAssert.tag(la.check(enumOf("C", repr(), vs(List.of(U16, U8), List.of(U64))), 16, 8)))
                .isEqualTo("direct u8 0..=1");
        assertThat(LayoutAssert.tag(la.check(enumOf("D", repr(), vs(List.of(U128), List.of())), 32, 16)))
                .isEqualTo("direct u128 0..=1");
        Ty a16 = struct("A16", aligned(16), I32);
        assertThat(LayoutAssert.tag(la.check(enumOf("E", repr(), vs(List.of(I32), List.of(a16))), 32, 16)))
                .isEqualTo("direct u32 0..=1");
        la.check(tb.option(arr(ref(U8), 0)), 8, 8);
    }

    @Test
    void tagRangeQuirksOf195() {
        assertThat(LayoutAssert.tag(la.of(fieldless("U8W", reprInt(U8), 0, 2, 254)))).isEqualTo("direct u8 254..=2");
        la.check(tb.option(fieldless("U8W", reprInt(U8), 0, 2, 254)), 1, 1);
        Ty plain = fieldless("NoRepr", repr(), 0, 2, 254);
        assertThat(LayoutAssert.tag(la.of(plain))).isEqualTo("direct u8 0..=254");
        la.check(tb.option(plain), 1, 1);
        la.check(tb.option(tb.option(plain)), 2, 1);
        assertThat(LayoutAssert.tag(la.of(fieldless("I8a", reprInt(I8), 0, 2, 126)))).isEqualTo("direct i8 126..=2");
        assertThat(LayoutAssert.tag(la.of(fieldless("U8b", reprInt(U8), 1, 129)))).isEqualTo("direct u8 129..=1");
        assertThat(LayoutAssert.tag(la.of(fieldless("Min", repr(), 0, Integer.MIN_VALUE))))
                .isEqualTo("direct i32 2147483648..=0");
        assertThat(LayoutAssert.tag(la.of(fieldless("Big", repr(), 0, 0x4000_0005L)))).isEqualTo("direct u32 0..=1073741829");
        assertThat(LayoutAssert.tag(new LayoutAssert(TargetDataLayout.I686).of(fieldless("Big", repr(), 0, 0x4000_0005L))))
                .isEqualTo("direct u32 1073741829..=0");
        assertThat(LayoutAssert.tag(la.of(fieldless("Ordering", reprInt(I8), -1, 0, 1)))).isEqualTo("direct i8 255..=1");
        assertThat(LayoutAssert.tag(la.of(fieldless("Full", reprInt(I8), -128, 127)))).isEqualTo("direct i8 128..=127");
        assertThat(la.of(fieldless("Full", reprInt(I8), -128, 127)).largestNiche()).isEmpty();
        Ty ordering = fieldless("Ordering", reprInt(I8), -1, 0, 1);
        Layout ooo = la.check(tb.option(tb.option(tb.option(ordering))), 1, 1);
        assertThat(LayoutAssert.niche(ooo)).isEqualTo("@0 i8 255..=4");
    }

    @Test
    void reserveMovesTheStartOrTheEnd() {
        Ty five = fieldless("Five", repr(), 0, 1, 2, 3, 4, 5);
        // Explicit discriminants 5..=10 are modelled by values; the niche candidate is off either way.
        Ty fiveTen = fieldless("FiveTen", repr(), 5, 6, 7, 8, 9, 10);
        assertThat(LayoutAssert.tag(la.of(tb.option(fiveTen)))).isEqualTo("niche untagged=1 variants=0..=0 start=4 u8 4..=10");
        Ty t = fiveTen;
        for (int i = 0; i < 6; i++) {
            t = tb.option(t);
        }
        assertThat(LayoutAssert.niche(la.check(t, 1, 1))).isEqualTo("@0 u8 0..=11");
        assertThat(LayoutAssert.tag(la.of(t))).endsWith("start=11 u8 0..=11");
        assertThat(la.of(five).size()).isEqualTo(1);
        assertThat(LayoutAssert.tag(la.of(tb.option(BOOL)))).isEqualTo("niche untagged=1 variants=0..=0 start=2 u8 0..=2");
        assertThat(LayoutAssert.tag(la.of(tb.option(tb.option(BOOL))))).endsWith("start=3 u8 0..=3");
        assertThat(LayoutAssert.tag(la.of(tb.option(CHAR)))).endsWith("start=1114112 u32 0..=1114112");
        assertThat(LayoutAssert.tag(la.of(tb.option(ref(U8))))).endsWith("start=0 ptr 1..=0");
        Ty nzu8 = nz(U8, "NonZeroU8");
        assertThat(LayoutAssert.tag(la.of(tb.option(nzu8)))).endsWith("start=0 u8 1..=0");
        la.check(tb.option(tb.option(nzu8)), 2, 1);
        Ty noHigh = ranged("Cap", USIZE, null, BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE));
        assertThat(LayoutAssert.tag(la.of(tb.option(noHigh)))).endsWith("start=9223372036854775808 u64 0..=9223372036854775808");
    }

    @Test
    void nicheVariantsCountTheUntaggedIndex() {
        Ty twoNiches = fieldless("U8WithTwoNiches", repr(), range(254));
        la.check(enumOf("Mid", repr(), vs(List.of(), List.of(twoNiches), List.of())), 2, 1);
        la.check(enumOf("First", repr(), vs(List.of(twoNiches), List.of(), List.of())), 1, 1);
        la.check(enumOf("Last", repr(), vs(List.of(), List.of(), List.of(twoNiches))), 1, 1);
        Layout n1 = la.check(enumOf("N1", repr(), vs(List.of(), List.of(BOOL), List.of())), 1, 1);
        assertThat(LayoutAssert.tag(n1)).isEqualTo("niche untagged=1 variants=0..=2 start=2 u8 0..=4");
        assertThat(LayoutAssert.tag(la.of(enumOf("N6", repr(), vs(List.of(CHAR), List.of(), List.of(), List.of())))))
                .contains("start=1114112");
    }

    @Test
    void choosingBetweenTaggedAndNiche() {
        assertThat(LayoutAssert.tag(la.check(enumOf("N3", repr(), vs(List.of(BOOL, U32), List.of(U32))), 8, 4)))
                .startsWith("direct");
        assertThat(LayoutAssert.tag(la.check(enumOf("CBN", repr(), vs(List.of(nz(U8, "NZ8"), U32), List.of())), 8, 4)))
                .startsWith("direct");
        assertThat(LayoutAssert.tag(la.check(enumOf("N2", repr(), vs(List.of(U32, BOOL), List.of(U8), List.of())), 8, 4)))
                .startsWith("direct");
        Layout cw = la.check(enumOf("CW", repr(), vs(List.of(CHAR, U8), List.of(U8))), 8, 4);
        assertThat(LayoutAssert.tag(cw)).isEqualTo("niche untagged=0 variants=1..=1 start=1114112 u32 0..=1114112");
        assertThat(LayoutAssert.variantOffsets(cw, 1)).containsExactly(4L);
        Layout pn = la.check(enumOf("PN", repr(), vs(List.of(ref(U8), U32), List.of(U16))), 16, 8);
        assertThat(LayoutAssert.tag(pn)).isEqualTo("direct u16 0..=1");
        Layout n7 = la.check(enumOf("N7", repr(), vs(List.of(U8, BOOL, U8), List.of(U8), List.of(U8))), 3, 1);
        assertThat(LayoutAssert.tag(n7)).isEqualTo("niche untagged=0 variants=1..=2 start=2 u8 0..=3");
        assertThat(LayoutAssert.variantOffsets(n7, 0)).containsExactly(1L, 0L, 2L);
        assertThat(LayoutAssert.variantOffsets(n7, 1)).containsExactly(1L);
        la.check(enumOf("LastMax", repr(), vs(List.of(BOOL, U8), List.of(U8, BOOL))), 3, 1);
    }

    @Test
    void compoundShapes() {
        la.check(tb.option(U32), 8, 4);
        la.check(tb.option(U64), 16, 8);
        la.check(tb.option(U128), 32, 16);
        la.check(tb.option(F64), 16, 8);
        assertThat(LayoutAssert.niche(la.check(tb.option(tup(U32, BOOL)), 8, 4))).isEqualTo("@4 u8 0..=2");
        la.check(tb.option(tup(U8, BOOL)), 2, 1);
        la.check(tb.option(arr(BOOL, 3)), 3, 1);
        la.check(tb.result(tb.result(BOOL, UNIT), UNIT), 1, 1);
        la.check(enumOf("Big", repr(), vs(List.of(U64), List.of(U8), List.of(U16))), 16, 8);
        Layout pi = la.check(enumOf("PtrInt", repr(), vs(List.of(USIZE), List.of(ref(U8)))), 16, 8);
        assertThat(pi.repr()).isInstanceOf(BackendRepr.ScalarPair.class);
        assertThat(((BackendRepr.ScalarPair) pi.repr()).second().primitive()).isEqualTo(new Primitive.Pointer());
        assertThat(la.check(enumOf("U8I8", repr(), vs(List.of(U8), List.of(I8))), 2, 1).repr())
                .isInstanceOf(BackendRepr.ScalarPair.class);
        Ty e4 = enumOf("E4", repr(), vs(List.of(U8), List.of(U32)));
        la.check(tb.option(e4), 8, 4);
        la.check(tb.option(ptr(dyn())), 16, 8);
        la.check(tb.option(ref(Ty.STR)), 16, 8);
    }

    @Test
    void reprSummary() {
        Layout u8 = la.check(enumOf("R8", reprInt(U8), vs(List.of(U8, U32), List.of(U16))), 8, 4);
        assertThat(LayoutAssert.variantOffsets(u8, 0)).containsExactly(1L, 4L);
        assertThat(LayoutAssert.variantOffsets(u8, 1)).containsExactly(2L);
        Layout c = la.check(enumOf("RC", reprC(), vs(List.of(U8, U32), List.of(U16))), 12, 4);
        assertThat(LayoutAssert.tag(c)).isEqualTo("direct u32 0..=1");
        assertThat(LayoutAssert.variantOffsets(c, 0)).containsExactly(4L, 8L);
        Layout cu8 = la.check(enumOf("RCU8", reprCInt(U8), vs(List.of(U8, U32), List.of(U16))), 12, 4);
        assertThat(LayoutAssert.variantOffsets(cu8, 0)).containsExactly(4L, 8L);
        la.check(enumOf("RCU8b", reprCInt(U8), vs(List.of(U16), List.of())), 4, 2);
        Layout al = la.check(enumOf("Al", aligned(8), vs(List.of(), List.of())), 8, 8);
        assertThat(al.repr()).isEqualTo(new BackendRepr.Memory(true));
    }

    @Test
    void tagSizedFromTheChosenRangeEndpoints() {
        // Verified on rustc 1.95: a no-repr enum whose range wraps between two non-negative values
        // gets an unsigned tag; wraps through a negative endpoint keep the signed one.
        assertThat(LayoutAssert.tag(la.of(fieldless("W1", repr(), -1, 4611686018427387914L))))
                .isEqualTo("direct i64 4611686018427387914..=18446744073709551615");
        assertThat(LayoutAssert.tag(la.of(fieldless("W2", repr(), -4611686018427387914L, 1, 2))))
                .isEqualTo("direct i64 1..=13835058055282163702");
        assertThat(LayoutAssert.tag(la.of(fieldless("W3", repr(), -442147285077467998L, 581934551371527506L,
                6506967825995788310L)))).isEqualTo("direct u64 6506967825995788310..=581934551371527506");
        assertThat(LayoutAssert.tag(la.of(fieldless("W4", reprC(), -2, 4611686018427387914L))))
                .isEqualTo("direct i64 4611686018427387914..=18446744073709551614");
    }

    @Test
    void tagGrowthLeavesZstFieldsPastSmallVariants() {
        // rustc 1.95: variant A keeps size 4 while its `()` moves from offset 1 to 8.
        Layout e = la.check(enumOf("E", aligned(4), vs(List.of(UNIT), List.of(U64, U64))), 24, 8);
        Layout a = ((Variants.Multiple) e.variants()).variants().get(0);
        assertThat(a.size()).isEqualTo(4);
        assertThat(LayoutAssert.offsets(a)).containsExactly(8L);
        assertThat(LayoutAssert.tag(e)).isEqualTo("direct u64 0..=1");
    }

    private static long[] range(int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }
}
