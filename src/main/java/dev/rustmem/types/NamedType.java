package dev.rustmem.types;

import dev.rustmem.source.Span;

/**
 * A type that `rustmem layout` reports: a non-generic definition, a type alias, a concrete
 * instantiation written somewhere in the file, or a {@code --type} argument.
 *
 * @param label how the user wrote or named it (alias name, item name, or the type text)
 * @param span  where (in the user's file, or in the {@code --type} text)
 */
public record NamedType(Ty ty, Origin origin, String label, Span span) {
    public enum Origin { DEFINITION, ALIAS, INSTANTIATION, REQUESTED }
}
