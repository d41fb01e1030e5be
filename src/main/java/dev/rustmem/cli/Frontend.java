package dev.rustmem.cli;

import dev.rustmem.diag.Diagnostics;
import dev.rustmem.par.OnThread;
import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.expand.MacroExpander;
import dev.rustmem.syntax.parse.ParseResult;
import dev.rustmem.syntax.parse.Parser;
import dev.rustmem.types.Cfg;
import dev.rustmem.types.StdDefs;
import dev.rustmem.types.TyCtxt;
import java.util.Optional;
import java.util.function.Supplier;

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
        return new Std(cfg, OnThread.start(new StdLoader(cfg), "rustmem-std", 0));
    }

    /** std in the making for one cfg (see {@link #startStd}). */
    static final class Std {
        final Cfg cfg;
        final OnThread<StdDefs> defs;

        private Std(Cfg cfg, OnThread<StdDefs> defs) {
            this.cfg = cfg;
            this.defs = defs;
        }
    }

    /** As {@link #load(SourceFile, Cfg, dev.rustmem.types.LayoutOracle, Diagnostics)} with std already started. */
    static Optional<TyCtxt> load(SourceFile file, Std std, dev.rustmem.types.LayoutOracle layouts,
            Diagnostics diags) {
        return load(file, std, layouts, diags, false);
    }

    /**
     * As {@link #load(SourceFile, Std, dev.rustmem.types.LayoutOracle, Diagnostics)}; with
     * {@code concreteLaidOut}, see {@link TyCtxt#load(Crate, dev.rustmem.types.StdDefs, Diagnostics,
     * dev.rustmem.types.LayoutOracle, boolean)}.
     */
    static Optional<TyCtxt> load(SourceFile file, Std std, dev.rustmem.types.LayoutOracle layouts,
            Diagnostics diags, boolean concreteLaidOut) {
        Cfg cfg = std.cfg;
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
        // A failure on the std thread (an internal error) resurfaces here.
        TyCtxt tcx = TyCtxt.load(expanded.value(), std.defs.join(), diags, layouts, concreteLaidOut);
        return diags.hasErrors() ? Optional.empty() : Optional.of(tcx);
    }

    /** Collects the bundled std's definitions (not a lambda: its bootstrap would cost every cold run). */
    private static final class StdLoader implements Supplier<StdDefs> {
        private final Cfg cfg;

        StdLoader(Cfg cfg) {
            this.cfg = cfg;
        }

        @Override
        public StdDefs get() {
            return StdDefs.bundled(cfg);
        }
    }
}
