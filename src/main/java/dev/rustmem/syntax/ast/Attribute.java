package dev.rustmem.syntax.ast;

import dev.rustmem.source.Span;
import java.util.List;
import java.util.Optional;

/** {@code #[meta]} (outer) or {@code #![meta]} (inner). Doc comments become {@code doc = "..."} attributes. */
public record Attribute(boolean inner, Meta meta, Span span) {
    public String name() {
        return meta.name();
    }

    /** First attribute with this name. */
    public static Optional<Attribute> find(List<Attribute> attrs, String name) {
        for (Attribute a : attrs) {
            if (a.name().equals(name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
