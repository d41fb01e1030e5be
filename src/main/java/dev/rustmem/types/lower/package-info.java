/**
 * Lowering from syntax to the semantic model (rustc_hir_analysis, reduced).
 * {@link dev.rustmem.types.lower.LoweringCtxt} owns the per-{@code TyCtxt} state: the
 * {@code AdtDef} of every struct/enum/union (built on first use by {@code AdtBuilder}: params,
 * {@code ReprParser}, {@code Discriminants}, lang items, valid ranges, and the field-type
 * function), const evaluation ({@link dev.rustmem.types.lower.ConstEval}: exact integer math
 * checked per type, E0080) and associated type projections ({@code Projections}).
 * {@code TypeLowering} turns a {@code TypeExpr} into a {@code Ty} in an
 * {@link dev.rustmem.types.lower.Env} (scope, generic arguments, {@code Self}): paths, generic
 * arguments with defaults and E0107, aliases, arrays, fn pointers, trait objects.
 *
 * <p>Invariants: lowering reports every error of a type once and then yields nothing for it;
 * {@code _} and {@code impl Trait} yield nothing without an error (except for {@code --type});
 * array lengths that depend on a const parameter are -1 and only occur in generic definitions.
 */
package dev.rustmem.types.lower;
