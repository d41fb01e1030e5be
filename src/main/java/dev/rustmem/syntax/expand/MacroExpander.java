package dev.rustmem.syntax.expand;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.parse.ParseResult;
import dev.rustmem.types.Cfg;
import java.util.function.Supplier;

/** The macro expansion pass: see the package documentation for what it does and does not support. */
public final class MacroExpander {
    private MacroExpander() {}

    /**
     * Expands every macro invocation in the crate; cfg-stripping uses {@code cfg}. Never throws
     * for user errors: they are in the result's diagnostics, and an invocation that could not be
     * expanded stays in the tree as it was.
     */
    public static ParseResult<Crate> expand(Crate crate, Cfg cfg) {
        if (!QuickScan.needsExpansion(crate.file().chars())) {
            return new ParseResult<>(crate, new Diagnostics());
        }
        try {
            return run(crate, cfg);
        } catch (StackOverflowError e) {
            // Very deep trees (a 5,000-term sum out of a macro): start over on a larger stack.
            try {
                return BigStack.run(new Run(crate, cfg));
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

    /** {@link #run} for {@link BigStack} (not a lambda: its bootstrap would cost a cold run). */
    private static final class Run implements Supplier<ParseResult<Crate>> {
        private final Crate crate;
        private final Cfg cfg;

        Run(Crate crate, Cfg cfg) {
            this.crate = crate;
            this.cfg = cfg;
        }

        @Override
        public ParseResult<Crate> get() {
            return run(crate, cfg);
        }
    }
}
