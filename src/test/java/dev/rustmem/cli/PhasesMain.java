package dev.rustmem.cli;

import dev.rustmem.diag.Diagnostics;
import dev.rustmem.layout.LayoutEngine;
import dev.rustmem.layout.Target;
import dev.rustmem.render.text.RustcRenderer;
import dev.rustmem.render.view.BoxFactory;
import dev.rustmem.render.view.ReportBuilder;
import dev.rustmem.render.view.RustcView;
import dev.rustmem.render.view.ViewBuilder;
import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.expand.MacroExpander;
import dev.rustmem.syntax.parse.ParseResult;
import dev.rustmem.syntax.parse.Parser;
import dev.rustmem.types.StdDefs;
import dev.rustmem.types.TyCtxt;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark aid (bench/phases.sh): runs the phases of {@code rustmem layout FILE --format rustc}
 * ROUNDS times in one JVM and prints each phase's wall and CPU time and the bytes it allocated
 * (this thread: wall/cpu ms/MiB), so the first
 * round shows the cold costs and later rounds the warm ones. Not a test: timings belong here.
 */
public final class PhasesMain {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.ThreadMXBean ALLOC = (com.sun.management.ThreadMXBean) MX;
    private long wall;
    private long cpu;
    private long alloc;
    private final StringBuilder line = new StringBuilder();

    public static void main(String[] args) throws Exception {
        String name = args[0];
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        for (int round = 1; round <= rounds; round++) {
            new PhasesMain().round(name, round);
        }
    }

    private void round(String name, int round) throws Exception {
        long wall0 = System.nanoTime();
        long cpu0 = MX.getCurrentThreadCpuTime();
        start();
        SourceFile file = new SourceFile(name, Files.readString(Path.of(name), StandardCharsets.UTF_8));
        lap("read");
        // `rustmem layout` does this on a second thread while it parses the file (Frontend).
        Target target = Target.byTriple(Target.DEFAULT).orElseThrow();
        StdDefs std = StdDefs.bundled(target.cfg());
        lap("std");
        ParseResult<Crate> parsed = Parser.parseCrate(file);
        lap("parse");
        ParseResult<Crate> expanded = MacroExpander.expand(parsed.value(), target.cfg());
        lap("expand");
        Diagnostics diags = new Diagnostics();
        LayoutEngine engine = new LayoutEngine(target.dl());
        TyCtxt tcx = TyCtxt.load(expanded.value(), std, diags, new dev.rustmem.layout.EngineOracle(engine), true);
        lap("tcx-load");
        ReportedTypes reported = ReportedTypes.fromFile(tcx, file);
        StringWriter errs = new StringWriter();
        boolean failed = LayoutErrors.report(engine, reported, tcx.printer(), new Reporter(new PrintWriter(errs)), null);
        lap("layout");
        List<RustcView> views = new ReportBuilder(new ViewBuilder(engine, tcx.printer()::print, BoxFactory.NONE))
                .rustcViews(reported.types());
        lap("views");
        // Rendering includes writing the bytes out (as LayoutCommand does), into a counting sink.
        ByteCount out = new ByteCount();
        new RustcRenderer().render(views, out);
        lap("render");
        System.out.println(String.format(Locale.ROOT, "round %d: %s total %d ms wall / %d ms cpu; %d types, %d bytes%s%s",
                round, line, (System.nanoTime() - wall0) / 1_000_000, (MX.getCurrentThreadCpuTime() - cpu0) / 1_000_000,
                reported.types().size(), out.count, diags.hasErrors() ? ", LOAD ERRORS" : "",
                failed ? ", LAYOUT ERRORS" : ""));
    }

    /** Discards what is written, counting the bytes. */
    private static final class ByteCount extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    private void start() {
        wall = System.nanoTime();
        cpu = MX.getCurrentThreadCpuTime();
        alloc = ALLOC.getCurrentThreadAllocatedBytes();
    }

    private void lap(String phase) {
        long w = System.nanoTime();
        long c = MX.getCurrentThreadCpuTime();
        long a = ALLOC.getCurrentThreadAllocatedBytes();
        line.append(String.format(Locale.ROOT, "%s %d/%d/%dM, ", phase, (w - wall) / 1_000_000, (c - cpu) / 1_000_000,
                (a - alloc) >> 20));
        wall = w;
        cpu = c;
        alloc = a;
    }
}
