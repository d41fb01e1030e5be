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
 * @param localStart the first segment written in this import's own use tree (after a nested list's prefix)
 */
public record Import(ModuleData owner, List<Ident> segments, boolean global, String name, boolean glob,
        boolean selfImport, Visibility.Kind vis, Span span, int localStart) {
    public Import {
        segments = List.copyOf(segments);
    }

    /** The path as written in this import's use tree, up to segment {@code upTo} (for E0432). */
    public Span writtenSpan(int upTo) {
        int from = upTo < localStart ? 0 : Math.min(localStart, segments.size() - 1);
        return segments.get(from).span().to(segments.get(upTo).span());
    }
}
