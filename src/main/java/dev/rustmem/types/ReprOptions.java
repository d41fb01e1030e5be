package dev.rustmem.types;

import java.util.Optional;

/**
 * The parsed {@code #[repr(..)]} of a definition (rustc's {@code ReprOptions}).
 *
 * @param intTy  {@code repr(u8)}, ..., {@code repr(isize)}: an {@link Ty.Int} or {@link Ty.Uint}
 * @param pack   {@code repr(packed)} = 1, {@code repr(packed(N))} = N, in bytes
 * @param align  {@code repr(align(N))} in bytes
 */
public record ReprOptions(Optional<Ty> intTy, boolean c, boolean simd, boolean transparent, Optional<Long> pack,
        Optional<Long> align) {
    public static final ReprOptions DEFAULT =
            new ReprOptions(Optional.empty(), false, false, false, Optional.empty(), Optional.empty());

    public boolean packed() {
        return pack.isPresent();
    }

    /** rustc's {@code inhibit_struct_field_reordering}: repr(C), repr(simd) and enums with an int repr keep declaration order. */
    public boolean inhibitReorder(AdtKind kind) {
        return c || simd || (kind == AdtKind.ENUM && intTy.isPresent());
    }
}
