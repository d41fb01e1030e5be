/**
 * Name resolution (rustc_resolve, reduced): {@link dev.rustmem.types.resolve.DefCollector}
 * builds one {@link dev.rustmem.types.resolve.ModuleData} per module and per block with items,
 * applying {@code #[cfg]}; {@link dev.rustmem.types.resolve.Resolver} looks names up through
 * items, single imports, glob imports (lazily, cached, cycle-safe, linear even when modules
 * glob-import each other), the extern prelude ({@code std}, {@code core}, {@code alloc}), the
 * std prelude and the built-in types, and resolves paths ({@code crate::}, {@code self::},
 * {@code super::}, {@code ::krate}) to a {@link dev.rustmem.types.resolve.Def}.
 * {@link dev.rustmem.types.resolve.ResolveErrors} words the failures as rustc 1.95 does (E0425,
 * E0433, E0432). {@link dev.rustmem.types.resolve.StdLibrary} holds the parsed std sources.
 *
 * <p>Invariants: a crate's module tree is complete before any lookup; block modules are added
 * while bodies are walked, before anything in the block is resolved. Defs are identity objects.
 */
package dev.rustmem.types.resolve;
