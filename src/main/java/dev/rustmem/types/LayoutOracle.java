package dev.rustmem.types;

import java.util.OptionalLong;

/**
 * Sizes and alignments for const evaluation ({@code [u8; size_of::<Header>()]}): the layout
 * engine sits downstream of this package, so the caller of {@link TyCtxt#load} may pass one in.
 * Without it, {@code size_of}/{@code align_of} in a type's constant are "not supported yet".
 */
public interface LayoutOracle {
    LayoutOracle NONE = new LayoutOracle() {
        @Override
        public OptionalLong sizeOf(Ty ty) {
            return OptionalLong.empty();
        }

        @Override
        public OptionalLong alignOf(Ty ty) {
            return OptionalLong.empty();
        }
    };

    /** Empty when the type has no (sized) layout. */
    OptionalLong sizeOf(Ty ty);

    OptionalLong alignOf(Ty ty);
}
