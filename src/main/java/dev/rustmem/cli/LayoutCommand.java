package dev.rustmem.cli;

import dev.rustmem.diag.DiagnosticException;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.layout.EngineOracle;
import dev.rustmem.layout.LayoutEngine;
import dev.rustmem.layout.Target;
import dev.rustmem.render.json.JsonRenderer;
import dev.rustmem.render.text.RustcRenderer;
import dev.rustmem.render.text.TableRenderer;
import dev.rustmem.render.view.BoxFactory;
import dev.rustmem.render.view.LayoutReport;
import dev.rustmem.render.view.ReportBuilder;
import dev.rustmem.render.view.RustcView;
import dev.rustmem.render.view.Spelling;
import dev.rustmem.render.view.ViewBuilder;
import dev.rustmem.render.view.ViewsAhead;
import dev.rustmem.source.SourceFile;
import dev.rustmem.types.NamedType;
import dev.rustmem.types.TyCtxt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code rustmem layout}: read → parse → expand → resolve → lay out → render. Exit status 0 on
 * success, 1 when the input has errors (rustc-style diagnostics on stderr), 2 for usage errors.
 */
final class LayoutCommand {
    private final PrintWriter out;
    /** The stream under {@code out}, for output written as bytes; null to print everything through {@code out}. */
    private final OutputStream outBytes;
    private final PrintWriter err;

    /** See {@link EngineOracle#layingOutAhead}. */
    private final int layoutAheadAfter;

    LayoutCommand(PrintWriter out, OutputStream outBytes, PrintWriter err) {
        this(out, outBytes, err, EngineOracle.AHEAD_AFTER);
    }

    /** With layouts started ahead after {@code layoutAheadAfter} definitions (tests: sooner). */
    LayoutCommand(PrintWriter out, OutputStream outBytes, PrintWriter err, int layoutAheadAfter) {
        this.out = out;
        this.outBytes = outBytes;
        this.err = err;
        this.layoutAheadAfter = layoutAheadAfter;
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
        int w = 0;
        for (Target t : Target.all()) {
            w = Math.max(w, t.triple().length());
        }
        for (Target t : Target.all()) {
            out.print(t.triple() + " ".repeat(w - t.triple().length() + 2) + t.dl().pointerBits() + "-bit pointers"
                    + (t.triple().equals(Target.DEFAULT) ? " (default)" : "") + "\n");
        }
    }

    private int layout(LayoutOptions opt, Target target, Reporter reporter) {
        Diagnostics diags = new Diagnostics();
        LayoutEngine engine = new LayoutEngine(target.dl());
        // The rustc format's views of definitions are made ahead too, with their layouts.
        ViewsAhead views = opt.format() == Format.RUSTC ? new ViewsAhead(engine) : null;
        SourceFile file = null;
        TyCtxt tcx;
        if (opt.file().isPresent()) {
            Frontend.Std std = Frontend.startStd(target.cfg()); // while the file is read
            Optional<SourceFile> read = SourceReader.read(opt.file().get(), reporter);
            if (read.isEmpty()) {
                return 1;
            }
            file = read.get();
            Optional<TyCtxt> loaded;
            try {
                // Without --type every non-generic definition is laid out: E0072 can wait for a layout to fail.
                loaded = Frontend.load(file, std, EngineOracle.layingOutAhead(engine, layoutAheadAfter, views),
                        diags, opt.types().isEmpty());
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
        ReportedTypes reported = opt.types().isEmpty() ? ReportedTypes.fromFile(tcx, file)
                : ReportedTypes.requested(tcx, opt.types(), reporter);
        if (reporter.hasErrors()) {
            return 1;
        }
        List<NamedType> named = reported.types();
        DeferredChecks deferred = file == null ? null : new DeferredChecks(tcx, file, reporter);
        if (opt.format() == Format.RUSTC) {
            // Each type's views are taken right after its layout, in the same two-thread pass.
            ReportBuilder.RustcPass pass = new ReportBuilder(new ViewBuilder(engine, new Spelling(tcx.printer()),
                    BoxFactory.NONE, views)).rustcPass(named.size());
            List<List<RustcView>> parts = new ArrayList<>(named.size());
            if (LayoutErrors.report(engine, reported, tcx.printer(), reporter, deferred, pass, parts)) {
                return 1;
            }
            printRustc(ReportBuilder.flatten(parts));
            return 0;
        }
        if (LayoutErrors.report(engine, reported, tcx.printer(), reporter, deferred)) {
            return 1;
        }
        LayoutReport report = new ReportBuilder(new ViewBuilder(engine, new Spelling(tcx.printer()),
                BoxFactory.of(tcx))).buildForTable(target.triple(), named);
        out.print(opt.format() == Format.JSON ? new JsonRenderer().render(report) : new TableRenderer().render(report));
        return 0;
    }

    /**
     * The rustc format's megabytes go straight to the byte stream when there is one (after what
     * {@code out} holds), never through one big {@code String}.
     */
    private void printRustc(List<RustcView> views) {
        try {
            if (outBytes != null) {
                out.flush();
                new RustcRenderer().render(views, outBytes);
            } else {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                new RustcRenderer().render(views, bytes);
                out.print(bytes.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The checks the load left to the layouts, run when a layout fails: their errors are the ones
     * the load would have reported (then no layout failure is).
     */
    private record DeferredChecks(TyCtxt tcx, SourceFile file, Reporter reporter)
            implements java.util.function.BooleanSupplier {
        @Override
        public boolean getAsBoolean() {
            Diagnostics found = new Diagnostics();
            if (!tcx.checkDeferredRepresentability(found)) {
                return false;
            }
            reporter.reportAll(file, found);
            return true;
        }
    }
}
