package dev.rustmem.syntax.parse;

import dev.rustmem.diag.Diagnostics;

/** A parse's value (possibly partial after recovery) and what went wrong. */
public record ParseResult<T>(T value, Diagnostics diagnostics) {
    public boolean ok() {
        return !diagnostics.hasErrors();
    }
}
