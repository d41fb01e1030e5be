package dev.rustmem.syntax.ast;

import dev.rustmem.source.Span;
import java.util.Optional;

public record PathSegment(Ident name, Optional<GenericArgs> args, Span span) {
    public static PathSegment of(Ident name) {
        return new PathSegment(name, Optional.empty(), name.span());
    }
}
