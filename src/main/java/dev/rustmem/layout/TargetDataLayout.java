package dev.rustmem.layout;

import dev.rustmem.types.FloatTy;
import java.util.List;
import java.util.Optional;

/**
 * What a target says about sizes and alignments (rustc_abi's {@code TargetDataLayout}, from the
 * LLVM data-layout string and the target spec). All values in bytes (ABI alignments).
 *
 * @param cEnumMinSize minimum tag size of {@code repr(C)} enums (the target's {@code c_enum_min_bits} / 8)
 */
public record TargetDataLayout(
        String triple,
        int pointerSize,
        int pointerAlign,
        int i8Align, int i16Align, int i32Align, int i64Align, int i128Align,
        int f16Align, int f32Align, int f64Align, int f128Align,
        int aggregateAlign,
        int cEnumMinSize,
        boolean bigEndian) {

    public long intAlign(IntWidth w) {
        return switch (w) {
            case I8 -> i8Align;
            case I16 -> i16Align;
            case I32 -> i32Align;
            case I64 -> i64Align;
            case I128 -> i128Align;
        };
    }

    public long floatAlign(FloatTy f) {
        return switch (f) {
            case F16 -> f16Align;
            case F32 -> f32Align;
            case F64 -> f64Align;
            case F128 -> f128Align;
        };
    }

    /** The integer width of {@code usize}/{@code isize}. */
    public IntWidth pointerWidth() {
        return IntWidth.ofBytes(pointerSize);
    }

    public int pointerBits() {
        return pointerSize * 8;
    }

    /**
     * The address space of fn pointers ({@code instruction_address_space}, LLVM's {@code P1} on AVR,
     * whose code lives in flash). Verified: on avr-none {@code Result<&u8, fn()>} is not a ScalarPair.
     */
    public int instructionAddressSpace() {
        return triple.startsWith("avr") ? 1 : 0;
    }

    /**
     * Objects must be smaller than this many bytes (rustc_abi's {@code obj_size_bound}): 2^61 on
     * 64-bit targets, 2^31 on 32-bit and 2^15 on 16-bit ones. Larger sizes are {@code SizeOverflow}.
     */
    public long objSizeBound() {
        return switch (pointerSize) {
            case 2 -> 1L << 15;
            case 4 -> 1L << 31;
            default -> 1L << 61;
        };
    }

    // Every constant below was checked against rustc 1.95 with layout32.sh / layout_dump.py
    // (newtype probes of each primitive, f16/f128 with -Zcrate-attr, repr(C) enum tag width).
    //                                                      ptr  pa  i8 i16 i32 i64 i128 f16 f32 f64 f128 agg cEnum
    public static final TargetDataLayout X86_64 =
            new TargetDataLayout("x86_64-unknown-linux-gnu", 8, 8, 1, 2, 4, 8, 16, 2, 4, 8, 16, 1, 4, false);
    /** i686: 64-bit integers and f64 are only 4-aligned, u128 is 16-aligned. */
    public static final TargetDataLayout I686 =
            new TargetDataLayout("i686-unknown-linux-gnu", 4, 4, 1, 2, 4, 4, 16, 2, 4, 4, 16, 1, 4, false);
    public static final TargetDataLayout AARCH64 =
            new TargetDataLayout("aarch64-unknown-linux-gnu", 8, 8, 1, 2, 4, 8, 16, 2, 4, 8, 16, 1, 4, false);
    /** armv7: u64/f64 8-aligned but u128 only 8-aligned (no LLVM i128 entry). */
    public static final TargetDataLayout ARMV7 =
            new TargetDataLayout("armv7-unknown-linux-gnueabihf", 4, 4, 1, 2, 4, 8, 8, 2, 4, 8, 16, 1, 4, false);
    public static final TargetDataLayout WASM32 =
            new TargetDataLayout("wasm32-unknown-unknown", 4, 4, 1, 2, 4, 8, 16, 2, 4, 8, 16, 1, 4, false);
    /** AVR: 16-bit pointers, everything 1-aligned except f16/f128 (rustc's defaults), C int is 16 bits. */
    public static final TargetDataLayout AVR =
            new TargetDataLayout("avr-none", 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 16, 1, 2, false);
    /** MSP430: 16-bit pointers, nothing aligned beyond 2 except f128, C int is 16 bits. */
    public static final TargetDataLayout MSP430 =
            new TargetDataLayout("msp430-none-elf", 2, 2, 1, 2, 2, 2, 2, 2, 2, 2, 16, 1, 2, false);

    public static List<TargetDataLayout> all() {
        return List.of(X86_64, I686, AARCH64, ARMV7, WASM32, AVR, MSP430);
    }

    public static Optional<TargetDataLayout> byTriple(String triple) {
        for (TargetDataLayout t : all()) {
            if (t.triple.equals(triple)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
