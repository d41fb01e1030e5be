package dev.rustmem.types;

import java.util.List;
import java.util.Optional;

/**
 * A resolved, fully substituted type (rustc's {@code Ty}). Records give structural equality;
 * {@link AdtDef} compares by identity, so two instantiations of one definition are equal iff
 * their arguments are. Lifetimes are erased. Printing in rustc's spelling is {@link TyPrinter}'s job.
 *
 * <p>The records used as map keys on hot paths write out {@code equals}/{@code hashCode} (same
 * meaning as the generated ones): the generated methods are bootstrapped through method handles
 * on first use and hash enum components by identity, both slow in a cold, C1-only JVM.
 */
public sealed interface Ty extends GenericArg {
    Ty BOOL = new Bool();
    Ty CHAR = new Char();
    Ty STR = new Str();
    Ty NEVER = new Never();
    Ty UNIT = new Tuple(List.of());

    record Bool() implements Ty {
        @Override
        public int hashCode() {
            return 0x1001;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bool;
        }
    }

    record Char() implements Ty {
        @Override
        public int hashCode() {
            return 0x1002;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Char;
        }
    }

    /** {@code str}: unsized. */
    record Str() implements Ty {
        @Override
        public int hashCode() {
            return 0x1003;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Str;
        }
    }

    /** {@code !}: uninhabited, size 0. */
    record Never() implements Ty {
        @Override
        public int hashCode() {
            return 0x1004;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Never;
        }
    }

    record Int(IntTy ity) implements Ty {
        @Override
        public int hashCode() {
            return 0x2000 + ity.ordinal();
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Int i && ity == i.ity;
        }
    }

    record Uint(UintTy uty) implements Ty {
        @Override
        public int hashCode() {
            return 0x3000 + uty.ordinal();
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Uint u && uty == u.uty;
        }
    }

    record Float(FloatTy fty) implements Ty {
        @Override
        public int hashCode() {
            return 0x4000 + fty.ordinal();
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Float f && fty == f.fty;
        }
    }

    /** {@code ()} is the empty tuple. */
    record Tuple(List<Ty> elems) implements Ty {
        public Tuple {
            elems = HashedList.copyOf(elems);
        }

        // Written out (not the record's generated methods) for speed: the list caches its hash.
        @Override
        public int hashCode() {
            return elems.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Tuple t && elems.equals(t.elems);
        }
    }

    record Array(Ty elem, long len) implements Ty {
        @Override
        public int hashCode() {
            return 31 * elem.hashCode() + Long.hashCode(len) + 0x5000;
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Array a && len == a.len && elem.equals(a.elem);
        }
    }

    /** {@code [T]}: unsized. */
    record Slice(Ty elem) implements Ty {
        @Override
        public int hashCode() {
            return 31 * elem.hashCode() + 0x6000;
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Slice s && elem.equals(s.elem);
        }
    }

    record Ref(Ty pointee, boolean mutable) implements Ty {
        @Override
        public int hashCode() {
            return 31 * pointee.hashCode() + (mutable ? 0x7001 : 0x7000);
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Ref r && mutable == r.mutable && pointee.equals(r.pointee);
        }
    }

    record RawPtr(Ty pointee, boolean mutable) implements Ty {
        @Override
        public int hashCode() {
            return 31 * pointee.hashCode() + (mutable ? 0x8001 : 0x8000);
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof RawPtr r && mutable == r.mutable && pointee.equals(r.pointee);
        }
    }

    /**
     * A function pointer {@code unsafe extern "C" fn(A, B) -> R}.
     *
     * @param lateBound for each reference in {@code inputs} (pre-order), whether its region is bound
     *                  by the pointer's own binder (elided or from {@code for<'a>}) rather than
     *                  {@code 'static} or an outer lifetime; rustc prints only bound regions
     *                  ({@code for<'a> fn(&'a u8)} vs {@code fn(&u8)} for {@code fn(&'static u8)})
     */
    record FnPtr(List<Ty> inputs, Ty output, boolean unsafe, Optional<String> abi, boolean variadic,
            List<Boolean> lateBound) implements Ty {
        public FnPtr {
            inputs = HashedList.copyOf(inputs);
            lateBound = List.copyOf(lateBound);
        }

        @Override
        public int hashCode() {
            int h = 31 * inputs.hashCode() + output.hashCode();
            h = 31 * h + lateBound.hashCode() + abi.hashCode();
            return 4 * h + (unsafe ? 2 : 0) + (variadic ? 1 : 0);
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof FnPtr f && unsafe == f.unsafe && variadic == f.variadic
                    && output.equals(f.output) && inputs.equals(f.inputs) && abi.equals(f.abi)
                    && lateBound.equals(f.lateBound);
        }

        /** Every reference in the inputs has an elided (late-bound) region. */
        public FnPtr(List<Ty> inputs, Ty output, boolean unsafe, Optional<String> abi, boolean variadic) {
            this(inputs, output, unsafe, abi, variadic, allBound(inputs));
        }

        private static List<Boolean> allBound(List<Ty> inputs) {
            int n = 0;
            for (Ty in : inputs) {
                n += LateBound.count(in);
            }
            return java.util.Collections.nCopies(n, Boolean.TRUE);
        }
    }

    /**
     * {@code dyn Trait + Auto}: unsized; pointers to it carry a vtable pointer.
     *
     * @param printed rustc's spelling without the {@code dyn }, e.g. {@code std::fmt::Debug + std::marker::Send}
     */
    record Dynamic(String printed) implements Ty {
        @Override
        public int hashCode() {
            return printed.hashCode() + 0x9000;
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Dynamic d && printed.equals(d.printed);
        }
    }

    /**
     * A struct, enum or union applied to arguments (one per generic parameter, defaults filled in).
     *
     * <p>A class with the accessors, equality and hash a record would have, plus the hash kept
     * in a field: an ADT is the type most hashed as a key (named-type dedup, interning, layout
     * caches), and computing its hash read two more objects each time.
     */
    final class Adt implements Ty {
        private final AdtDef def;
        private final List<GenericArg> args;
        private final int hash;

        public Adt(AdtDef def, List<GenericArg> args) {
            this.def = java.util.Objects.requireNonNull(def);
            this.args = HashedList.copyOf(args);
            this.hash = 31 * def.hashCode() + this.args.hashCode();
        }

        public AdtDef def() {
            return def;
        }

        public List<GenericArg> args() {
            return args;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Adt a && hash == a.hash && def == a.def && args.equals(a.args);
        }

        @Override
        public String toString() {
            return "Adt[def=" + def + ", args=" + args + "]";
        }

        /**
         * Field types per variant, kept on this object once asked for: types are interned, so the
         * layout, the walks and the views ask the same object again and again, and the
         * definition's own cache is a hash lookup by argument list. Races only store equal
         * (immutable) lists twice.
         */
        private List<Ty>[] fieldTys;

        /** Field types of a variant (0 for structs and unions), substituted. */
        public List<Ty> fieldTys(int variant) {
            List<Ty>[] known = fieldTys;
            if (known == null) {
                @SuppressWarnings("unchecked")
                List<Ty>[] fresh = new List[def.variants().size()];
                fieldTys = known = fresh;
            }
            List<Ty> tys = known[variant];
            if (tys == null) {
                tys = def.fieldTys(variant, args);
                if (!Speculation.active()) { // a speculating thread's lists are not the lowering's (see AdtDef)
                    known[variant] = tys;
                }
            }
            return tys;
        }
    }

    /** A generic parameter inside a generic definition (only seen when checking definitions). */
    record Param(String name, int index, boolean maybeUnsized) implements Ty {
        @Override
        public int hashCode() {
            return (31 * name.hashCode() + index) * 2 + (maybeUnsized ? 1 : 0);
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Param p && index == p.index && maybeUnsized == p.maybeUnsized
                    && name.equals(p.name);
        }
    }

    static Ty usize() {
        return new Uint(UintTy.USIZE);
    }

    static Ty u8() {
        return new Uint(UintTy.U8);
    }
}
