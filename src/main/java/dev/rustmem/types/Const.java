package dev.rustmem.types;

import java.math.BigInteger;

/** A const generic argument: an evaluated value, or a const parameter of a generic definition. */
public sealed interface Const extends GenericArg {
    record Value(BigInteger value, Ty ty) implements Const {}

    record Param(String name, int index) implements Const {}
}
