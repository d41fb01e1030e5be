package dev.rustmem.types;

/** A resolved generic argument: a type or a const value (lifetimes are erased). */
public sealed interface GenericArg permits Ty, Const {}
