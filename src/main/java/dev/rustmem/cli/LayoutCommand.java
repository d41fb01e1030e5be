package dev.rustmem.cli;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.DiagnosticException;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.layout.LayoutEngine;
import dev.rustmem.layout.LayoutError;
import dev.rustmem.layout.LayoutException;
import dev.rustmem.layout.Target;
import dev.rustmem.render.json.JsonRenderer;
import dev.rustmem.render.text.RustcRenderer;
import dev.rustmem.render.text.TableRenderer;
import dev.rustmem.render.view.BoxFactory;
import dev.rustmem.render.view.LayoutReport;
import dev.rustmem.render.view.ReportBuilder;
import dev.rustmem.render.view.ViewBuilder;
import dev.rustmem.source.SourceFile;
import dev.rustmem.source.Span;
import dev.rustmem.types.NamedType;
import dev.rustmem.types.Ty;
import dev.rustmem.types.TyCtxt;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code rustmem layout}: read → parse → expand → resolve → lay out → render. Exit status 0 on
 * success, 1 when the input has errors (rustc-style diagnostics on stderr), 2 for usage errors.
 */
final class LayoutCommand {
    private final PrintWriter out;
    private final PrintWriter err;

    LayoutCommand(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        LayoutOptions opt;
        try {
            opt = LayoutOptions.parse(args);
            if (opt.help()) {
                out.print(Usage.LAYOUT);
                return 0;
            }
            if (opt.listTargets()) {
                listTargets();
                return 0;
            }
            if (opt.file().isEmpty() && opt.types().isEmpty()) {
                throw new UsageException("no input: give a FILE.rs, or a type with --type", Usage.LAYOUT_TRY);
            }
        } catch (UsageException e) {
            return Usage.error(err, e, Usage.LAYOUT_USAGE);
        }
        Optional<Target> target = Target.byTriple(opt.target());
        if (target.isEmpty()) {
            err.print("error: unknown target `" + opt.target() + "`\n  |\n"
                    + "  = help: run `rustmem layout --list-targets` to see the supported targets\n");
            return 2;
        }
        Reporter reporter = new Reporter(err);
        int status = layout(opt, target.get(), reporter);
        if (status != 0) {
            reporter.finish();
        }
        return status;
    }

    private void listTargets() {
        int w = Target.all().stream().mapToInt(t -> t.triple().length()).max().orElse(0);
        for (Target t : Target.all()) {
            out.print(t.triple() + " ".repeat(w - t.triple().length() + 2) + t.dl().pointerBits() + "-bit pointers"
                    + (t.triple().equals(Target.DEFAULT) ? " (default)" : "") + "\n");
        }
    }

    private int layout(LayoutOptions opt, Target target, Reporter reporter) {
        Diagnostics diags = new Diagnostics();
        SourceFile file = null;
        TyCtxt tcx;
        if (opt.file().isPresent()) {
            Optional<SourceFile> read = SourceReader.read(opt.file().get(), reporter);
            if (read.isEmpty()) {
                return 1;
            }
            file = read.get();
            Optional<TyCtxt> loaded;
            try {
                loaded = Frontend.load(file, target.cfg(), diags);
            } catch (DiagnosticException e) {
                diags.add(e.diagnostic());
                loaded = Optional.empty();
            }
            reporter.reportAll(file, diags);
            if (diags.hasErrors() || loaded.isEmpty()) {
                return 1;
            }
            tcx = loaded.get();
        } else {
            tcx = TyCtxt.stdOnly(target.cfg(), diags);
        }
        // Where each reported type was named, to point layout errors there.
        Map<NamedType, SourceFile> origin = new IdentityHashMap<>();
        List<NamedType> named = opt.types().isEmpty() ? fromFile(tcx, file, origin) : requested(tcx, opt, reporter, origin);
        if (reporter.hasErrors()) {
            return 1;
        }
        LayoutEngine engine = new LayoutEngine(target.dl());
        if (reportLayoutErrors(engine, named, origin, tcx, reporter)) {
            return 1;
        }
        LayoutReport report;
        if (opt.format() == Format.RUSTC) {
            report = new ReportBuilder(new ViewBuilder(engine, tcx.printer()::print, BoxFactory.NONE))
                    .buildForRustc(target.triple(), named);
        } else {
            report = new ReportBuilder(new ViewBuilder(engine, tcx.printer()::print, BoxFactory.of(tcx)))
                    .build(target.triple(), named);
        }
        out.print(switch (opt.format()) {
            case TABLE -> new TableRenderer().render(report);
            case RUSTC -> new RustcRenderer().render(report);
            case JSON -> new JsonRenderer().render(report);
        });
        return 0;
    }

    /**
     * Lays out every reported type first, so that nothing is printed unless all succeed. A type
     * that fails makes every type containing it fail with the same error: each error is reported
     * once, where the failing type itself was named if it was (else where the first type containing
     * it was), in source order.
     */
    private static boolean reportLayoutErrors(LayoutEngine engine, List<NamedType> named,
            Map<NamedType, SourceFile> origin, TyCtxt tcx, Reporter reporter) {
        Map<LayoutError, NamedType> where = new LinkedHashMap<>();
        for (NamedType nt : named) {
            try {
                engine.layoutOf(nt.ty());
            } catch (LayoutException e) {
                NamedType prev = where.get(e.error());
                if (prev == null || (!prev.ty().equals(e.error().ty()) && nt.ty().equals(e.error().ty()))) {
                    where.put(e.error(), nt);
                }
            }
        }
        List<Map.Entry<LayoutError, NamedType>> errors = new ArrayList<>(where.entrySet());
        errors.sort(Comparator.comparingInt(e -> e.getValue().span().start()));
        for (Map.Entry<LayoutError, NamedType> e : errors) {
            NamedType nt = e.getValue();
            reporter.report(origin.get(nt), LayoutErrors.toDiagnostic(e.getKey(), nt.span(), tcx.printer()));
        }
        return !errors.isEmpty();
    }

    /** The file's reported types, without primitives and plain pointers (those only on request). */
    private static List<NamedType> fromFile(TyCtxt tcx, SourceFile file, Map<NamedType, SourceFile> origin) {
        List<NamedType> out = new ArrayList<>();
        for (NamedType nt : tcx.namedTypes()) {
            if (nt.origin() == NamedType.Origin.ALIAS || isAggregate(nt.ty())) {
                out.add(nt);
                origin.put(nt, file);
            }
        }
        return out;
    }

    private static boolean isAggregate(Ty ty) {
        return ty instanceof Ty.Adt || ty instanceof Ty.Array || (ty instanceof Ty.Tuple t && !t.elems().isEmpty());
    }

    /** Each {@code --type} text, resolved in the file's root scope (or std's) as its own source {@code <type>}. */
    private static List<NamedType> requested(TyCtxt tcx, LayoutOptions opt, Reporter reporter,
            Map<NamedType, SourceFile> origin) {
        List<NamedType> out = new ArrayList<>();
        for (String text : opt.types()) {
            SourceFile src = new SourceFile("<type>", text);
            Diagnostics d = new Diagnostics();
            Optional<Ty> ty = tcx.resolveTypeText(src, d);
            reporter.reportAll(src, d);
            if (ty.isPresent() && !d.hasErrors()) {
                NamedType nt = new NamedType(ty.get(), NamedType.Origin.REQUESTED, text, new Span(0, text.length()));
                out.add(nt);
                origin.put(nt, src);
            } else if (!d.hasErrors()) {
                reporter.report(src, Diagnostic.error("cannot resolve the type `" + text + "`",
                        new Span(0, text.length()), "not a type"));
            }
        }
        return out;
    }
}
