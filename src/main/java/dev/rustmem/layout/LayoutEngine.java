package dev.rustmem.layout;

import dev.rustmem.types.AdtDef;
import dev.rustmem.types.AdtKind;
import dev.rustmem.types.Ty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes rustc 1.95's layout of any concrete {@link Ty} on one target. The single source of
 * truth for sizes and offsets: nothing else in rustmem computes them. Results (and errors) are
 * cached per type. A type reached again while its own layout is being computed is
 * {@link LayoutError.Recursive}; nesting deeper than {@link #MAX_DEPTH} is an error instead of a
 * Java stack overflow. Not thread-safe: use one engine per thread.
 */
public final class LayoutEngine {
    /** Nesting limit of layout computations (each level uses a handful of Java frames). */
    public static final int MAX_DEPTH = 400;
    /** Nesting limit of a type's own syntax tree (checked once per outermost request). */
    public static final int MAX_TY_DEPTH = 500;
    static final String TOO_DEEP = "a type nested too deeply";

    private final TargetDataLayout dl;
    private final Univariant univariant;
    private final EnumLayout enums;
    /** A {@link Layout} or a {@link LayoutError} per type: one lookup serves both. */
    private final Map<Ty, Object> cache = new HashMap<>();
    private final Set<Ty> inProgress = new HashSet<>();
    private int depth;

    public LayoutEngine(TargetDataLayout dl) {
        this.dl = dl;
        this.univariant = new Univariant(dl);
        this.enums = new EnumLayout(dl, univariant);
    }

    /** How many types (including nested ones) have a cached layout or error. */
    public int cachedCount() {
        return cache.size();
    }

    public TargetDataLayout target() {
        return dl;
    }

    /** The layout of {@code ty}, or a {@link LayoutException} carrying the {@link LayoutError}. */
    public Layout layoutOf(Ty ty) {
        if (depth >= MAX_DEPTH) {
            throw new LayoutException(new LayoutError.Unsupported(ty, TOO_DEEP));
        }
        if (depth == 0 && TyDepth.exceeds(ty, MAX_TY_DEPTH)) {
            throw new LayoutException(new LayoutError.Unsupported(ty, TOO_DEEP));
        }
        Object known = cache.get(ty);
        if (known instanceof Layout l) {
            return l;
        }
        if (known instanceof LayoutError failed) {
            throw new LayoutException(failed);
        }
        if (!inProgress.add(ty)) {
            throw new LayoutException(new LayoutError.Recursive(ty));
        }
        depth++;
        try {
            Layout l = compute(ty);
            cache.put(ty, l);
            return l;
        } catch (LayoutException e) {
            // A depth failure depends on where the type was reached from; never cache it.
            if (!(e.error() instanceof LayoutError.Unsupported u && u.what().equals(TOO_DEEP))) {
                cache.put(ty, e.error());
            }
            throw e;
        } finally {
            depth--;
            inProgress.remove(ty);
        }
    }

    /** The layout, or the error as a value. */
    public Optional<LayoutError> errorOf(Ty ty) {
        try {
            layoutOf(ty);
            return Optional.empty();
        } catch (LayoutException e) {
            return Optional.of(e.error());
        }
    }

    private Layout compute(Ty ty) {
        if (ty instanceof Ty.Bool) {
            return Scalars.scalarLayout(dl, Scalars.withRange(new Primitive.Int(IntWidth.I8, false), 0,
                    java.math.BigInteger.ONE));
        }
        if (ty instanceof Ty.Char) {
            return Scalars.scalarLayout(dl, Scalars.withRange(new Primitive.Int(IntWidth.I32, false), 0,
                    java.math.BigInteger.valueOf(0x10FFFF)));
        }
        if (ty instanceof Ty.Int i) {
            int bytes = i.ity().fixedBytes();
            IntWidth w = bytes == 0 ? dl.pointerWidth() : IntWidth.ofBytes(bytes);
            return Scalars.scalarLayout(dl, Scalars.full(new Primitive.Int(w, true), dl));
        }
        if (ty instanceof Ty.Uint u) {
            int bytes = u.uty().fixedBytes();
            IntWidth w = bytes == 0 ? dl.pointerWidth() : IntWidth.ofBytes(bytes);
            return Scalars.scalarLayout(dl, Scalars.full(new Primitive.Int(w, false), dl));
        }
        if (ty instanceof Ty.Float f) {
            return Scalars.scalarLayout(dl, Scalars.full(new Primitive.Float(f.fty()), dl));
        }
        if (ty instanceof Ty.FnPtr) {
            return Scalars.scalarLayout(dl, Scalars.fnPointer(dl));
        }
        if (ty instanceof Ty.Never) {
            return never(dl);
        }
        if (ty instanceof Ty.Ref r) {
            return pointer(ty, r.pointee(), true);
        }
        if (ty instanceof Ty.RawPtr p) {
            return pointer(ty, p.pointee(), false);
        }
        if (ty instanceof Ty.Array a) {
            return array(ty, a);
        }
        if (ty instanceof Ty.Slice s) {
            return unsizedArray(layoutOf(s.elem()));
        }
        if (ty instanceof Ty.Str) {
            return unsizedArray(layoutOf(Ty.u8()));
        }
        if (ty instanceof Ty.Dynamic) {
            return new Layout(0, 1, 1, new FieldsShape.Arbitrary(List.of(), List.of()), new Variants.Single(0),
                    Optional.empty(), new BackendRepr.Memory(false), false);
        }
        if (ty instanceof Ty.Tuple t) {
            StructKind kind = t.elems().isEmpty() ? StructKind.ALWAYS_SIZED : StructKind.MAYBE_UNSIZED;
            return univariant.layout(ty, fieldLayouts(t.elems()), dev.rustmem.types.ReprOptions.DEFAULT, true, kind);
        }
        if (ty instanceof Ty.Adt adt) {
            return adt(adt);
        }
        if (ty instanceof Ty.Param) {
            throw new LayoutException(new LayoutError.NotConcrete(ty));
        }
        throw new AssertionError(ty);
    }

    /** rustc's {@code LayoutData::never_type}: size 0, uninhabited (also for enums without present variants). */
    static Layout never(TargetDataLayout dl) {
        return new Layout(0, 1, 1, new FieldsShape.Primitive(), new Variants.Single(0), Optional.empty(),
                new BackendRepr.Memory(true), true);
    }

    private List<Layout> fieldLayouts(List<Ty> tys) {
        List<Layout> out = new ArrayList<>(tys.size());
        for (Ty t : tys) {
            out.add(layoutOf(t));
        }
        return out;
    }

    private Layout adt(Ty.Adt ty) {
        AdtDef def = ty.def();
        if (def.repr().simd()) {
            throw new LayoutException(new LayoutError.Unsupported(ty, "`repr(simd)` types"));
        }
        if (def.kind() == AdtKind.UNION) {
            return UnionLayout.layout(dl, ty, fieldLayouts(ty.fieldTys(0)), def.repr());
        }
        if (def.kind() == AdtKind.ENUM) {
            List<List<Layout>> variants = new ArrayList<>(def.variants().size());
            for (int v = 0; v < def.variants().size(); v++) {
                // Skipping fieldTys for fieldless variants matters for enums with hundreds of them.
                boolean fieldless = def.variants().get(v).fields().isEmpty();
                variants.add(fieldless ? List.of() : fieldLayouts(ty.fieldTys(v)));
            }
            return enums.layout(ty, def, variants);
        }
        return StructLayout.layout(dl, univariant, ty, fieldLayouts(ty.fieldTys(0)));
    }

    /** Thin pointers are one scalar; pointers to unsized types add metadata (length or vtable). */
    private Layout pointer(Ty ty, Ty pointee, boolean nonNull) {
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
    private Ty structTail(Ty owner, Ty ty) {
        for (int i = 0; i < MAX_DEPTH; i++) {
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

    private Layout array(Ty ty, Ty.Array a) {
        Layout elem = layoutOf(a.elem());
        if (!elem.isSized()) {
            throw new LayoutException(new LayoutError.Unsupported(ty, "an array of unsized elements"));
        }
        long count = a.len();
        long size;
        try {
            size = Math.multiplyExact(elem.size(), count);
        } catch (ArithmeticException e) {
            throw new LayoutException(new LayoutError.SizeOverflow(ty));
        }
        if (count < 0 || size >= dl.objSizeBound()) {
            throw new LayoutException(new LayoutError.SizeOverflow(ty));
        }
        // `[T; 0]` has no value to hold a niche and is inhabited even if T is not.
        return new Layout(size, elem.align(), elem.align(), new FieldsShape.Array(elem.size(), count),
                new Variants.Single(0), count != 0 ? elem.largestNiche() : Optional.empty(),
                new BackendRepr.Memory(true), count != 0 && elem.uninhabited());
    }

    private static Layout unsizedArray(Layout elem) {
        return new Layout(0, elem.align(), elem.align(), new FieldsShape.Array(elem.size(), 0), new Variants.Single(0),
                Optional.empty(), new BackendRepr.Memory(false), false);
    }
}
