package dev.rustmem.cli;

import dev.rustmem.diag.Code;
import dev.rustmem.diag.Diagnostic;
import dev.rustmem.layout.LayoutError;
import dev.rustmem.source.Span;
import dev.rustmem.types.TyPrinter;

/**
 * Turns a {@link LayoutError} into rustc's diagnostic for it, pointing at where the type was
 * named (rustc points at the local or item whose type it is).
 */
final class LayoutErrors {
    private LayoutErrors() {}

    static Diagnostic toDiagnostic(LayoutError e, Span span, TyPrinter printer) {
        String ty = printer.print(e.ty());
        if (e instanceof LayoutError.SizeOverflow) {
            // rustc_middle's LayoutError::SizeOverflow wording; rustc leaves the label empty.
            return Diagnostic.error("values of the type `" + ty + "` are too big for the target architecture", span, "");
        }
        if (e instanceof LayoutError.Recursive) {
            return Diagnostic.error(Code.E0072, "recursive type `" + ty + "` has infinite size", span,
                    "recursive without indirection")
                    .withHelp("insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break the cycle");
        }
        if (e instanceof LayoutError.NotConcrete) {
            return Diagnostic.error("the type `" + ty + "` has no layout: it still has generic parameters", span,
                    "generic type");
        }
        if (e instanceof LayoutError.Unsupported u) {
            return Diagnostic.unsupported("the layout of `" + ty + "` (" + u.what() + ")", span);
        }
        throw new AssertionError(e);
    }
}
