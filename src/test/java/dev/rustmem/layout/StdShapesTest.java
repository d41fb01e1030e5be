package dev.rustmem.layout;

import static dev.rustmem.layout.TyBuilder.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.types.Ty;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * std-layouts.md's verified layouts, rebuilt from user-level stand-ins with the same fields as
 * rustc 1.95's std (the real std definitions are the std helper's; these check the engine).
 */
class StdShapesTest {
    private final LayoutAssert la = new LayoutAssert(TargetDataLayout.X86_64);
    private final TyBuilder tb = new TyBuilder();
    private static final BigInteger I64_MAX = BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE);

    private final Ty nonNull = ranged("NonNull", ptr(U8), 1L, null);
    private final Ty cap = ranged("UsizeNoHighBit", USIZE, null, I64_MAX);
    /** RawVecInner { ptr: Unique (NonNull), cap, alloc: Global }; RawVec { inner, marker }; Vec { buf, len }. */
    private final Ty vec = struct("Vec", repr(), struct("RawVec", repr(),
            struct("RawVecInner", repr(), nonNull, cap, struct("Global", repr())), UNIT), USIZE);
    private final Ty string = struct("String", repr(), vec);
    /** io::Error: a bit-packed NonNull. */
    private final Ty ioError = struct("Error", repr(), struct("Repr", repr(), nonNull, UNIT));

    @Test
    void vecPutsTheCapacityNicheFirst() {
        Layout v = la.check(vec, 24, 8);
        assertThat(LayoutAssert.niche(v)).isEqualTo("@0 u64 0..=9223372036854775807");
        Layout inner = la.of(((Ty.Adt) ((Ty.Adt) vec).fieldTys(0).get(0)).fieldTys(0).get(0));
        assertThat(LayoutAssert.offsets(inner)).containsExactly(8L, 0L, 16L);
        assertThat(LayoutAssert.tag(la.check(tb.option(string), 24, 8)))
                .isEqualTo("niche untagged=1 variants=0..=0 start=9223372036854775808 u64 0..=9223372036854775808");
        assertThat(LayoutAssert.niche(la.check(tb.option(tb.option(tb.option(string))), 24, 8)))
                .isEqualTo("@0 u64 0..=9223372036854775810");
        la.check(tb.option(tup(vec, vec)), 48, 8);
        assertThat(LayoutAssert.niche(la.check(tup(string, U8), 32, 8))).isEqualTo("@0 u64 0..=9223372036854775807");
    }

    @Test
    void resultsPlacePayloadsAfterTheNiche() {
        Layout r = la.check(tb.result(vec, ioError), 24, 8);
        assertThat(LayoutAssert.tag(r)).startsWith("niche untagged=0 variants=1..=1 start=9223372036854775808");
        assertThat(LayoutAssert.variantOffsets(r, 1)).containsExactly(8L);
        assertThat(LayoutAssert.tag(la.check(tb.result(U64, string), 24, 8))).startsWith("niche untagged=1");
        assertThat(LayoutAssert.tag(la.check(tb.result(string, string), 32, 8))).isEqualTo("direct u64 0..=1");
        assertThat(LayoutAssert.tag(la.check(tb.result(USIZE, ioError), 16, 8))).isEqualTo("direct u64 0..=1");
        assertThat(LayoutAssert.tag(la.check(tb.result(U32, ioError), 16, 8))).isEqualTo("direct u32 0..=1");
        assertThat(LayoutAssert.tag(la.check(tb.result(BOOL, ioError), 16, 8))).isEqualTo("direct u8 0..=1");
        la.check(tb.result(UNIT, ioError), 8, 8);
        la.check(tb.option(ioError), 8, 8);
        la.check(tb.result(string, struct("FmtError", repr())), 24, 8);
        Layout cow = la.check(enumOf("Cow", repr(), List.of(List.of(ref(Ty.STR)), List.of(string))), 24, 8);
        assertThat(LayoutAssert.niche(cow)).isEqualTo("@0 u64 0..=9223372036854775808");
        assertThat(LayoutAssert.niche(la.check(tb.option(enumOf("Cow", repr(), List.of(List.of(ref(Ty.STR)), List.of(string)))), 24, 8)))
                .isEqualTo("@0 u64 0..=9223372036854775809");
    }

    @Test
    void cellsMutexesAndRefCells() {
        Ty cellIsize = struct("Cell", repr(), tb.unsafeCell(ISIZE));
        Ty refCell = tailStruct("RefCell", repr(), cellIsize, tb.unsafeCell(U32));
        assertThat(LayoutAssert.offsets(la.check(refCell, 16, 8))).containsExactly(0L, 8L);
        la.check(tb.option(refCell), 24, 8);
        Ty atomicU32 = struct("AtomicU32", aligned(4), tb.unsafeCell(U32));
        Ty atomicBool = struct("AtomicBool", aligned(1), tb.unsafeCell(U8));
        Ty futex = struct("Mutex", repr(), atomicU32);
        Ty mutex = tailStruct("Mutex", repr(), futex, struct("Flag", repr(), atomicBool), tb.unsafeCell(U32));
        assertThat(LayoutAssert.offsets(la.check(mutex, 12, 4))).containsExactly(0L, 4L, 8L);
        la.check(tb.option(mutex), 16, 4);
        assertThat(la.check(atomicBool, 1, 1).largestNiche()).isEmpty();
        la.check(tb.option(atomicBool), 2, 1);
        la.check(tb.option(struct("Cell", repr(), tb.unsafeCell(U32))), 8, 4);
    }

    @Test
    void rangedStdScalars() {
        Ty nanos = ranged("Nanoseconds", U32, 0L, BigInteger.valueOf(999_999_999));
        Ty duration = struct("Duration", repr(), U64, nanos);
        assertThat(LayoutAssert.niche(la.check(duration, 16, 8, 0, 8))).isEqualTo("@8 u32 0..=999999999");
        assertThat(LayoutAssert.tag(la.check(tb.option(duration), 16, 8))).contains("start=1000000000");
        Ty fd = ranged("OwnedFd", I32, 0L, BigInteger.valueOf(0xFFFF_FFFEL));
        assertThat(LayoutAssert.tag(la.check(tb.option(fd), 4, 4))).contains("start=4294967295");
        Ty alignment = ranged("Alignment", USIZE, 1L, BigInteger.ONE.shiftLeft(63));
        Ty layout = struct("Layout", repr(), USIZE, alignment);
        assertThat(LayoutAssert.offsets(la.check(layout, 16, 8))).containsExactly(8L, 0L);
        assertThat(LayoutAssert.tag(la.check(tb.option(layout), 16, 8))).contains("start=0 u64 0..=9223372036854775808");
        Ty rangeInclusive = struct("RangeInclusive", repr(), U32, U32, BOOL);
        assertThat(LayoutAssert.tag(la.check(tb.option(rangeInclusive), 12, 4))).contains("start=2 u8 0..=2");
        assertThat(LayoutAssert.niche(la.check(tb.option(tb.option(ranged("NonZeroU32", U32, 1L, null))), 8, 4)))
                .isEqualTo("@0 u32 0..=1");
        Ty charTry = struct("CharTryFromError", repr(), UNIT);
        assertThat(LayoutAssert.tag(la.check(tb.result(CHAR, charTry), 4, 4))).contains("untagged=0")
                .contains("start=1114112");
        la.check(tb.result(U32, struct("ParseIntError", repr(), fieldless("IntErrorKind", repr(), 0, 1, 2, 3, 4))), 8, 4);
    }

    @Test
    void reprI8WithAll128Values() {
        long[] values = new long[128];
        for (int i = 0; i < 128; i++) {
            values[i] = i;
        }
        // 1.95 quirk (fixed by PR #159509, which gives 0..=127): rustc 1.95 answers 127..=126, i.e.
        // no niche at all, so Option of it needs a separate tag.
        Layout all = la.of(fieldless("All128", reprInt(I8), values));
        assertThat(LayoutAssert.tag(all)).isEqualTo("direct i8 127..=126");
        assertThat(all.largestNiche()).isEmpty();
        la.check(tb.option(fieldless("All128", reprInt(I8), values)), 2, 1);
    }
}
