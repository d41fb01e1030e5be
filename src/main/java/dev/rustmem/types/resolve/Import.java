package dev.rustmem.types.resolve;

import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Ident;
import dev.rustmem.syntax.ast.Visibility;
import java.util.List;

/**
 * One flattened {@code use}: {@code use a::{b as c, d::*}} gives a single import of {@code a::b}
 * named {@code c} and a glob import of {@code a::d}. A {@code self} in a nested list imports the
 * prefix itself ({@code use a::b::{self}} binds {@code b}). Keyed by identity where it keys a set.
 *
 * @param segments the full path for a single import (last segment = imported name); the prefix for a glob
 * @param global   written with a leading {@code ::}
 * @param name     the bound name ({@code _} binds nothing)
 * @param selfImport the {@code self} of a nested list: only the type namespace
 */
public record Import(ModuleData owner, List<Ident> segments, boolean global, String name, boolean glob,
        boolean selfImport, Visibility.Kind vis, Span span) {
    public Import {
        segments = List.copyOf(segments);
    }

    public Span pathSpan() {
        if (segments.isEmpty()) {
            return span;
        }
        return segments.get(0).span().to(segments.get(segments.size() - 1).span());
    }
}
