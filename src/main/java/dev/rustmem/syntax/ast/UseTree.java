package dev.rustmem.syntax.ast;

import dev.rustmem.source.Span;
import java.util.List;
import java.util.Optional;

/** {@code a::b::{c, d as e, f::*}}. */
public sealed interface UseTree {
    Span span();

    /** {@code prefix} or {@code prefix as rename} ({@code as _} gives rename "_"). */
    record Simple(Path prefix, Optional<Ident> rename, Span span) implements UseTree {}

    /** {@code prefix::*}. */
    record Glob(Path prefix, Span span) implements UseTree {}

    /** {@code prefix::{a, b}}; prefix may be empty for {@code {a, b}} / {@code ::{a}}. */
    record Nested(Path prefix, List<UseTree> trees, Span span) implements UseTree {
        public Nested {
            trees = List.copyOf(trees);
        }
    }
}
