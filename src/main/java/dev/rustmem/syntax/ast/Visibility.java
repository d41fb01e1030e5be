package dev.rustmem.syntax.ast;

import dev.rustmem.source.Span;
import java.util.Optional;

/** {@code pub}, {@code pub(crate)}, {@code pub(in path)}, or inherited (private, empty span). */
public record Visibility(Kind kind, Optional<Path> path, Span span) {
    public enum Kind { INHERITED, PUBLIC, CRATE, SUPER, SELF, IN_PATH }

    public static Visibility inherited(Span at) {
        return new Visibility(Kind.INHERITED, Optional.empty(), at);
    }
}
