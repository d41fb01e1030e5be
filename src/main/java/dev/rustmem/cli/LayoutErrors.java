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
import java.util.function.BooleanSupplier;
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
     * When some type fails, {@code first} (unless null) runs before anything is reported: when it
     * returns true (it reported errors of its own), the failures are not reported.
     */
    static boolean report(LayoutEngine engine, ReportedTypes reported, TyPrinter printer, Reporter reporter,
            BooleanSupplier first) {
        return report(engine, reported, printer, reporter, first, null, null);
    }

    /**
     * As {@link #report(LayoutEngine, ReportedTypes, TyPrinter, Reporter, BooleanSupplier)}, and {@code then}
     * applied to each type right after its layout, on the thread that computed it (while what it
     * reads is fresh in that core's cache), its results added to {@code results} in report order
     * when no type failed.
     */
    static <R> boolean report(LayoutEngine engine, ReportedTypes reported, TyPrinter printer, Reporter reporter,
            BooleanSupplier first, Function<NamedType, R> then, List<R> results) {
        Map<LayoutError, NamedType> where = new LinkedHashMap<>();
        java.util.Set<String> lowering = new java.util.HashSet<>();
        // The layouts are computed on two threads; the failures are then taken in report order,
        // exactly as one loop over the types would meet them.
        List<NamedType> types = reported.types();
        engine.expect(types.size());
        LayOut<R> layOut = new LayOut<>(engine, then);
        List<Object> failures = Parallel.map(types, layOut);
        if (!layOut.failed) {
            if (then != null) {
                addResults(failures, results);
            }
            return false;
        }
        if (first != null && first.getAsBoolean()) {
            return true; // reported instead of the failures
        }
        if (Parallel.parallel(types.size())) {
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
            Object failure = failures.get(i);
            if (failure instanceof LayoutException e) {
                NamedType prev = where.get(e.error());
                if (prev == null || (!prev.ty().equals(e.error().ty()) && nt.ty().equals(e.error().ty()))) {
                    where.put(e.error(), nt);
                }
            } else if (failure instanceof dev.rustmem.diag.DiagnosticException e) {
                // A field type that does not lower (reported lazily, when a layout first needs it).
                if (lowering.add(e.diagnostic().message() + "@" + e.diagnostic().span())) {
                    reporter.report(reported.origin(nt), e.diagnostic());
                }
            }
        }
        if (!lowering.isEmpty()) {
            return true;
        }
        List<Map.Entry<LayoutError, NamedType>> errors = new ArrayList<>(where.entrySet());
        errors.sort(Comparator.comparingInt(e -> e.getValue().span().start()));
        for (Map.Entry<LayoutError, NamedType> e : errors) {
            NamedType nt = e.getValue();
            reporter.report(reported.origin(nt), toDiagnostic(e.getKey(), nt.span(), printer));
        }
        return !errors.isEmpty();
    }

    /** The results of {@code then} (every outcome is one); a loop of its own, see ReportBuilder.flatten. */
    private static <R> void addResults(List<Object> outcomes, List<R> results) {
        for (int i = 0; i < outcomes.size(); i++) {
            @SuppressWarnings("unchecked")
            R r = ((Then<R>) outcomes.get(i)).result;
            results.add(r);
        }
    }

    /** What {@code then} made of a type that has a layout. */
    private static final class Then<R> {
        final R result;

        Then(R result) {
            this.result = result;
        }
    }

    /** A type's failure, else {@code then}'s result for it (a {@link Then}), else null. */
    private static final class LayOut<R> implements Function<NamedType, Object> {
        private final LayoutEngine engine;
        private final Function<NamedType, R> then;
        /** Whether any type failed (set by whichever thread met it; read after both finished). */
        volatile boolean failed;

        LayOut(LayoutEngine engine, Function<NamedType, R> then) {
            this.engine = engine;
            this.then = then;
        }

        @Override
        public Object apply(NamedType nt) {
            RuntimeException f = failure(engine, nt);
            if (f != null) {
                failed = true;
                return f;
            }
            return then == null ? null : new Then<>(then.apply(nt));
        }
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
