package dev.rustmem.render.view;

import dev.rustmem.layout.EngineOracle;
import dev.rustmem.layout.LayoutEngine;
import dev.rustmem.types.Ty;
import dev.rustmem.types.TyPrinter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rustc format's views of the non-generic definitions that the load's speculating thread has
 * laid out ({@link EngineOracle#layingOutAhead}), made on that thread, where the layout pass
 * ({@link ViewBuilder#rustcView}) finds them. A definition's view needs nothing from the lowering:
 * its field types were lowered by the load, its name is its path, and its layouts are the
 * engine's; so it is the view the pass would make.
 */
public final class ViewsAhead implements EngineOracle.AheadWork {
    private final LayoutEngine engine;
    private final Map<Ty, RustcView> views = new ConcurrentHashMap<>();
    /** Made on the speculating thread with the load's printer, at its first definition. */
    private RustcViews rustcViews;

    public ViewsAhead(LayoutEngine engine) {
        this.engine = engine;
    }

    @Override
    public void laidOut(Ty ty, TyPrinter printer) {
        if (ty instanceof Ty.Adt adt && adt.args().isEmpty()) {
            if (rustcViews == null) {
                rustcViews = new RustcViews(engine, new Spelling(printer));
            }
            views.put(adt, rustcViews.of(adt));
        }
    }

    /** The view made ahead of a definition, or null. */
    RustcView of(Ty.Adt adt) {
        return views.get(adt);
    }
}
