package dev.rustmem.layout;

import dev.rustmem.types.FloatTy;
import dev.rustmem.types.IntTy;
import dev.rustmem.types.Ty;
import dev.rustmem.types.UintTy;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * Layouts of built-in types (rustc_ty_utils' {@code layout_of_uncached} for scalars, pointers,
 * arrays, slices, {@code str} and {@code dyn}); element layouts are passed in by the engine.
 *
 * <p>Scalars, {@code !}, {@code str}, {@code dyn} and pointers have one of a few layouts per
 * target: those are made once here and shared, so the engine answers them without a cache
 * lookup (they are about a fifth of all field types).
 */
final class BuiltinLayouts {
    private final TargetDataLayout dl;
    private final Layout bool;
    private final Layout charLayout;
    private final Layout[] ints = new Layout[IntTy.values().length];
    private final Layout[] uints = new Layout[UintTy.values().length];
    private final Layout[] floats = new Layout[FloatTy.values().length];
    private final Layout fnPtr;
    private final Layout never;
    private final Layout str;
    private final Layout dynamic;
    /** Pointers by [nonNull ? 1 : 0][THIN, SLICE, DYN]. */
    private final Layout[][] pointers = new Layout[2][3];
    private static final int THIN = 0;
    private static final int SLICE = 1;
    private static final int DYN = 2;

    BuiltinLayouts(TargetDataLayout dl) {
        this.dl = dl;
        bool = Scalars.scalarLayout(dl, Scalars.withRange(new Primitive.Int(IntWidth.I8, false), 0, BigInteger.ONE));
        charLayout = Scalars.scalarLayout(dl, Scalars.withRange(new Primitive.Int(IntWidth.I32, false), 0,
                BigInteger.valueOf(0x10FFFF)));
        for (IntTy t : IntTy.values()) {
            ints[t.ordinal()] = integer(t.fixedBytes(), true);
        }
        for (UintTy t : UintTy.values()) {
            uints[t.ordinal()] = integer(t.fixedBytes(), false);
        }
        for (FloatTy t : FloatTy.values()) {
            floats[t.ordinal()] = Scalars.scalarLayout(dl, Scalars.full(new Primitive.Float(t), dl));
        }
        fnPtr = Scalars.scalarLayout(dl, Scalars.fnPointer(dl));
        never = LayoutEngine.never(dl);
        str = unsizedArray(uints[UintTy.U8.ordinal()]);
        dynamic = new Layout(0, 1, 1, new FieldsShape.Arbitrary(List.of(), List.of()), new Variants.Single(0),
                Optional.empty(), new BackendRepr.Memory(false), false);
        for (int nonNull = 0; nonNull < 2; nonNull++) {
            Scalar.Initialized data = nonNull == 1 ? Scalars.nonNullPointer(dl) : Scalars.full(new Primitive.Pointer(), dl);
            Primitive usize = new Primitive.Int(dl.pointerWidth(), false);
            pointers[nonNull][THIN] = Scalars.scalarLayout(dl, data);
            pointers[nonNull][SLICE] = Scalars.scalarPair(dl, data, Scalars.full(usize, dl));
            // The vtable pointer is never null, even in raw pointers: `*const dyn Tr` has its niche there.
            pointers[nonNull][DYN] = Scalars.scalarPair(dl, data, Scalars.nonNullPointer(dl));
        }
    }

    /**
     * The layout of a scalar, {@code !}, {@code str}, {@code dyn} or pointer type (shared, never
     * cached by the engine); null for other types.
     */
    Layout shared(Ty ty) {
        if (ty instanceof Ty.Adt || ty instanceof Ty.Tuple || ty instanceof Ty.Array) {
            return null; // the common aggregates, answered first
        }
        if (ty instanceof Ty.Uint u) {
            return uints[u.uty().ordinal()];
        }
        if (ty instanceof Ty.Int i) {
            return ints[i.ity().ordinal()];
        }
        if (ty instanceof Ty.Bool) {
            return bool;
        }
        if (ty instanceof Ty.Char) {
            return charLayout;
        }
        if (ty instanceof Ty.Float f) {
            return floats[f.fty().ordinal()];
        }
        if (ty instanceof Ty.Ref r) {
            return pointer(ty, r.pointee(), true);
        }
        if (ty instanceof Ty.RawPtr p) {
            return pointer(ty, p.pointee(), false);
        }
        if (ty instanceof Ty.FnPtr) {
            return fnPtr;
        }
        if (ty instanceof Ty.Never) {
            return never;
        }
        if (ty instanceof Ty.Str) {
            return str;
        }
        if (ty instanceof Ty.Dynamic) {
            return dynamic;
        }
        return null;
    }

    /** @param bytes the width, or 0 for isize/usize */
    private Layout integer(int bytes, boolean signed) {
        IntWidth w = bytes == 0 ? dl.pointerWidth() : IntWidth.ofBytes(bytes);
        return Scalars.scalarLayout(dl, Scalars.full(new Primitive.Int(w, signed), dl));
    }

    /** Thin pointers are one scalar; pointers to unsized types add metadata (length or vtable). */
    private Layout pointer(Ty ty, Ty pointee, boolean nonNull) {
        Layout[] kinds = pointers[nonNull ? 1 : 0];
        Ty tail = structTail(ty, pointee);
        if (tail instanceof Ty.Slice || tail instanceof Ty.Str) {
            return kinds[SLICE];
        }
        if (tail instanceof Ty.Dynamic) {
            return kinds[DYN];
        }
        if (tail instanceof Ty.Param p && p.maybeUnsized()) {
            // `&T` with `T: ?Sized` may be thin or fat; with `T: Sized` it is thin (as in rustc).
            throw new LayoutException(new LayoutError.NotConcrete(ty));
        }
        return kinds[THIN];
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
}
