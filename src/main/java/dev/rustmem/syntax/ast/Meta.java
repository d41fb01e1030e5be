package dev.rustmem.syntax.ast;

import dev.rustmem.source.Span;
import java.util.List;

/**
 * The structured content of an attribute: {@code repr(C, align(8))}, {@code lang = "sized"},
 * {@code inline}. Attributes whose tokens are not a meta item keep their tokens in {@link Raw}.
 */
public sealed interface Meta {
    Span span();

    /** {@code inline}, {@code C}, {@code rustfmt::skip}. */
    record Word(String name, Span span) implements Meta {}

    /** {@code lang = "sized"}, {@code target_pointer_width = "64"}. */
    record NameValue(String name, Literal value, Span span) implements Meta {}

    /** {@code repr(C, packed(2))}. */
    record ListMeta(String name, List<Meta> items, Span span) implements Meta {
        public ListMeta {
            items = List.copyOf(items);
        }
    }

    /** A literal inside a list: the {@code 8} of {@code align(8)}. */
    record Lit(Literal value, Span span) implements Meta {}

    /** Anything else, e.g. {@code #[doc = concat!(..)]}: the path and the unparsed tokens after it. */
    record Raw(String name, List<TokenTree> tokens, Span span) implements Meta {
        public Raw {
            tokens = List.copyOf(tokens);
        }
    }

    default String name() {
        if (this instanceof Word w) {
            return w.name();
        } else if (this instanceof NameValue nv) {
            return nv.name();
        } else if (this instanceof ListMeta l) {
            return l.name();
        } else if (this instanceof Raw r) {
            return r.name();
        }
        return "";
    }
}
