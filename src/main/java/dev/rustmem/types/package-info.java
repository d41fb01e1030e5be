/**
 * The semantic model: resolved, fully substituted types ({@link dev.rustmem.types.Ty}) and the
 * definitions behind them ({@link dev.rustmem.types.AdtDef}), for one user file plus the bundled
 * std under one target's {@link dev.rustmem.types.Cfg}.
 *
 * <p>Input: a parsed, macro-expanded {@code Crate}. Entry point: {@link dev.rustmem.types.TyCtxt#load},
 * which runs the pipeline of the subpackages: {@code resolve} (module tree, imports, paths),
 * {@code lower} (written types to {@code Ty}, generic arguments, const evaluation, ADT
 * definitions with repr and discriminants) and {@code collect} (walks the user crate: checks
 * every definition, reports E0072 and the field-dependent repr errors, gathers the
 * {@link dev.rustmem.types.NamedType}s {@code rustmem layout} reports). Output: the
 * {@code TyCtxt} (named types, {@code --type} resolution, definitions by printed path) and
 * diagnostics in rustc 1.95's words. {@link dev.rustmem.types.TyPrinter} spells types as
 * {@code -Zprint-type-sizes} does.
 *
 * <p>Invariants: a {@code Ty} never holds an unresolved name; {@code Ty.Param} appears only in
 * generic definitions (namedTypes skips such types); lifetimes are erased except where rustc
 * prints them (late-bound regions of fn pointers, {@code '_} arguments). User errors are
 * diagnostics, never exceptions; when {@code load} reported errors, layouts must not be asked
 * for (field types of erroneous definitions throw {@link dev.rustmem.diag.DiagnosticException}).
 * The bundled std is parsed once per JVM; everything else is per {@code TyCtxt}.
 */
package dev.rustmem.types;
