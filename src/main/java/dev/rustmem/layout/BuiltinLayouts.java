package dev.rustmem.layout;

import dev.rustmem.types.Ty;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * Layouts of built-in types (rustc_ty_utils' {@code layout_of_uncached} for scalars, pointers,
 * arrays, slices, {@code str} and {@code dyn}); element layouts are passed in by the engine.
 */
final class BuiltinLayouts {
    private final TargetDataLayout dl;

    BuiltinLayouts(TargetDataLayout dl) {
        this.dl = dl;
    }

    /** bool (0..=1), char (0..=0x10FFFF), integers, floats, fn pointers (non-null); null for others. */
    Layout scalar(Ty ty) {
        if (ty instanceof Ty.Bool) {
            return Scalars.scalarLayout(dl, Scalars.withRange(new Primitive.Int(IntWidth.I8, false), 0, BigInteger.ONE));
        }
        if (ty instanceof Ty.Char) {
            return Scalars.scalarLayout(dl, Scalars.withRange(new Primitive.Int(IntWidth.I32, false), 0,
                    BigInteger.valueOf(0x10FFFF)));
        }
        if (ty instanceof Ty.Int i) {
            return integer(i.ity().fixedBytes(), true);
        }
        if (ty instanceof Ty.Uint u) {
            return integer(u.uty().fixedBytes(), false);
        }
        if (ty instanceof Ty.Float f) {
            return Scalars.scalarLayout(dl, Scalars.full(new Primitive.Float(f.fty()), dl));
        }
        if (ty instanceof Ty.FnPtr) {
            return Scalars.scalarLayout(dl, Scalars.fnPointer(dl));
        }
        return null;
    }

    /** @param bytes the width, or 0 for isize/usize */
    private Layout integer(int bytes, boolean signed) {
        IntWidth w = bytes == 0 ? dl.pointerWidth() : IntWidth.ofBytes(bytes);
        return Scalars.scalarLayout(dl, Scalars.full(new Primitive.Int(w, signed), dl));
    }

    /** Thin pointers are one scalar; pointers to unsized types add metadata (length or vtable). */
    Layout pointer(Ty ty, Ty pointee, boolean nonNull) {
        Scalar.Initialized data = nonNull ? Scalars.nonNullPointer(dl) : Scalars.full(new Primitive.Pointer(), dl);
        Ty tail = structTail(ty, pointee);
        if (tail instanceof Ty.Slice || tail instanceof Ty.Str) {
            Primitive usize = new Primitive.Int(dl.pointerWidth(), false);
            return Scalars.scalarPair(dl, data, Scalars.full(usize, dl));
        }
        if (tail instanceof Ty.Dynamic) {
            // The vtable pointer is never null, even in raw pointers: `*const dyn Tr` has its niche there.
            return Scalars.scalarPair(dl, data, Scalars.nonNullPointer(dl));
        }
        if (tail instanceof Ty.Param p && p.maybeUnsized()) {
            // `&T` with `T: ?Sized` may be thin or fat; with `T: Sized` it is thin (as in rustc).
            throw new LayoutException(new LayoutError.NotConcrete(ty));
        }
        return Scalars.scalarLayout(dl, data);
    }

    /** rustc's {@code struct_tail}: the last field of structs and tuples, repeatedly. */
    private static Ty structTail(Ty owner, Ty ty) {
        for (int i = 0; i < LayoutEngine.MAX_DEPTH; i++) {
            if (ty instanceof Ty.Adt a && a.def().isStruct() && !a.def().variants().isEmpty()
                    && !a.def().variants().get(0).fields().isEmpty()) {
                List<Ty> fields = a.fieldTys(0);
                ty = fields.get(fields.size() - 1);
            } else if (ty instanceof Ty.Tuple t && !t.elems().isEmpty()) {
                ty = t.elems().get(t.elems().size() - 1);
            } else {
                return ty;
            }
        }
        throw new LayoutException(new LayoutError.Recursive(owner));
    }

    /** {@code [T; n]}: n elements every size(T) bytes; {@code [T; 0]} keeps no niche and is inhabited. */
    Layout array(Ty ty, Layout elem, long count) {
        if (!elem.isSized()) {
            throw new LayoutException(new LayoutError.Unsupported(ty, "an array of unsized elements"));
        }
        long size;
        try {
            size = Math.multiplyExact(elem.size(), count);
        } catch (ArithmeticException e) {
            throw new LayoutException(new LayoutError.SizeOverflow(ty));
        }
        if (count < 0 || size >= dl.objSizeBound()) {
            throw new LayoutException(new LayoutError.SizeOverflow(ty));
        }
        return new Layout(size, elem.align(), elem.align(), new FieldsShape.Array(elem.size(), count),
                new Variants.Single(0), count != 0 ? elem.largestNiche() : Optional.empty(),
                new BackendRepr.Memory(true), count != 0 && elem.uninhabited());
    }

    /** {@code [T]} and {@code str}: size 0 as a type, unsized, aligned like the element. */
    static Layout unsizedArray(Layout elem) {
        return new Layout(0, elem.align(), elem.align(), new FieldsShape.Array(elem.size(), 0), new Variants.Single(0),
                Optional.empty(), new BackendRepr.Memory(false), false);
    }

    /** {@code dyn Trait}: an unsized aggregate without fields. */
    static Layout dynamic() {
        return new Layout(0, 1, 1, new FieldsShape.Arbitrary(List.of(), List.of()), new Variants.Single(0),
                Optional.empty(), new BackendRepr.Memory(false), false);
    }
}
