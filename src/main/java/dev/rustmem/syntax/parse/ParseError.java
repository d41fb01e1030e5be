package dev.rustmem.syntax.parse;

/**
 * Unwinds the parser to the nearest recovery point (item or statement) after a diagnostic has
 * been recorded. Stackless control flow, never seen outside this package.
 */
final class ParseError extends RuntimeException {
    ParseError() {
        super("parse error", null, false, false);
    }
}
