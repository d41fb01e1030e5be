/**
 * Text renderers of a {@link dev.rustmem.render.view.LayoutReport}: pure functions from the view
 * model to a {@code String} ({@code \n} line endings, no locale, deterministic).
 *
 * <p>{@link dev.rustmem.render.text.TableRenderer} is the default JOL-like table (every byte,
 * padding rows, tag, variants, niche, totals, advice);
 * {@link dev.rustmem.render.text.RustcRenderer} reproduces rustc 1.95's
 * {@code -Zprint-type-sizes} lines byte for byte.
 */
package dev.rustmem.render.text;
