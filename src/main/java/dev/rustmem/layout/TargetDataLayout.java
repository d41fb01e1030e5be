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

    // The constants below are filled in and verified against rustc 1.95 (layout32.sh) by the layout engine's tests.
    public static final TargetDataLayout X86_64 =
            new TargetDataLayout("x86_64-unknown-linux-gnu", 8, 8, 1, 2, 4, 8, 16, 2, 4, 8, 16, 1, 4, false);

    public static List<TargetDataLayout> all() {
        return List.of(X86_64);
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
