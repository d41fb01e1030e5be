package dev.rustmem.layout;

import dev.rustmem.types.Ty;

/**
 * Computes rustc 1.95's layout of any concrete {@link Ty} on one target. The single source of
 * truth for sizes and offsets: nothing else in rustmem computes them. Results are cached per type.
 */
public final class LayoutEngine {
    private final TargetDataLayout dl;

    public LayoutEngine(TargetDataLayout dl) {
        this.dl = dl;
    }

    public TargetDataLayout target() {
        return dl;
    }

    /** The layout of {@code ty}, or a {@link LayoutException} carrying the {@link LayoutError}. */
    public Layout layoutOf(Ty ty) {
        throw new LayoutException(new LayoutError.Unsupported(ty, "layout engine not written yet"));
    }
}
