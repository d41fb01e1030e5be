package dev.rustmem.render.view;

import dev.rustmem.types.Ty;
import dev.rustmem.types.TyPrinter;
import java.util.function.Function;

/** rustc's spelling of a type for the views (a named class, not {@code printer::print}: its bootstrap costs a cold run). */
public final class Spelling implements Function<Ty, String> {
    private final TyPrinter printer;

    public Spelling(TyPrinter printer) {
        this.printer = printer;
    }

    @Override
    public String apply(Ty ty) {
        return printer.print(ty);
    }
}
