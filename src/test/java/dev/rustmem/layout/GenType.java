package dev.rustmem.layout;

import dev.rustmem.types.Ty;

/**
 * A generated type: its Rust spelling, its {@link Ty}, and whether it transitively contains a
 * {@code repr(align)} type (such types may not go inside {@code repr(packed)} ones, E0588).
 */
record GenType(String rust, Ty ty, boolean aligned) {}
