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

    /** Called when the load starts, with the number of the file's top-level items and the load's type printer. */
    default void loadStarted(int items, TyPrinter printer) {}

    /**
     * Called by the load for each non-generic struct, enum and union once its field types are
     * lowered, in source order: an oracle may start laying it out (see {@link Speculation}).
     */
    default void defined(Ty ty) {}

    /** Whether {@link #defined} lays out ahead now (the load then prepares what that needs). */
    default boolean layingOutAhead() {
        return false;
    }

    /** Called when the load has ended (successfully or not): no more {@link #defined} calls come. */
    default void loadEnded() {}

    /** Empty when the type has no (sized) layout. */
    OptionalLong sizeOf(Ty ty);

    OptionalLong alignOf(Ty ty);
}
