/**
 * The layout view model: immutable records that say everything {@code rustmem layout} shows about
 * a type, and the builders that make them.
 *
 * <p>Input: a {@link dev.rustmem.types.NamedType} (or a {@link dev.rustmem.types.Ty}), the
 * {@link dev.rustmem.layout.LayoutEngine} and the {@link dev.rustmem.types.TyPrinter}.
 * {@link dev.rustmem.render.view.ViewBuilder} resolves field layouts, the enum tag and its value
 * per variant, the niche, the data/padding totals and the advice (which lays out hypothetical
 * types: declaration order, a boxed variant). {@link dev.rustmem.render.view.ReportBuilder} adds
 * the ADTs rustc would lay out on the way (for the rustc format).
 *
 * <p>Output: {@link dev.rustmem.render.view.LayoutReport} of
 * {@link dev.rustmem.render.view.TypeView}s. Invariants: rows are in memory order and cover every
 * byte of the type ({@code dataBytes + paddingBytes == size}); each enum variant's rows cover the
 * whole enum including the tag bytes it writes. For {@code --format rustc},
 * {@link dev.rustmem.render.view.ReportBuilder#rustcViews} makes lean
 * {@link dev.rustmem.render.view.RustcView}s instead: only what rustc prints, in flat arrays, read
 * from the same layouts. The renderers in {@code render.text} and {@code render.json} read only
 * these records, never the engine. View building keeps no mutable state between calls, so views
 * may be built on several threads.
 */
package dev.rustmem.render.view;
