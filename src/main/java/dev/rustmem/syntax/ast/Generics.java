package dev.rustmem.syntax.ast;

import dev.rustmem.source.Span;
import java.util.List;
import java.util.Optional;

/** Generic parameters and the where clause of an item. */
public record Generics(List<GenericParam> params, List<WherePredicate> where, Span span) {
    public Generics {
        params = List.copyOf(params);
        where = List.copyOf(where);
    }

    public static Generics empty(Span at) {
        return new Generics(List.of(), List.of(), at);
    }

    public boolean isEmpty() {
        return params.isEmpty();
    }

    public sealed interface GenericParam {
        Ident name();

        List<Attribute> attrs();

        Span span();
    }

    public record LifetimeParam(List<Attribute> attrs, Ident name, List<Lifetime> bounds, Span span)
            implements GenericParam {
        public LifetimeParam {
            attrs = List.copyOf(attrs);
            bounds = List.copyOf(bounds);
        }
    }

    public record TypeParam(List<Attribute> attrs, Ident name, List<GenericBound> bounds, Optional<TypeExpr> dflt,
            Span span) implements GenericParam {
        public TypeParam {
            attrs = List.copyOf(attrs);
            bounds = List.copyOf(bounds);
        }
    }

    public record ConstParam(List<Attribute> attrs, Ident name, TypeExpr ty, Optional<Expr> dflt, Span span)
            implements GenericParam {
        public ConstParam {
            attrs = List.copyOf(attrs);
        }
    }

    /** {@code T: Bound}, {@code for<'a> &'a T: Bound}, {@code 'a: 'b}. */
    public sealed interface WherePredicate {
        Span span();
    }

    public record BoundPredicate(List<Lifetime> forLifetimes, TypeExpr bounded, List<GenericBound> bounds, Span span)
            implements WherePredicate {
        public BoundPredicate {
            forLifetimes = List.copyOf(forLifetimes);
            bounds = List.copyOf(bounds);
        }
    }

    public record RegionPredicate(Lifetime lifetime, List<Lifetime> bounds, Span span) implements WherePredicate {
        public RegionPredicate {
            bounds = List.copyOf(bounds);
        }
    }
}
