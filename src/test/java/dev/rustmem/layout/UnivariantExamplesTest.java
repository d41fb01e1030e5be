package dev.rustmem.layout;

import static dev.rustmem.layout.TyBuilder.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.types.Ty;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** layout-algorithm.md §4.7 and §5, §8 (x86_64, verified on rustc 1.95), one assertion set each. */
class UnivariantExamplesTest {
    private final LayoutAssert la = new LayoutAssert(TargetDataLayout.X86_64);
    private final TyBuilder tb = new TyBuilder();
    private static final BigInteger U8MAX = BigInteger.valueOf(255);

    private static Ty.Adt nonZeroU8() {
        return ranged("NonZeroU8", U8, 1L, null);
    }

    @Test
    void reordersByAlignmentGroups() {
        la.check(struct("S1", repr(), U8, U32, U16), 8, 4, 6, 0, 4);
        la.check(struct("S2", repr(), U8, arr(U8, 4), U32, U16), 12, 4, 10, 0, 4, 8);
        la.check(struct("WithArr", repr(), U8, arr(U16, 3), U32), 12, 4, 10, 4, 0);
        la.check(struct("S7", repr(), U8, U64, CHAR, U8), 16, 8, 12, 0, 8, 13);
        la.check(struct("S5", repr(), U8, arr(U8, 16)), 17, 1, 16, 0);
        la.check(struct("U128S", repr(), U8, U128), 32, 16, 16, 0);
    }

    @Test
    void nichePlacementAndEndBias() {
        assertThat(LayoutAssert.niche(la.check(struct("S3", repr(), U32, BOOL), 8, 4, 0, 4))).isEqualTo("@4 u8 0..=1");
        assertThat(LayoutAssert.niche(la.check(struct("S4", repr(), BOOL, U16, U8), 4, 2, 3, 0, 2))).isEqualTo("@3 u8 0..=1");
        assertThat(LayoutAssert.niche(la.check(struct("S11", repr(), U32, U8, nonZeroU8()), 8, 4, 0, 4, 5)))
                .isEqualTo("@5 u8 1..=255");
        assertThat(LayoutAssert.niche(la.check(struct("TwoNiches", repr(), BOOL, BOOL, U16), 4, 2, 2, 3, 0)))
                .isEqualTo("@3 u8 0..=1");
        la.check(struct("S6", repr(), BOOL, arr(U8, 16)), 17, 1, 0, 1);
        assertThat(LayoutAssert.niche(la.check(struct("S9", repr(), U16, tup(U8, BOOL), U32), 8, 4, 4, 6, 0)))
                .isEqualTo("@7 u8 0..=1");
    }

    @Test
    void zeroSizedFields() {
        la.check(struct("S8", repr(), U8, arr(U64, 0), U8), 8, 8, 0, 0, 1);
        la.check(struct("Zst", repr(), U32, UNIT, U8), 8, 4, 0, 4, 4);
    }

    @Test
    void tuplesKeepTheirLastElement() {
        la.check(tup(U8, U32, U8, U16), 8, 4, 4, 0, 5, 6);
        assertThat(LayoutAssert.niche(la.check(tup(BOOL, U16, U8), 4, 2, 2, 0, 3))).isEqualTo("@2 u8 0..=1");
        assertThat(LayoutAssert.niche(la.check(struct("St", repr(), BOOL, U16, U8), 4, 2, 3, 0, 2))).isEqualTo("@3 u8 0..=1");
        la.check(tailStruct("Tail", repr(), U8, U32, U16), 8, 4, 4, 0, 6);
        la.check(struct("NoTail", repr(), U8, U32, U16), 8, 4, 6, 0, 4);
    }

    @Test
    void reprOptions() {
        la.check(struct("C", reprC(), U8, U32, U16), 12, 4, 0, 4, 8);
        assertThat(LayoutAssert.niche(la.check(struct("P1", packed(1), U8, U32, BOOL), 6, 1, 1, 2, 0)))
                .isEqualTo("@0 u8 0..=1");
        la.check(struct("P2", packed(2), U8, U32, U16), 8, 2, 6, 0, 4);
        la.check(struct("CP", new dev.rustmem.types.ReprOptions(java.util.Optional.empty(), true, false, false,
                java.util.Optional.of(1L), java.util.Optional.empty()), U8, U32), 5, 1, 0, 1);
        la.check(struct("A16", aligned(16), U8, U32), 16, 16, 4, 0);
        Layout t = la.check(struct("T", transparent(), ranged("NonZeroU32", U32, 1L, null), struct("PhantomData", repr())),
                4, 4, 0, 4);
        assertThat(t.repr()).isEqualTo(new BackendRepr.ScalarRepr(Scalars.withRange(new Primitive.Int(IntWidth.I32, false),
                1, BigInteger.valueOf(0xFFFF_FFFFL))));
    }

    @Test
    void unions() {
        la.check(union("U1", repr(), U8, U32, arr(U8, 5)), 8, 4);
        la.check(union("U2", reprC(), U8, arr(U16, 3)), 6, 2);
        la.check(union("U3", packed(2), U32, U8), 4, 2);
        la.check(union("U4", aligned(8), U8), 8, 8);
        Layout mu = la.check(union("MaybeUninit", repr(), UNIT, BOOL), 1, 1);
        assertThat(mu.largestNiche()).isEmpty();
        la.check(tb.option(union("MaybeUninit", repr(), UNIT, BOOL)), 2, 1);
    }

    @Test
    void scalarValidRangeAttributes() {
        Layout nz = la.check(nonZeroU8(), 1, 1);
        assertThat(LayoutAssert.niche(nz)).isEqualTo("@0 u8 1..=255");
        Layout noHigh = la.check(ranged("UsizeNoHighBit", USIZE, null, BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE)), 8, 8);
        assertThat(LayoutAssert.niche(noHigh)).isEqualTo("@0 u64 0..=9223372036854775807");
        assertThat(U8MAX).isEqualTo(BigInteger.valueOf(255));
    }

    @Test
    void unsafeCellHidesNiches() {
        Layout cell = la.check(tb.unsafeCell(BOOL), 1, 1);
        assertThat(cell.largestNiche()).isEmpty();
        assertThat(cell.repr()).isEqualTo(new BackendRepr.ScalarRepr(Scalars.full(new Primitive.Int(IntWidth.I8, false),
                TargetDataLayout.X86_64)));
        la.check(tb.option(tb.unsafeCell(BOOL)), 2, 1);
        la.check(tb.option(tb.unsafeCell(U32)), 8, 4);
    }
}
