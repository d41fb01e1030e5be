package dev.rustmem.syntax.expand;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.Span;
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
        if (!QuickScan.needsExpansion(crate.file().text())) {
            return new ParseResult<>(crate, new Diagnostics());
        }
        try {
            return run(crate, cfg);
        } catch (StackOverflowError e) {
            // Very deep trees (a 5,000-term sum out of a macro): start over on a larger stack.
            try {
                return BigStack.run(() -> run(crate, cfg));
            } catch (StackOverflowError again) {
                Diagnostics diags = new Diagnostics();
                diags.add(Diagnostic.unsupported("expression nesting this deep", Span.at(0)));
                return new ParseResult<>(crate, diags);
            }
        }
    }

    private static ParseResult<Crate> run(Crate crate, Cfg cfg) {
        Diagnostics diags = new Diagnostics();
        Crate out = new Expander(crate, cfg, diags).crate(crate);
        return new ParseResult<>(out, diags);
    }
}
