package dev.rustmem.syntax.ast;

import dev.rustmem.source.Span;
import java.util.List;

/** A bound: {@code Clone}, {@code ?Sized}, {@code for<'a> Fn(&'a u8)}, {@code 'a}, {@code use<'a, T>}. */
public sealed interface GenericBound {
    Span span();

    enum Modifier { NONE, MAYBE, CONST, MAYBE_CONST, NEGATIVE }

    /** @param modifier {@code ?} for {@code ?Sized}, {@code ~const}, {@code const}, {@code !} */
    record Trait(Modifier modifier, List<Lifetime> forLifetimes, Path path, Span span) implements GenericBound {
        public Trait {
            forLifetimes = List.copyOf(forLifetimes);
        }

        public boolean isMaybeSized() {
            return modifier == Modifier.MAYBE && path.plain().endsWith("Sized");
        }
    }

    record Outlives(Lifetime lifetime) implements GenericBound {
        public Span span() {
            return lifetime.span();
        }
    }

    /** Precise capturing {@code use<'a, T>} in {@code impl Trait}. */
    record Use(List<Ident> args, Span span) implements GenericBound {
        public Use {
            args = List.copyOf(args);
        }
    }
}
