package dev.rustmem.cli;

import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.expand.MacroExpander;
import dev.rustmem.syntax.parse.ParseResult;
import dev.rustmem.syntax.parse.Parser;
import dev.rustmem.types.Cfg;
import dev.rustmem.types.StdDefs;
import dev.rustmem.types.TyCtxt;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The front end of every command: parse, expand macros, resolve and lower. */
final class Frontend {
    private Frontend() {}

    /**
     * The semantic model of {@code file}, or empty when a phase had errors (reported in
     * {@code diags}; like rustc, later phases do not run on a file that failed to parse or expand).
     */
    static Optional<TyCtxt> load(SourceFile file, Cfg cfg, dev.rustmem.types.LayoutOracle layouts, Diagnostics diags) {
        return load(file, startStd(cfg), layouts, diags);
    }

    /**
     * The bundled std, parsed and its definitions collected on a second core while this thread
     * reads and parses the user's file: the two share nothing until TyCtxt.load joins them. A
     * command starts it before it reads the file (unused if the file cannot be read).
     */
    static Std startStd(Cfg cfg) {
        CompletableFuture<StdDefs> std = new CompletableFuture<>();
        Thread stdThread = new Thread(new StdLoader(cfg, std), "rustmem-std");
        stdThread.setDaemon(true);
        stdThread.start();
        return new Std(cfg, std);
    }

    /** std in the making for one cfg (see {@link #startStd}). */
    static final class Std {
        final Cfg cfg;
        final CompletableFuture<StdDefs> defs;

        private Std(Cfg cfg, CompletableFuture<StdDefs> defs) {
            this.cfg = cfg;
            this.defs = defs;
        }
    }

    /** As {@link #load(SourceFile, Cfg, dev.rustmem.types.LayoutOracle, Diagnostics)} with std already started. */
    static Optional<TyCtxt> load(SourceFile file, Std started, dev.rustmem.types.LayoutOracle layouts,
            Diagnostics diags) {
        Cfg cfg = started.cfg;
        CompletableFuture<StdDefs> std = started.defs;
        ParseResult<Crate> parsed = Parser.parseCrate(file);
        diags.addAll(parsed.diagnostics());
        if (!parsed.ok()) {
            return Optional.empty();
        }
        ParseResult<Crate> expanded = MacroExpander.expand(parsed.value(), cfg);
        diags.addAll(expanded.diagnostics());
        if (!expanded.ok()) {
            return Optional.empty();
        }
        TyCtxt tcx = TyCtxt.load(expanded.value(), join(std), diags, layouts);
        return diags.hasErrors() ? Optional.empty() : Optional.of(tcx);
    }

    /** Collects the bundled std's definitions (not a lambda: its bootstrap would cost every cold run). */
    private static final class StdLoader implements Runnable {
        private final Cfg cfg;
        private final CompletableFuture<StdDefs> std;

        StdLoader(Cfg cfg, CompletableFuture<StdDefs> std) {
            this.cfg = cfg;
            this.std = std;
        }

        @Override
        public void run() {
            try {
                std.complete(StdDefs.bundled(cfg));
            } catch (RuntimeException | Error e) {
                std.completeExceptionally(e); // resurfaces in join (an internal error)
            }
        }
    }

    private static StdDefs join(CompletableFuture<StdDefs> std) {
        try {
            return std.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }
}
