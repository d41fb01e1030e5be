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
        CompletableFuture<StdDefs> std = startStd(cfg);
        Optional<Crate> crate = parseAndExpand(file, cfg, diags);
        if (crate.isEmpty()) {
            return Optional.empty();
        }
        TyCtxt tcx = TyCtxt.load(crate.get(), join(std), diags, layouts);
        return diags.hasErrors() ? Optional.empty() : Optional.of(tcx);
    }

    /**
     * As {@link #load}, with the definition checks that follow the walk left to the caller
     * ({@link TyCtxt#loadUnchecked}); when the walk or an earlier phase had errors the checks have
     * run (their errors are reported together) and the result is empty.
     */
    static Optional<TyCtxt.Unchecked> loadUnchecked(SourceFile file, Cfg cfg, dev.rustmem.types.LayoutOracle layouts,
            Diagnostics diags) {
        CompletableFuture<StdDefs> std = startStd(cfg);
        Optional<Crate> crate = parseAndExpand(file, cfg, diags);
        if (crate.isEmpty()) {
            return Optional.empty();
        }
        TyCtxt.Unchecked u = TyCtxt.loadUnchecked(crate.get(), join(std), diags, layouts);
        if (diags.hasErrors()) {
            u.runChecks();
            return Optional.empty();
        }
        return Optional.of(u);
    }

    /**
     * The bundled std, parsed and its definitions collected on a second core while this thread
     * parses the user's file: the two share nothing until TyCtxt.load joins them.
     */
    private static CompletableFuture<StdDefs> startStd(Cfg cfg) {
        CompletableFuture<StdDefs> std = new CompletableFuture<>();
        Thread stdThread = new Thread(new StdLoader(cfg, std), "rustmem-std");
        stdThread.setDaemon(true);
        stdThread.start();
        return std;
    }

    /** The user's crate parsed and its macros expanded, or empty after errors (in {@code diags}). */
    private static Optional<Crate> parseAndExpand(SourceFile file, Cfg cfg, Diagnostics diags) {
        ParseResult<Crate> parsed = Parser.parseCrate(file);
        diags.addAll(parsed.diagnostics());
        if (!parsed.ok()) {
            return Optional.empty();
        }
        ParseResult<Crate> expanded = MacroExpander.expand(parsed.value(), cfg);
        diags.addAll(expanded.diagnostics());
        return expanded.ok() ? Optional.of(expanded.value()) : Optional.empty();
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
