package dev.rustmem.types;

/** How a struct or variant is written: {@code S { a }}, {@code S(a)}, or {@code S}. */
public enum CtorKind { NAMED, TUPLE, UNIT }
