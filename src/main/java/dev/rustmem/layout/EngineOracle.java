package dev.rustmem.layout;

import dev.rustmem.types.LayoutOracle;
import dev.rustmem.types.Ty;
import java.util.OptionalLong;

/**
 * Answers {@code size_of::<T>()} and {@code align_of::<T>()} in constants (array lengths,
 * discriminants) from the layout engine, so the type checker and the layouts agree by construction.
 */
public final class EngineOracle implements LayoutOracle {
    private final LayoutEngine engine;

    public EngineOracle(LayoutEngine engine) {
        this.engine = engine;
    }

    @Override
    public OptionalLong sizeOf(Ty ty) {
        return layout(ty).isPresent() ? OptionalLong.of(layout(ty).get().size()) : OptionalLong.empty();
    }

    @Override
    public OptionalLong alignOf(Ty ty) {
        return layout(ty).isPresent() ? OptionalLong.of(layout(ty).get().align()) : OptionalLong.empty();
    }

    private java.util.Optional<Layout> layout(Ty ty) {
        try {
            Layout l = engine.layoutOf(ty);
            return l.isSized() ? java.util.Optional.of(l) : java.util.Optional.empty();
        } catch (LayoutException e) {
            return java.util.Optional.empty();
        }
    }
}
