package dev.rustmem.layout;

import dev.rustmem.types.AdtDef;
import dev.rustmem.types.AdtKind;
import dev.rustmem.types.HashedList;
import dev.rustmem.types.ReprOptions;
import dev.rustmem.types.Speculation;
import dev.rustmem.types.Ty;
import dev.rustmem.types.VariantDef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Computes rustc 1.95's layout of any concrete {@link Ty} on one target. The single source of
 * truth for sizes and offsets: nothing else in rustmem computes them. Results (and errors) are
 * cached per type. A type reached again while its own layout is being computed is
 * {@link LayoutError.Recursive}; nesting deeper than {@link #MAX_DEPTH} is an error instead of a
 * Java stack overflow.
 *
 * <p>Thread-safe without locks: the caches are shared (a type computed by two threads at once is
 * computed twice, equally, and the first result is kept), while the recursion stack belongs to the
 * calling thread.
 */
public final class LayoutEngine {
    /** Nesting limit of layout computations (each level uses a handful of Java frames). */
    public static final int MAX_DEPTH = 400;
    /** Nesting limit of a type's own syntax tree (checked once per outermost request). */
    public static final int MAX_TY_DEPTH = 500;
    static final String TOO_DEEP = "a type nested too deeply";

    private final TargetDataLayout dl;
    private final Univariant univariant;
    private final BuiltinLayouts builtins;
    private final EnumLayout enums;
    /**
     * A {@link Layout} or a {@link LayoutError} per type: one lookup serves both. {@code Ty} objects
     * cache their hash codes and usually compare equal by identity, so a lookup is cheap.
     */
    private volatile Map<Ty, Object> cache = new ConcurrentHashMap<>();
    /** Each thread's walk (not {@code withInitial(Walk::new)}, whose bootstrap would cost every cold run). */
    private final ThreadLocal<Walk> walks = new ThreadLocal<>() {
        @Override
        protected Walk initialValue() {
            return new Walk();
        }
    };

    /** Layouts by {@code Ty} object identity, consulted first (replaced by a larger one in {@link #expect}). */
    private volatile IdentityCache seen = new IdentityCache(1024);
    /** The largest {@link #expect} so far. */
    private volatile int reserved;

    /** One thread's requests in progress, outermost first. */
    private static final class Walk {
        Ty[] stack = new Ty[16];
        int depth;

        boolean inProgress(Ty ty) {
            for (int i = 0; i < depth; i++) {
                if (stack[i].equals(ty)) {
                    return true;
                }
            }
            return false;
        }

        void push(Ty ty) {
            if (depth == stack.length) {
                stack = Arrays.copyOf(stack, depth * 2);
            }
            stack[depth++] = ty;
        }

        void pop() {
            stack[--depth] = null;
        }
    }

    public LayoutEngine(TargetDataLayout dl) {
        this.dl = dl;
        this.univariant = new Univariant(dl);
        this.builtins = new BuiltinLayouts(dl);
        this.enums = new EnumLayout(dl, univariant);
    }

    /** How many types (including nested ones) have a cached layout or error. */
    public int cachedCount() {
        return cache.size();
    }

    /**
     * Makes room for about {@code types} types in the caches at once, sparing their step-by-step
     * growth (every step moves all entries); nothing happens when there is room already. Meant for
     * a caller about to lay out a known number of types. Call it before other threads use the
     * engine: an entry another thread stores during the call may be dropped (and would only be
     * computed again, equally).
     */
    public void expect(int types) {
        if (types <= reserved) {
            return;
        }
        reserved = types;
        Map<Ty, Object> old = cache;
        Map<Ty, Object> bigger = new ConcurrentHashMap<>(Math.max(types, old.size()));
        bigger.putAll(old);
        cache = bigger;
        // Room for the nested types too (about as many again).
        seen = IdentityCache.forEntries(2 * Math.max(types, old.size()));
    }

    public TargetDataLayout target() {
        return dl;
    }

    /** The layout of {@code ty}, or a {@link LayoutException} carrying the {@link LayoutError}. */
    public Layout layoutOf(Ty ty) {
        return layoutOf(ty, walks.get());
    }

    private Layout layoutOf(Ty ty, Walk w) {
        if (w.depth >= MAX_DEPTH) {
            throw new LayoutException(new LayoutError.Unsupported(ty, TOO_DEEP));
        }
        if (w.depth > 0) {
            Layout shared = builtins.shared(ty);
            if (shared != null) {
                return shared;
            }
        }
        IdentityCache seen = this.seen;
        Layout known = seen.get(ty);
        if (known != null) {
            return known;
        }
        if (w.depth == 0) {
            // Before the first hash or comparison of an outermost type: those recurse into it.
            if (TyDepth.exceeds(ty, MAX_TY_DEPTH)) {
                throw new LayoutException(new LayoutError.Unsupported(ty, TOO_DEEP));
            }
            Layout shared = builtins.shared(ty);
            if (shared != null) {
                return shared;
            }
        }
        Layout l = lookUpOrCompute(ty, w);
        seen.put(ty, l);
        return l;
    }

    /** The cached layout or error of a type that is not a {@link BuiltinLayouts#shared} one, else computes it. */
    private Layout lookUpOrCompute(Ty ty, Walk w) {
        Object known = cache.get(ty);
        if (known instanceof Layout l) {
            return l;
        }
        if (known instanceof LayoutError failed) {
            throw new LayoutException(failed);
        }
        if (w.inProgress(ty)) {
            throw new LayoutException(new LayoutError.Recursive(ty));
        }
        w.push(ty);
        try {
            Layout l = compute(ty, w);
            // Another thread may have stored the (equal) layout first: everyone returns that object.
            Object first = cache.putIfAbsent(ty, l);
            return first instanceof Layout earlier ? earlier : l;
        } catch (LayoutException e) {
            // A depth failure depends on where the type was reached from; never cache it.
            // Nor what a speculating thread meets (see Speculation): its errors are left to be found
            // again when the layout is needed, in the order the serial run would find them.
            if (!(e.error() instanceof LayoutError.Unsupported u && u.what().equals(TOO_DEEP))
                    && !Speculation.active()) {
                cache.putIfAbsent(ty, e.error());
            }
            throw e;
        } finally {
            w.pop();
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

    /** Layouts of the types that {@link BuiltinLayouts#shared} does not answer. */
    private Layout compute(Ty ty, Walk w) {
        if (ty instanceof Ty.Adt adt) {
            return adt(adt, w);
        }
        if (ty instanceof Ty.Array a) {
            return builtins.array(ty, layoutOf(a.elem(), w), a.len());
        }
        if (ty instanceof Ty.Slice s) {
            return BuiltinLayouts.unsizedArray(layoutOf(s.elem(), w));
        }
        if (ty instanceof Ty.Tuple t) {
            StructKind kind = t.elems().isEmpty() ? StructKind.ALWAYS_SIZED : StructKind.MAYBE_UNSIZED;
            return univariant.layout(ty, fieldLayouts(t.elems(), w), ReprOptions.DEFAULT, true, kind);
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

    private List<Layout> fieldLayouts(List<Ty> tys, Walk w) {
        // One list class for all field layouts (as for field types): the layout code's calls on
        // these lists then each meet a single class, which the JIT's inline caches serve directly.
        int n = tys.size();
        Layout[] out = new Layout[n];
        for (int i = 0; i < n; i++) {
            out[i] = layoutOf(tys.get(i), w);
        }
        return HashedList.adopt(out);
    }

    private Layout adt(Ty.Adt ty, Walk w) {
        AdtDef def = ty.def();
        if (def.repr().simd()) {
            throw new LayoutException(new LayoutError.Unsupported(ty, "`repr(simd)` types"));
        }
        if (def.kind() == AdtKind.UNION) {
            return UnionLayout.layout(dl, ty, fieldLayouts(ty.fieldTys(0), w), def.repr());
        }
        if (def.kind() == AdtKind.ENUM) {
            List<VariantDef> defs = def.variants();
            List<List<Layout>> variants = new ArrayList<>(defs.size());
            for (int v = 0; v < defs.size(); v++) {
                // Skipping fieldTys for fieldless variants matters for enums with hundreds of them.
                boolean fieldless = defs.get(v).fields().isEmpty();
                variants.add(fieldless ? HashedList.empty() : fieldLayouts(ty.fieldTys(v), w));
            }
            return enums.layout(ty, def, variants);
        }
        return StructLayout.layout(dl, univariant, ty, fieldLayouts(ty.fieldTys(0), w));
    }
}
