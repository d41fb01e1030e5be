package dev.rustmem.diag;

import dev.rustmem.source.Span;
import java.util.Objects;

/** A span with the message printed under it; the message may be empty (a bare caret). */
public record Label(Span span, String message) {
    public Label {
        Objects.requireNonNull(span);
        Objects.requireNonNull(message);
    }

    public static Label of(Span span) {
        return new Label(span, "");
    }
}
