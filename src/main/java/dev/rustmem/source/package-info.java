/**
 * Source text and positions. A {@link dev.rustmem.source.Span} is a half-open char range into one
 * {@link dev.rustmem.source.SourceFile}; every token, AST node and diagnostic carries one. Line and
 * column are computed lazily by {@link dev.rustmem.source.LineIndex}, only when rendering.
 * Line endings are normalised to {@code \n} on load.
 */
package dev.rustmem.source;
