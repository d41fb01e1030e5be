package dev.rustmem.syntax.ast;

import dev.rustmem.source.Span;
import java.util.List;
import java.util.Optional;

/** {@code <u8, 'a, 3, Item = u32>} or the parenthesized sugar {@code Fn(u32) -> u8}. */
public sealed interface GenericArgs {
    Span span();

    record AngleBracketed(List<GenericArg> args, Span span) implements GenericArgs {
        public AngleBracketed {
            args = List.copyOf(args);
        }
    }

    record Parenthesized(List<TypeExpr> inputs, Optional<TypeExpr> output, Span span) implements GenericArgs {
        public Parenthesized {
            inputs = List.copyOf(inputs);
        }
    }
}
