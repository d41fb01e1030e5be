package dev.rustmem.syntax.ast;

import dev.rustmem.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * One argument in {@code <...>}. A bare identifier ({@code N}) is always parsed as a type; the
 * resolver reinterprets it as a const argument when the parameter is a const parameter.
 */
public sealed interface GenericArg {
    Span span();

    record Type(TypeExpr ty) implements GenericArg {
        public Span span() {
            return ty.span();
        }
    }

    record LifetimeArg(Lifetime lifetime) implements GenericArg {
        public Span span() {
            return lifetime.span();
        }
    }

    /** A literal, {@code -literal} or a {@code { block }}. */
    record Const(Expr value) implements GenericArg {
        public Span span() {
            return value.span();
        }
    }

    /** {@code Item = u32} (with optional generic args on the associated item). */
    record Binding(Ident name, Optional<GenericArgs> args, TypeExpr ty, Span span) implements GenericArg {}

    /** {@code Item: Clone + Send}. */
    record Constraint(Ident name, List<GenericBound> bounds, Span span) implements GenericArg {
        public Constraint {
            bounds = List.copyOf(bounds);
        }
    }
}
