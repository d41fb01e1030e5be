/**
 * Text renderers of a {@link dev.rustmem.render.view.LayoutReport}: pure functions from the view
 * model to text ({@code \n} line endings, no locale, deterministic).
 *
 * <p>{@link dev.rustmem.render.text.TableRenderer} is the default JOL-like table (every byte,
 * padding rows, tag, variants, niche, totals, advice);
 * {@link dev.rustmem.render.text.RustcRenderer} reproduces rustc 1.95's
 * {@code -Zprint-type-sizes} lines byte for byte, from lean
 * {@link dev.rustmem.render.view.RustcView}s, as UTF-8 bytes written to a stream (megabytes for a
 * large file), or as a {@code String} from a report's full views.
 */
package dev.rustmem.render.text;
