package dev.rustmem.cli;

import dev.rustmem.diag.Code;
import dev.rustmem.diag.Diagnostic;
import dev.rustmem.layout.LayoutEngine;
import dev.rustmem.layout.LayoutError;
import dev.rustmem.layout.LayoutException;
import dev.rustmem.par.Parallel;
import dev.rustmem.source.Span;
import dev.rustmem.types.NamedType;
import dev.rustmem.types.TyPrinter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns a {@link LayoutError} into rustc's diagnostic for it, pointing at where the type was
 * named (rustc points at the local or item whose type it is).
 */
final class LayoutErrors {
    private LayoutErrors() {}

    /**
     * Lays out every reported type first, so that nothing is printed unless all succeed, and
     * reports the failures. A type that fails makes every type containing it fail with the same
     * error: each error is reported once, where the failing type itself was named if it was (else
     * where the first type containing it was), in source order. Returns whether there were errors.
     */
    static boolean report(LayoutEngine engine, ReportedTypes reported, TyPrinter printer, Reporter reporter) {
        Map<LayoutError, NamedType> where = new LinkedHashMap<>();
        java.util.Set<String> lowering = new java.util.HashSet<>();
        // The layouts are computed on two threads; the failures are then taken in report order,
        // exactly as one loop over the types would meet them.
        List<NamedType> types = reported.types();
        engine.expect(types.size());
        List<RuntimeException> failures = Parallel.map(types, new Failure(engine));
        if (Parallel.parallel(types.size()) && hasFailure(failures)) {
            // Which type a cycle is reported for depends on where the walk entered it: with two
            // threads that is a race. Errors are rare, so they are found again by one thread on an
            // empty cache, in the serial order rustc's answer follows.
            LayoutEngine serial = new LayoutEngine(engine.target());
            failures = new ArrayList<>(types.size());
            for (int i = 0; i < types.size(); i++) {
                failures.add(failure(serial, types.get(i)));
            }
        }
        for (int i = 0; i < types.size(); i++) {
            NamedType nt = types.get(i);
            RuntimeException failure = failures.get(i);
            if (failure instanceof LayoutException e) {
                NamedType prev = where.get(e.error());
                if (prev == null || (!prev.ty().equals(e.error().ty()) && nt.ty().equals(e.error().ty()))) {
                    where.put(e.error(), nt);
                }
            } else if (failure instanceof dev.rustmem.diag.DiagnosticException e) {
                // A field type that does not lower (reported lazily, when a layout first needs it).
                if (lowering.add(e.diagnostic().message() + "@" + e.diagnostic().span())) {
                    reporter.report(reported.origin().get(nt), e.diagnostic());
                }
            }
        }
        if (!lowering.isEmpty()) {
            return true;
        }
        List<Map.Entry<LayoutError, NamedType>> errors = new ArrayList<>(where.entrySet());
        errors.sort(new BySpan());
        for (Map.Entry<LayoutError, NamedType> e : errors) {
            NamedType nt = e.getValue();
            reporter.report(reported.origin().get(nt), toDiagnostic(e.getKey(), nt.span(), printer));
        }
        return !errors.isEmpty();
    }

    private static boolean hasFailure(List<RuntimeException> failures) {
        for (int i = 0; i < failures.size(); i++) {
            if (failures.get(i) != null) {
                return true;
            }
        }
        return false;
    }

    /** What laying out {@code nt} throws for bad input, or null when it has a layout. */
    private static RuntimeException failure(LayoutEngine engine, NamedType nt) {
        try {
            engine.layoutOf(nt.ty());
            return null;
        } catch (LayoutException | dev.rustmem.diag.DiagnosticException e) {
            return e;
        }
    }

    // Named classes, not lambdas: a lambda's bootstrap costs every cold run.

    /** {@link #failure} as the function {@link Parallel#map} applies. */
    private static final class Failure implements Function<NamedType, RuntimeException> {
        private final LayoutEngine engine;

        Failure(LayoutEngine engine) {
            this.engine = engine;
        }

        @Override
        public RuntimeException apply(NamedType nt) {
            return failure(engine, nt);
        }
    }

    /** Errors in source order of the types they are reported for. */
    private static final class BySpan implements Comparator<Map.Entry<LayoutError, NamedType>> {
        @Override
        public int compare(Map.Entry<LayoutError, NamedType> a, Map.Entry<LayoutError, NamedType> b) {
            return Integer.compare(a.getValue().span().start(), b.getValue().span().start());
        }
    }

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
