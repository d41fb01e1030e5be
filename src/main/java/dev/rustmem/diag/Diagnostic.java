package dev.rustmem.diag;

import dev.rustmem.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One rustc-style message. The primary label says what happened at its span; secondary labels
 * add context; notes and help are printed after the snippet as {@code = note: ...}.
 */
public record Diagnostic(
        Level level,
        Optional<Code> code,
        String message,
        Label primary,
        List<Label> secondary,
        List<String> notes,
        Optional<String> help) {

    public Diagnostic {
        Objects.requireNonNull(level);
        Objects.requireNonNull(code);
        Objects.requireNonNull(message);
        Objects.requireNonNull(primary);
        secondary = List.copyOf(secondary);
        notes = List.copyOf(notes);
        Objects.requireNonNull(help);
    }

    public static Diagnostic error(Code code, String message, Span span, String label) {
        return new Diagnostic(Level.ERROR, Optional.ofNullable(code), message, new Label(span, label),
                List.of(), List.of(), Optional.empty());
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
        return new Diagnostic(level, code, message, primary, s, notes, help);
    }

    public Diagnostic withNote(String note) {
        List<String> n = new ArrayList<>(notes);
        n.add(note);
        return new Diagnostic(level, code, message, primary, secondary, n, help);
    }

    public Diagnostic withHelp(String text) {
        return new Diagnostic(level, code, message, primary, secondary, notes, Optional.of(text));
    }

    public boolean isError() {
        return level == Level.ERROR;
    }
}
