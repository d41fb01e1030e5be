package dev.rustmem.syntax.expand;

import dev.rustmem.diag.Diagnostics;

/**
 * Stops matching a macro invocation because a fragment failed to parse: rustc does not try the
 * remaining rules then. Stackless control flow, caught by the expander, never user-visible.
 */
final class MatchAbort extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Diagnostics diagnostics;

    MatchAbort(Diagnostics diagnostics) {
        super(null, null, false, false);
        this.diagnostics = diagnostics;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }
}
