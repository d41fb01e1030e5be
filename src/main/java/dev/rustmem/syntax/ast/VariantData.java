package dev.rustmem.syntax.ast;

import dev.rustmem.source.Span;
import java.util.List;

/** The body shape of a struct or enum variant: {@code { a: T }}, {@code (T)}, or nothing. */
public sealed interface VariantData {
    List<FieldDecl> fields();

    record Named(List<FieldDecl> fields, Span span) implements VariantData {
        public Named {
            fields = List.copyOf(fields);
        }
    }

    record Tuple(List<FieldDecl> fields, Span span) implements VariantData {
        public Tuple {
            fields = List.copyOf(fields);
        }
    }

    record Unit() implements VariantData {
        public List<FieldDecl> fields() {
            return List.of();
        }
    }
}
