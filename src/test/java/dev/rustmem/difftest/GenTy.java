package dev.rustmem.difftest;

/**
 * One Rust type known to the generator: how the generated file spells it ({@code src}), how
 * rustc's {@code -Zprint-type-sizes} prints it ({@code printed}: regions erased, std paths in
 * their canonical spelling, aliases expanded), and the properties the generator needs to keep
 * the file valid.
 *
 * @param adt        a struct/enum/union, so rustc prints a block for it
 * @param copy       allowed as a union field (rustc E0740: Copy, a reference or ManuallyDrop)
 * @param aligned    contains a {@code #[repr(align)]} type inline, so it may not sit in a packed
 *                   type (rustc E0588)
 * @param zst1       a 1-ZST (size 0, align 1): allowed next to the field of a transparent type
 * @param estSize    a rough upper bound of the size in bytes, used to keep files small
 * @param parts      the types this one is built from (generic arguments, element types), so that
 *                   every ADT a file names can be found
 */
record GenTy(String src, String printed, boolean adt, boolean copy, boolean aligned, boolean zst1,
             int estSize, java.util.List<GenTy> parts) {

    GenTy(String src, String printed, boolean adt, boolean copy, boolean aligned, boolean zst1, int estSize) {
        this(src, printed, adt, copy, aligned, zst1, estSize, java.util.List.of());
    }

    GenTy withParts(GenTy... ps) {
        return new GenTy(src, printed, adt, copy, aligned, zst1, estSize, java.util.List.of(ps));
    }

    /** The estimate of huge types (arrays of 2^40 bytes); sums saturate at it. */
    static final int HUGE = 1 << 29;

    static int addEst(int a, int b) {
        return (int) Math.min(HUGE, (long) a + b);
    }

    /** A non-ADT leaf spelled the same way in source and by rustc. */
    static GenTy prim(String name, int size, boolean copy) {
        return new GenTy(name, name, false, copy, false, false, size);
    }

    GenTy withSrc(String newSrc) {
        return new GenTy(newSrc, printed, adt, copy, aligned, zst1, estSize, parts);
    }
}
