package dev.rustmem.diag;

import dev.rustmem.source.Span;
import java.util.List;

/**
 * A fix rustc would suggest: a message and the edits that apply it, rendered as a {@code help:}
 * section showing the edited lines ({@code +} under inserted text on one line, {@code ~} in the
 * gutter when several lines change).
 */
public record Suggestion(String message, List<Edit> edits) {
    public Suggestion {
        edits = List.copyOf(edits);
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a suggestion needs an edit");
        }
    }

    /** Replace the text of {@code span} (empty for an insertion) with {@code replacement}. */
    public record Edit(Span span, String replacement) {
        public static Edit insert(int at, String text) {
            return new Edit(Span.at(at), text);
        }
    }
}
