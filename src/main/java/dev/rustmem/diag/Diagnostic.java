package dev.rustmem.diag;

import dev.rustmem.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One rustc-style message. The primary label says what happened at its span (further primary
 * spans, as in rustc's multispans, are drawn with carets too); secondary labels add context;
 * notes and help are printed after the snippet as {@code = note: ...}; suggestions become
 * {@code help:} sections showing the fixed code.
 */
public record Diagnostic(
        Level level,
        Optional<Code> code,
        String message,
        Label primary,
        List<Label> otherPrimary,
        List<Label> secondary,
        List<String> notes,
        Optional<String> help,
        List<Suggestion> suggestions) {

    public Diagnostic {
        Objects.requireNonNull(level);
        Objects.requireNonNull(code);
        Objects.requireNonNull(message);
        Objects.requireNonNull(primary);
        otherPrimary = List.copyOf(otherPrimary);
        secondary = List.copyOf(secondary);
        suggestions = List.copyOf(suggestions);
        notes = List.copyOf(notes);
        Objects.requireNonNull(help);
    }

    public static Diagnostic error(Code code, String message, Span span, String label) {
        return new Diagnostic(Level.ERROR, Optional.ofNullable(code), message, new Label(span, label),
                List.of(), List.of(), List.of(), Optional.empty(), List.of());
    }

    public static Diagnostic error(String message, Span span, String label) {
        return error(null, message, span, label);
    }

    /** "not supported yet" is an error without a rustc code: rustc would accept the input. */
    public static Diagnostic unsupported(String what, Span span) {
        return error(what + " is not supported by rustmem yet", span, "not supported yet");
    }

    public Span span() {
        return primary.span();
    }

    public Diagnostic withSecondary(Label label) {
        List<Label> s = new ArrayList<>(secondary);
        s.add(label);
        return new Diagnostic(level, code, message, primary, otherPrimary, s, notes, help, suggestions);
    }

    /** Another span drawn with carets, like the primary one. */
    public Diagnostic withPrimary(Label label) {
        List<Label> p = new ArrayList<>(otherPrimary);
        p.add(label);
        return new Diagnostic(level, code, message, primary, p, secondary, notes, help, suggestions);
    }

    public Diagnostic withSuggestion(Suggestion suggestion) {
        List<Suggestion> s = new ArrayList<>(suggestions);
        s.add(suggestion);
        return new Diagnostic(level, code, message, primary, otherPrimary, secondary, notes, help, s);
    }

    public Diagnostic withNote(String note) {
        List<String> n = new ArrayList<>(notes);
        n.add(note);
        return new Diagnostic(level, code, message, primary, otherPrimary, secondary, n, help, suggestions);
    }

    public Diagnostic withHelp(String text) {
        return new Diagnostic(level, code, message, primary, otherPrimary, secondary, notes, Optional.of(text),
                suggestions);
    }

    public boolean isError() {
        return level == Level.ERROR;
    }
}
