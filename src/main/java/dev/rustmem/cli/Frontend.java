package dev.rustmem.cli;

import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.expand.MacroExpander;
import dev.rustmem.syntax.parse.ParseResult;
import dev.rustmem.syntax.parse.Parser;
import dev.rustmem.types.Cfg;
import dev.rustmem.types.TyCtxt;
import dev.rustmem.types.resolve.StdLibrary;
import java.util.Optional;

/** The front end of every command: parse, expand macros, resolve and lower. */
final class Frontend {
    private Frontend() {}

    /**
     * The semantic model of {@code file}, or empty when a phase had errors (reported in
     * {@code diags}; like rustc, later phases do not run on a file that failed to parse or expand).
     */
    static Optional<TyCtxt> load(SourceFile file, Cfg cfg, dev.rustmem.types.LayoutOracle layouts, Diagnostics diags) {
        // The bundled std is parsed on a second core while this thread parses the user's file: the
        // two parses share nothing (std's is a class-initialization holder, so it happens once).
        Thread std = new Thread(StdLibrary::bundled, "rustmem-std");
        std.setDaemon(true);
        // A failure there resurfaces on this thread (as an internal error) when std is first used.
        std.setUncaughtExceptionHandler((t, e) -> { });
        std.start();
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
        TyCtxt tcx = TyCtxt.load(expanded.value(), cfg, diags, layouts);
        return diags.hasErrors() ? Optional.empty() : Optional.of(tcx);
    }
}
