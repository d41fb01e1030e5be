package dev.rustmem.render.view;

import dev.rustmem.layout.Primitive;

/** Spellings of machine-level scalars in rustc's vocabulary ({@code u8}, {@code i32}, {@code ptr}). */
final class Scalars {
    private Scalars() {}

    static String spell(Primitive p) {
        if (p instanceof Primitive.Int i) {
            return (i.signed() ? "i" : "u") + i.width().bits();
        }
        if (p instanceof Primitive.Float f) {
            return f.fty().spelling();
        }
        if (p instanceof Primitive.Pointer) {
            return "ptr";
        }
        throw new AssertionError(p);
    }
}
