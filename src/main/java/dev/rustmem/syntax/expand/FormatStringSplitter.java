package dev.rustmem.syntax.expand;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a decoded format string into literal text and placeholders, as rustc's
 * {@code rustc_parse_format}: {@code {{}} and {@code }}} are escapes, {@code {arg:spec}} a
 * placeholder. Spans point into the literal's source through {@link StrLit#offsets()}.
 */
final class FormatStringSplitter {
    sealed interface Part {}

    record TextPart(String text) implements Part {}

    /** @param argSpan the span of the argument name inside the string (for implicit captures) */
    record RawPlaceholder(Optional<String> argument, String specText, FormatSpecParser.RawSpec spec, Span span,
            Span argSpan) implements Part {}

    private final StrLit lit;
    private final String s;
    private final Diagnostics diags;

    FormatStringSplitter(StrLit lit, Diagnostics diags) {
        this.lit = lit;
        this.s = lit.value();
        this.diags = diags;
    }

    List<Part> split() {
        List<Part> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < s.length() && s.charAt(i + 1) == c) {
                text.append(c);
                i += 2;
            } else if (c == '}') {
                diags.add(Diagnostic.error("invalid format string: unmatched `}` found", span(i, i + 1),
                        "unmatched `}` in format string")
                        .withNote("if you intended to print `}`, you can escape it using `}}`"));
                i++;
            } else if (c == '{') {
                if (text.length() > 0) {
                    out.add(new TextPart(text.toString()));
                    text.setLength(0);
                }
                i = placeholder(i, out);
            } else {
                text.append(c);
                i++;
            }
        }
        if (text.length() > 0) {
            out.add(new TextPart(text.toString()));
        }
        return out;
    }

    /** Parses the placeholder opening at {@code open}; returns the index after its {@code }}. */
    private int placeholder(int open, List<Part> out) {
        int close = s.indexOf('}', open + 1);
        if (close < 0) {
            diags.add(Diagnostic.error("invalid format string: expected `}` but string was terminated",
                    span(s.length(), s.length()), "expected `}` in format string")
                    .withNote("if you intended to print `{`, you can escape it using `{{`"));
            return s.length();
        }
        String inner = s.substring(open + 1, close);
        int colon = inner.indexOf(':');
        String arg = (colon < 0 ? inner : inner.substring(0, colon)).strip();
        String spec = colon < 0 ? "" : inner.substring(colon + 1);
        Span whole = span(open, close + 1);
        if (!arg.isEmpty() && !FormatSpecParser.allDigits(arg) && !isIdent(arg)) {
            diags.add(Diagnostic.error("invalid format string: invalid argument name `" + arg + "`", whole,
                    "invalid argument name in format string"));
            return close + 1;
        }
        Optional<FormatSpecParser.RawSpec> parsed = FormatSpecParser.parse(spec);
        if (parsed.isEmpty()) {
            diags.add(Diagnostic.error("invalid format string: unknown format spec `" + spec + "`", whole,
                    "invalid format specification"));
            return close + 1;
        }
        int argStart = open + 1 + inner.indexOf(arg.isEmpty() ? "" : arg);
        out.add(new RawPlaceholder(arg.isEmpty() ? Optional.empty() : Optional.of(arg), spec, parsed.get(), whole,
                span(argStart, argStart + arg.length())));
        return close + 1;
    }

    private static boolean isIdent(String a) {
        if (!(Character.isLetter(a.charAt(0)) || a.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < a.length(); i++) {
            if (!Character.isLetterOrDigit(a.charAt(i)) && a.charAt(i) != '_') {
                return false;
            }
        }
        return true;
    }

    private Span span(int from, int to) {
        int start = lit.offset(from);
        int end = to > from ? lit.offset(to - 1) + 1 : start;
        return new Span(start, Math.max(start, end));
    }
}
