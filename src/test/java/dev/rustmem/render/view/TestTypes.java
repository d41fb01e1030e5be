package dev.rustmem.render.view;

import dev.rustmem.source.SourceFile;
import dev.rustmem.source.Span;
import dev.rustmem.types.AdtDef;
import dev.rustmem.types.AdtKind;
import dev.rustmem.types.CtorKind;
import dev.rustmem.types.FieldDef;
import dev.rustmem.types.GenericArg;
import dev.rustmem.types.GenericParamDef;
import dev.rustmem.types.ReprOptions;
import dev.rustmem.types.Ty;
import dev.rustmem.types.UintTy;
import dev.rustmem.types.VariantDef;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Hand-built definitions for renderer tests (what the lowering would produce), and a simple printer. */
final class TestTypes {
    private static final SourceFile SRC = new SourceFile("test.rs", "");
    private static final Span SP = new Span(0, 0);

    private TestTypes() {}

    static Ty u(UintTy t) {
        return new Ty.Uint(t);
    }

    /** {@code struct name { f0: t0, ... }} with the given field names and types. */
    static Ty.Adt struct(String name, ReprOptions repr, List<String> names, List<Ty> tys) {
        List<FieldDef> fs = new ArrayList<>();
        for (String n : names) {
            fs.add(new FieldDef(n, null, SP));
        }
        AdtDef def = new AdtDef(name, name, AdtKind.STRUCT, List.of(), repr,
                List.of(new VariantDef(name, CtorKind.NAMED, fs, SP)), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), SRC, SP, (d, v, args) -> tys);
        return new Ty.Adt(def, List.of());
    }

    /** A newtype around {@code inner} valid only in {@code start..=end} (like {@code NonZeroU8}). */
    static Ty.Adt ranged(String name, Ty inner, long start, long end) {
        AdtDef def = new AdtDef(name, name, AdtKind.STRUCT, List.of(), ReprOptions.DEFAULT,
                List.of(new VariantDef(name, CtorKind.TUPLE, List.of(new FieldDef("0", null, SP)), SP)), List.of(),
                Optional.of(BigInteger.valueOf(start)), Optional.of(BigInteger.valueOf(end)), Optional.empty(), SRC, SP,
                (d, v, args) -> List.of(inner));
        return new Ty.Adt(def, List.of());
    }

    /** A non-generic enum; {@code variants.get(i)} are variant i's tuple field types. */
    static Ty.Adt enumTy(String name, ReprOptions repr, List<String> names, List<List<Ty>> variants) {
        List<VariantDef> vs = new ArrayList<>();
        List<BigInteger> discr = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            List<FieldDef> fs = new ArrayList<>();
            for (int j = 0; j < variants.get(i).size(); j++) {
                fs.add(new FieldDef(Integer.toString(j), null, SP));
            }
            vs.add(new VariantDef(names.get(i), fs.isEmpty() ? CtorKind.UNIT : CtorKind.TUPLE, fs, SP));
            discr.add(BigInteger.valueOf(i));
        }
        AdtDef def = new AdtDef(name, name, AdtKind.ENUM, List.of(), repr, vs, discr, Optional.empty(), Optional.empty(),
                Optional.empty(), SRC, SP, (d, v, args) -> variants.get(v));
        return new Ty.Adt(def, List.of());
    }

    /** {@code enum Option<T> { None, Some(T) }}. */
    static final AdtDef OPTION = new AdtDef("Option", "std::option::Option", AdtKind.ENUM,
            List.of(new GenericParamDef("T", GenericParamDef.Kind.TYPE, Optional.empty(), Optional.empty(), false)),
            ReprOptions.DEFAULT,
            List.of(new VariantDef("None", CtorKind.UNIT, List.of(), SP),
                    new VariantDef("Some", CtorKind.TUPLE, List.of(new FieldDef("0", null, SP)), SP)),
            List.of(BigInteger.ZERO, BigInteger.ONE), Optional.empty(), Optional.empty(), Optional.empty(), SRC, SP,
            (d, v, args) -> v == 0 ? List.of() : List.of((Ty) args.get(0)));

    static Ty.Adt option(Ty t) {
        return new Ty.Adt(OPTION, List.of(t));
    }

    /** rustc-like spelling, enough for tests. */
    static String print(Ty ty) {
        if (ty instanceof Ty.Adt a) {
            if (a.args().isEmpty()) {
                return a.def().path();
            }
            return a.def().path() + "<" + a.args().stream().map(TestTypes::printArg).collect(Collectors.joining(", "))
                    + ">";
        }
        if (ty instanceof Ty.Uint t) {
            return t.uty().spelling();
        }
        if (ty instanceof Ty.Int t) {
            return t.ity().spelling();
        }
        if (ty instanceof Ty.Bool) {
            return "bool";
        }
        if (ty instanceof Ty.Char) {
            return "char";
        }
        if (ty instanceof Ty.Tuple t) {
            return "(" + t.elems().stream().map(TestTypes::print).collect(Collectors.joining(", "))
                    + (t.elems().size() == 1 ? ",)" : ")");
        }
        if (ty instanceof Ty.Array a) {
            return "[" + print(a.elem()) + "; " + a.len() + "]";
        }
        if (ty instanceof Ty.Ref r) {
            return "&" + (r.mutable() ? "mut " : "") + print(r.pointee());
        }
        return ty.toString();
    }

    private static String printArg(GenericArg a) {
        return a instanceof Ty t ? print(t) : a.toString();
    }
}
