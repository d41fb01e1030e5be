/**
 * Passes over the user crate after name collection: {@link dev.rustmem.types.collect.CrateWalker}
 * (with {@code BodyWalker} for function bodies) checks every definition and written type in
 * source order and feeds {@link dev.rustmem.types.collect.NamedTypesBuilder};
 * {@link dev.rustmem.types.collect.ImportCheck} reports unresolved imports (E0432);
 * {@link dev.rustmem.types.collect.Representability} finds recursive types without indirection
 * (E0072) as rustc's representability query does; {@link dev.rustmem.types.collect.ReprChecks}
 * reports the repr errors that need field types (E0588, E0690, E0731).
 */
package dev.rustmem.types.collect;
