package dev.rustmem.render.view;

import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.SourceFile;
import dev.rustmem.types.GenericArg;
import dev.rustmem.types.Ty;
import dev.rustmem.types.TyCtxt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Makes {@code Box<T>} for the "box this variant" advice, with std's own {@code Box} definition. */
@FunctionalInterface
public interface BoxFactory {
    Optional<Ty> boxOf(Ty payload);

    // Anonymous classes, not lambdas: a lambda's bootstrap costs every cold run.

    /** No boxing advice (no std available). */
    BoxFactory NONE = new BoxFactory() {
        @Override
        public Optional<Ty> boxOf(Ty payload) {
            return Optional.empty();
        }
    };

    /**
     * Boxes with the context's {@code std::boxed::Box}: resolves {@code Box<u8>} once (which fills
     * in the allocator's default argument) and swaps the payload in.
     */
    static BoxFactory of(TyCtxt tcx) {
        Optional<Ty> template = tcx.resolveTypeText(new SourceFile("<advice>", "std::boxed::Box<u8>"), new Diagnostics());
        if (template.isEmpty() || !(template.get() instanceof Ty.Adt box) || box.args().isEmpty()) {
            return NONE;
        }
        return new BoxFactory() {
            @Override
            public Optional<Ty> boxOf(Ty payload) {
                List<GenericArg> args = new ArrayList<>(box.args());
                args.set(0, payload);
                return Optional.of(new Ty.Adt(box.def(), args));
            }
        };
    }
}
