package dev.rustmem.cli;

import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.SourceFile;
import dev.rustmem.types.Cfg;
import dev.rustmem.types.TyCtxt;
import java.util.Optional;

/** The front end of every command: parse, expand macros, resolve and lower. */
final class Frontend {
    private Frontend() {}

    /** The semantic model of {@code file}, or empty when it has errors (reported in {@code diags}). */
    static Optional<TyCtxt> load(SourceFile file, Cfg cfg, Diagnostics diags) {
        throw new UnsupportedOperationException("parser not merged yet");
    }
}
