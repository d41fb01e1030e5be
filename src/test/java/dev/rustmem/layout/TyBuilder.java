package dev.rustmem.layout;

import dev.rustmem.source.Span;
import dev.rustmem.types.AdtDef;
import dev.rustmem.types.AdtKind;
import dev.rustmem.types.CtorKind;
import dev.rustmem.types.FieldDef;
import dev.rustmem.types.FloatTy;
import dev.rustmem.types.GenericArg;
import dev.rustmem.types.GenericParamDef;
import dev.rustmem.types.IntTy;
import dev.rustmem.types.ReprOptions;
import dev.rustmem.types.Ty;
import dev.rustmem.types.UintTy;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Test-only construction of {@link Ty}s without the front end: primitives, user structs, enums and
 * unions (AdtDefs whose {@code FieldTypes} lambda returns fixed field types), and a few generic std
 * stand-ins (Option, Result, NonZero-like newtypes, UnsafeCell, ManuallyDrop-like wrappers).
 */
final class TyBuilder {
    static final Ty U8 = new Ty.Uint(UintTy.U8);
    static final Ty U16 = new Ty.Uint(UintTy.U16);
    static final Ty U32 = new Ty.Uint(UintTy.U32);
    static final Ty U64 = new Ty.Uint(UintTy.U64);
    static final Ty U128 = new Ty.Uint(UintTy.U128);
    static final Ty USIZE = new Ty.Uint(UintTy.USIZE);
    static final Ty I8 = new Ty.Int(IntTy.I8);
    static final Ty I16 = new Ty.Int(IntTy.I16);
    static final Ty I32 = new Ty.Int(IntTy.I32);
    static final Ty I64 = new Ty.Int(IntTy.I64);
    static final Ty I128 = new Ty.Int(IntTy.I128);
    static final Ty ISIZE = new Ty.Int(IntTy.ISIZE);
    static final Ty F16 = new Ty.Float(FloatTy.F16);
    static final Ty F32 = new Ty.Float(FloatTy.F32);
    static final Ty F64 = new Ty.Float(FloatTy.F64);
    static final Ty F128 = new Ty.Float(FloatTy.F128);
    static final Ty BOOL = Ty.BOOL;
    static final Ty CHAR = Ty.CHAR;
    static final Ty NEVER = Ty.NEVER;
    static final Ty UNIT = Ty.UNIT;

    private final AdtDef option = generic("Option", AdtKind.ENUM, ReprOptions.DEFAULT, 1,
            List.of(List.of(), List.of(0)), Optional.empty());
    private final AdtDef result = generic("Result", AdtKind.ENUM, ReprOptions.DEFAULT, 2,
            List.of(List.of(0), List.of(1)), Optional.empty());
    private final AdtDef unsafeCell = generic("UnsafeCell", AdtKind.STRUCT, ReprOptions.DEFAULT, 1,
            List.of(List.of(0)), Optional.of("unsafe_cell"));

    static ReprOptions repr() {
        return ReprOptions.DEFAULT;
    }

    static ReprOptions reprC() {
        return new ReprOptions(Optional.empty(), true, false, false, Optional.empty(), Optional.empty());
    }

    static ReprOptions reprInt(Ty intTy) {
        return new ReprOptions(Optional.of(intTy), false, false, false, Optional.empty(), Optional.empty());
    }

    static ReprOptions reprCInt(Ty intTy) {
        return new ReprOptions(Optional.of(intTy), true, false, false, Optional.empty(), Optional.empty());
    }

    static ReprOptions packed(long n) {
        return new ReprOptions(Optional.empty(), false, false, false, Optional.of(n), Optional.empty());
    }

    static ReprOptions aligned(long n) {
        return new ReprOptions(Optional.empty(), false, false, false, Optional.empty(), Optional.of(n));
    }

    static ReprOptions transparent() {
        return new ReprOptions(Optional.empty(), false, false, true, Optional.empty(), Optional.empty());
    }

    static Ty ref(Ty t) {
        return new Ty.Ref(t, false);
    }

    static Ty ptr(Ty t) {
        return new Ty.RawPtr(t, false);
    }

    static Ty arr(Ty t, long n) {
        return new Ty.Array(t, n);
    }

    static Ty tup(Ty... ts) {
        return new Ty.Tuple(List.of(ts));
    }

    static Ty fnPtr() {
        return new Ty.FnPtr(List.of(), Ty.UNIT, false, Optional.empty(), false);
    }

    static Ty dyn() {
        return new Ty.Dynamic("Tr");
    }

    Ty option(Ty t) {
        return new Ty.Adt(option, List.of(t));
    }

    Ty result(Ty t, Ty e) {
        return new Ty.Adt(result, List.of(t, e));
    }

    Ty unsafeCell(Ty t) {
        return new Ty.Adt(unsafeCell, List.of(t));
    }

    /** A struct with fixed field types. */
    static Ty.Adt struct(String name, ReprOptions repr, Ty... fields) {
        return adt(name, AdtKind.STRUCT, repr, List.of(List.of(fields)), List.of(), false, null, null);
    }

    /** A struct whose last field is declared {@code ?Sized} (its tail never moves). */
    static Ty.Adt tailStruct(String name, ReprOptions repr, Ty... fields) {
        return adt(name, AdtKind.STRUCT, repr, List.of(List.of(fields)), List.of(), true, null, null);
    }

    static Ty.Adt union(String name, ReprOptions repr, Ty... fields) {
        return adt(name, AdtKind.UNION, repr, List.of(List.of(fields)), List.of(), false, null, null);
    }

    /** A newtype with {@code rustc_layout_scalar_valid_range_start/end} (null = absent). */
    static Ty.Adt ranged(String name, Ty inner, Long start, BigInteger end) {
        return adt(name, AdtKind.STRUCT, repr(), List.of(List.of(inner)), List.of(), false,
                start == null ? null : BigInteger.valueOf(start), end);
    }

    /** An enum with implicit discriminants 0, 1, 2, ... */
    static Ty.Adt enumOf(String name, ReprOptions repr, List<List<Ty>> variants) {
        List<BigInteger> d = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            d.add(BigInteger.valueOf(i));
        }
        return adt(name, AdtKind.ENUM, repr, variants, d, false, null, null);
    }

    static Ty.Adt enumOf(String name, ReprOptions repr, List<List<Ty>> variants, List<BigInteger> discr) {
        return adt(name, AdtKind.ENUM, repr, variants, discr, false, null, null);
    }

    /** A fieldless enum with the given discriminant values. */
    static Ty.Adt fieldless(String name, ReprOptions repr, long... discr) {
        List<List<Ty>> vs = new ArrayList<>();
        List<BigInteger> d = new ArrayList<>();
        for (long v : discr) {
            vs.add(List.of());
            d.add(BigInteger.valueOf(v));
        }
        return adt(name, AdtKind.ENUM, repr, vs, d, false, null, null);
    }

    static Ty.Adt adt(String name, AdtKind kind, ReprOptions repr, List<List<Ty>> variants, List<BigInteger> discr,
            boolean tailMaybeUnsized, BigInteger start, BigInteger end) {
        List<List<Ty>> fixed = List.copyOf(variants.stream().map(List::copyOf).toList());
        AdtDef def = new AdtDef(name, name, kind, List.of(), repr, variantDefs(fixed.stream().map(List::size).toList()),
                kind == AdtKind.ENUM ? discr : List.of(), Optional.ofNullable(start), Optional.ofNullable(end),
                Optional.empty(), null, Span.at(0), (d, v, args) -> fixed.get(v));
        def.setTailMaybeUnsized(() -> tailMaybeUnsized);
        return new Ty.Adt(def, List.of());
    }

    /** A generic definition whose variant fields are the listed type parameters. */
    private static AdtDef generic(String name, AdtKind kind, ReprOptions repr, int params, List<List<Integer>> fields,
            Optional<String> lang) {
        List<GenericParamDef> ps = new ArrayList<>();
        for (int i = 0; i < params; i++) {
            ps.add(new GenericParamDef("T" + i, GenericParamDef.Kind.TYPE, Optional.empty(), Optional.empty(), false));
        }
        List<BigInteger> d = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            d.add(BigInteger.valueOf(i));
        }
        return new AdtDef(name, name, kind, ps, repr, variantDefs(fields.stream().map(List::size).toList()),
                kind == AdtKind.ENUM ? d : List.of(), Optional.empty(), Optional.empty(), lang, null, Span.at(0),
                (def, v, args) -> fields.get(v).stream().map(i -> (Ty) args.get(i)).toList());
    }

    private static List<dev.rustmem.types.VariantDef> variantDefs(List<Integer> counts) {
        List<dev.rustmem.types.VariantDef> out = new ArrayList<>();
        for (int v = 0; v < counts.size(); v++) {
            List<FieldDef> fs = new ArrayList<>();
            for (int i = 0; i < counts.get(v); i++) {
                fs.add(new FieldDef(Integer.toString(i), null, Span.at(0)));
            }
            out.add(new dev.rustmem.types.VariantDef("V" + v, CtorKind.TUPLE, fs, Span.at(0)));
        }
        return out;
    }

    static List<GenericArg> args(Ty... ts) {
        return List.of(ts);
    }
}
