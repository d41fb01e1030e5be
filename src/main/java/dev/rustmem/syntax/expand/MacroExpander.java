package dev.rustmem.syntax.expand;

import dev.rustmem.diag.Diagnostics;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.parse.ParseResult;
import dev.rustmem.types.Cfg;

/** The macro expansion pass: see the package documentation for what it does and does not support. */
public final class MacroExpander {
    private MacroExpander() {}

    /**
     * Expands every macro invocation in the crate; cfg-stripping uses {@code cfg}. Never throws
     * for user errors: they are in the result's diagnostics, and an invocation that could not be
     * expanded stays in the tree as it was.
     */
    public static ParseResult<Crate> expand(Crate crate, Cfg cfg) {
        Diagnostics diags = new Diagnostics();
        if (!QuickScan.needsExpansion(crate.file().text())) {
            return new ParseResult<>(crate, diags);
        }
        Crate out = new Expander(crate, cfg, diags).crate(crate);
        return new ParseResult<>(out, diags);
    }
}
