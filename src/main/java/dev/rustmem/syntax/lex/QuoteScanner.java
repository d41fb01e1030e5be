package dev.rustmem.syntax.lex;

import dev.rustmem.diag.Code;
import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.Span;

/**
 * Finds where quoted literals end and reports unterminated ones with rustc's codes and wording
 * (E0765, E0766, E0762, E0763, E0748). Escapes are only skipped here; {@link LiteralDecoder}
 * validates and decodes them.
 */
final class QuoteScanner {
    private final String src;
    private final Diagnostics diags;

    QuoteScanner(String src, Diagnostics diags) {
        this.src = src;
        this.diags = diags;
    }

    /** A {@code "..."} string whose opening quote is at {@code quote}; returns the end offset. */
    int string(int start, int quote, Code code, String message) {
        int i = quote + 1;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            i += c == '\\' ? 2 : 1;
        }
        diags.add(Diagnostic.error(code, message, new Span(start, src.length()), ""));
        return src.length();
    }

    /** A {@code 'x'} char (or byte) literal whose opening quote is at {@code quote}. */
    int charLit(int start, int quote, Code code, String message) {
        int i = quote + 1;
        if (i < src.length() && src.charAt(i) == '\'') {
            diags.add(Diagnostic.error("empty character literal", new Span(start, i + 1), "empty character literal"));
            return i + 1;
        }
        // A char literal is one (possibly escaped) code point; scan to the closing quote on this line.
        int limit = src.indexOf('\n', i);
        limit = limit < 0 ? src.length() : limit;
        while (i < limit) {
            char c = src.charAt(i);
            if (c == '\'') {
                return i + 1;
            }
            i += c == '\\' ? 2 : 1;
        }
        diags.add(Diagnostic.error(code, message, new Span(start, Math.min(limit, src.length())), ""));
        return Math.min(limit, src.length());
    }

    /** {@code r#"..."#} with the hashes starting at {@code hashes}. */
    int raw(int start, int hashes) {
        int n = 0;
        int i = hashes;
        while (src.charAt(i) == '#') {
            n++;
            i++;
        }
        i++; // the opening quote, checked by the caller
        String close = "\"" + "#".repeat(n);
        int end = src.indexOf(close, i);
        if (end < 0) {
            diags.add(Diagnostic.error(Code.E0748, "unterminated raw string", new Span(start, start + 1),
                    "unterminated raw string").withNote("this raw string should be terminated with `" + close + "`"));
            return src.length();
        }
        if (n > 255) {
            diags.add(Diagnostic.error("too many `#` symbols: raw strings may be delimited by up to 255 `#` symbols, but found " + n,
                    new Span(start, i), ""));
        }
        return end + close.length();
    }
}
