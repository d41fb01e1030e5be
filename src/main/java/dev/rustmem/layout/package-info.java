/**
 * Memory layouts exactly as rustc 1.95 computes them, for seven targets.
 *
 * <p><b>Input:</b> a concrete {@link dev.rustmem.types.Ty} (ADT field types come from
 * {@code Ty.Adt.fieldTys}) and a {@link dev.rustmem.layout.TargetDataLayout}.
 * <b>Output:</b> an immutable {@link dev.rustmem.layout.Layout} from
 * {@link dev.rustmem.layout.LayoutEngine#layoutOf} (size, alignment, {@code FieldsShape} with
 * offsets and memory order, {@code Variants} with tag and encoding, largest {@code Niche},
 * {@code BackendRepr}), or a {@link dev.rustmem.layout.LayoutError} value carried by a
 * {@link dev.rustmem.layout.LayoutException}.
 *
 * <p><b>Pipeline</b> (mirrors rustc_abi's {@code layout.rs} and rustc_ty_utils' {@code layout_of}):
 * <ul>
 *   <li>{@code LayoutEngine}: dispatch per type, cache, recursion and depth limits; primitives,
 *       pointers (thin/fat, niche rules), arrays, slices;
 *   <li>{@code Univariant} + {@code FieldKeys}: field reordering (alignment groups, niche bias),
 *       placement, the start- vs end-biased choice, Scalar/ScalarPair ABI;
 *   <li>{@code StructLayout}: UnsafeCell niche hiding and {@code rustc_layout_scalar_valid_range};
 *   <li>{@code UnionLayout};
 *   <li>{@code EnumLayout}: absent variants, single-variant enums, then {@code TaggedLayout}
 *       (with {@code ReprDiscr}, tag growth, {@code TagRange}, {@code TaggedAbi}) and
 *       {@code NicheFilling} (with {@code NicheReserve}), and the choice between them.
 * </ul>
 *
 * <p><b>Invariants:</b> layouts never change once computed; the engine is deterministic, holds no
 * static mutable state, and may be shared by threads (one engine per target). Where 1.95 differs
 * from newer rustc (tag valid ranges, niche-variant counting) the 1.95 behaviour is implemented and
 * the comment says so. Every rule is checked against rustc's own answers in the tests
 * ({@code OracleRecordedTest}, {@code TagRangeTest}).
 */
package dev.rustmem.layout;
