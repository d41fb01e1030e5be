package dev.rustmem.layout;

import static dev.rustmem.layout.TyBuilder.*;

import dev.rustmem.source.Span;
import dev.rustmem.types.AdtDef;
import dev.rustmem.types.AdtKind;
import dev.rustmem.types.CtorKind;
import dev.rustmem.types.FieldDef;
import dev.rustmem.types.GenericParamDef;
import dev.rustmem.types.ReprOptions;
import dev.rustmem.types.Ty;
import dev.rustmem.types.VariantDef;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Seeded random type definitions for differential testing against rustc (ideas from
 * generator-ideas.md): structs, tuples, enums and unions with every repr, niche leaves (bool,
 * char, references, ranged newtypes, fieldless enums with boundary discriminants), niche killers
 * (UnsafeCell, unions, {@code [T; 0]}), aligned ZSTs, uninhabited variants and generic wrappers.
 * The same seed always yields the same Rust source and the same {@link Ty}s. The source is a
 * {@code #![no_core]} body for {@code layout_dump.py --nocore}, valid on every supported target.
 */
final class TypeGen {
    /** One probed type: its Rust spelling and its {@link Ty}. */
    record Probe(String rust, Ty ty) {}

    /** A generated type: spelling, Ty, and whether it transitively contains a {@code repr(align)} type. */
    private record G(String rust, Ty ty, boolean aligned) {}

    static final String PRELUDE = String.join("\n",
            "pub trait Tr {}",
            "#[lang = \"unsafe_cell\"] #[repr(transparent)] pub struct UnsafeCell<T: ?Sized> { value: T }",
            "#[lang = \"manually_drop\"] #[repr(transparent)] pub struct ManuallyDrop<T: ?Sized> { value: T }",
            "pub enum Opt<T> { None, Some(T) }",
            "pub enum Res<T, E> { Ok(T), Err(E) }",
            "pub struct Tail<T: ?Sized> { pub a: u8, pub b: u32, pub t: T }",
            "pub struct Tail2<T: ?Sized> { pub a: bool, pub t: T }", "");

    private final Random rnd;
    private final StringBuilder defs = new StringBuilder();
    private final List<Probe> probes = new ArrayList<>();
    private int nextId;
    private final AdtDef opt = generic("Opt", AdtKind.ENUM, ReprOptions.DEFAULT, 1, List.of(List.of(), List.of(0)),
            Optional.empty(), false, List.of());
    private final AdtDef res = generic("Res", AdtKind.ENUM, ReprOptions.DEFAULT, 2, List.of(List.of(0), List.of(1)),
            Optional.empty(), false, List.of());
    private final AdtDef cell = generic("UnsafeCell", AdtKind.STRUCT, transparent(), 1, List.of(List.of(0)),
            Optional.of("unsafe_cell"), true, List.of());
    private final AdtDef md = generic("ManuallyDrop", AdtKind.STRUCT, transparent(), 1, List.of(List.of(0)),
            Optional.of("manually_drop"), true, List.of());
    private final AdtDef tail = generic("Tail", AdtKind.STRUCT, ReprOptions.DEFAULT, 1, List.of(List.of(-1, -2, 0)),
            Optional.empty(), true, List.of(U8, U32));
    private final AdtDef tail2 = generic("Tail2", AdtKind.STRUCT, ReprOptions.DEFAULT, 1, List.of(List.of(-1, 0)),
            Optional.empty(), true, List.of(BOOL));

    private TypeGen(long seed) {
        this.rnd = new Random(seed);
    }

    /** The source file (definitions + one {@code #[rustc_layout(debug)]} alias per probe) and its probes. */
    record GenFile(String source, List<Probe> probes) {}

    static GenFile generate(long seed, int count) {
        TypeGen g = new TypeGen(seed);
        for (int i = 0; i < count; i++) {
            G t = g.top();
            g.probes.add(new Probe(t.rust, t.ty));
        }
        StringBuilder src = new StringBuilder(PRELUDE).append(g.defs);
        for (int i = 0; i < g.probes.size(); i++) {
            src.append("#[rustc_layout(debug)] type P").append(i).append(" = ").append(g.probes.get(i).rust()).append(";\n");
        }
        return new GenFile(src.toString(), List.copyOf(g.probes));
    }

    private G top() {
        if (rnd.nextInt(25) == 0) {
            return unsized();
        }
        G t = type(3);
        return switch (rnd.nextInt(7)) {
            case 6 -> {
                int levels = 3 + rnd.nextInt(5);
                for (int i = 0; i < levels; i++) {
                    t = wrap(opt, t);
                }
                yield t;
            }
            case 0 -> wrap(opt, t);
            case 1 -> wrap(opt, wrap(opt, t));
            case 2 -> {
                G e = leaf();
                yield new G("Res<" + t.rust + ", " + e.rust + ">", resTy(t.ty, e.ty), t.aligned);
            }
            default -> t;
        };
    }

    private G type(int depth) {
        if (depth <= 0 || rnd.nextInt(10) < 3) {
            return leaf();
        }
        switch (rnd.nextInt(11)) {
            case 0: {
                int n = 1 + rnd.nextInt(4);
                List<G> es = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    es.add(type(depth - 1));
                }
                return tuple(es);
            }
            case 1: {
                G e = type(depth - 1);
                long n = new long[] {0, 1, 2, 3, 5, 6}[rnd.nextInt(6)];
                return new G("[" + e.rust + "; " + n + "]", arr(e.ty, n), e.aligned);
            }
            case 2:
                return wrap(opt, type(depth - 1));
            case 3: {
                G a = type(depth - 1);
                G b = type(depth - 1);
                return new G("Res<" + a.rust + ", " + b.rust + ">", new Ty.Adt(res, List.of(a.ty, b.ty)),
                        a.aligned || b.aligned);
            }
            case 4:
                return wrap(cell, type(depth - 1));
            case 5:
                return wrap(rnd.nextBoolean() ? tail : tail2, type(depth - 1));
            case 6:
            case 7:
                return struct(depth);
            case 8:
            case 9:
                return enumDef(depth);
            default:
                return union(depth);
        }
    }

    /** An unsized type itself: {@code str}, a slice, {@code dyn Tr}, or a struct/tuple with an unsized tail. */
    private G unsized() {
        G e = type(1);
        return switch (rnd.nextInt(5)) {
            case 0 -> new G("str", Ty.STR, false);
            case 1 -> new G("[" + e.rust + "]", new Ty.Slice(e.ty), e.aligned);
            case 2 -> new G("dyn Tr", dyn(), false);
            case 3 -> new G("Tail<[" + e.rust + "]>", new Ty.Adt(tail, List.of(new Ty.Slice(e.ty))), e.aligned);
            default -> new G("(" + e.rust + ", dyn Tr)", tup(e.ty, dyn()), e.aligned);
        };
    }

    private G tuple(List<G> es) {
        String rust = "(" + String.join(", ", es.stream().map(G::rust).toList()) + (es.size() == 1 ? ",)" : ")");
        return new G(rust, new Ty.Tuple(es.stream().map(G::ty).toList()), es.stream().anyMatch(G::aligned));
    }

    private G wrap(AdtDef def, G inner) {
        return new G(def.name() + "<" + inner.rust + ">", new Ty.Adt(def, List.of(inner.ty)), inner.aligned);
    }

    private G leaf() {
        int k = rnd.nextInt(49);
        if (k < 14) {
            String[] names = {"u8", "u16", "u32", "u64", "u128", "i8", "i16", "i32", "i64", "i128", "usize", "isize",
                "f32", "f64"};
            Ty[] tys = {U8, U16, U32, U64, U128, I8, I16, I32, I64, I128, USIZE, ISIZE, F32, F64};
            return new G(names[k], tys[k], false);
        }
        switch (k) {
            case 14: case 15: case 16: return new G("bool", BOOL, false);
            case 17: case 18: return new G("char", CHAR, false);
            case 19: return new G("&'static u8", ref(U8), false);
            case 20: return new G("&'static [u16]", ref(new Ty.Slice(U16)), false);
            case 21: return new G("&'static str", ref(Ty.STR), false);
            case 22: return new G("&'static dyn Tr", ref(dyn()), false);
            case 23: return new G("*const u8", ptr(U8), false);
            case 24: return new G("*const [u8]", ptr(new Ty.Slice(U8)), false);
            case 25: return new G("*const dyn Tr", ptr(dyn()), false);
            case 26: return new G("fn()", fnPtr(), false);
            case 27: return new G("()", UNIT, false);
            case 28: return new G("!", NEVER, false);
            case 29: return new G("[u64; 0]", arr(U64, 0), false);
            case 30: return new G("[u16; 0]", arr(U16, 0), false);
            case 31: return new G("[u8; 3]", arr(U8, 3), false);
            case 32: return new G("[u8; 16]", arr(U8, 16), false);
            case 33: case 34: case 35: return ranged();
            case 40: return new G("&'static Tail<[u8]>", ref(new Ty.Adt(tail, List.of(new Ty.Slice(U8)))), false);
            case 41: return new G("*const Tail2<dyn Tr>", ptr(new Ty.Adt(tail2, List.of(dyn()))), false);
            case 42: return new G("&'static (u8, str)", ref(tup(U8, Ty.STR)), false);
            case 43: return new G("[u8; 6]", arr(U8, 6), false);
            case 44: return new G("[u16; 3]", arr(U16, 3), false);
            case 45: return new G("[bool; 2]", arr(BOOL, 2), false);
            case 46: return new G("(u8, bool)", tup(U8, BOOL), false);
            case 47: return new G("(bool, u16, u8)", tup(BOOL, U16, U8), false);
            case 48: return new G("Opt<&'static u8>", new Ty.Adt(opt, List.of(ref(U8))), false);
            default: return fieldless();
        }
    }

    private String name(String prefix) {
        return prefix + (nextId++);
    }

    /** {@code #[rustc_layout_scalar_valid_range_start/end]} newtype with a random (maybe wrapping) range. */
    private G ranged() {
        String[] names = {"u8", "u16", "u32", "i8", "i32", "u64"};
        Ty[] tys = {U8, U16, U32, I8, I32, U64};
        int[] bits = {8, 16, 32, 8, 32, 64};
        int k = rnd.nextInt(names.length);
        BigInteger max = BigInteger.ONE.shiftLeft(bits[k]).subtract(BigInteger.ONE);
        BigInteger start = pick(max);
        BigInteger end = pick(max);
        boolean hasStart = rnd.nextInt(3) != 0;
        boolean hasEnd = !hasStart || rnd.nextBoolean();
        String n = name("Nz");
        defs.append(hasStart ? "#[rustc_layout_scalar_valid_range_start(" + start + ")] " : "")
                .append(hasEnd ? "#[rustc_layout_scalar_valid_range_end(" + end + ")] " : "")
                .append("pub struct ").append(n).append("(").append(names[k]).append(");\n");
        Ty.Adt ty = adt(n, AdtKind.STRUCT, repr(), List.of(List.of(tys[k])), List.of(), false,
                hasStart ? start : null, hasEnd ? end : null);
        return new G(n, ty, false);
    }

    private BigInteger pick(BigInteger max) {
        return switch (rnd.nextInt(6)) {
            case 0 -> BigInteger.ZERO;
            case 1 -> BigInteger.ONE;
            case 2 -> max;
            case 3 -> max.subtract(BigInteger.ONE);
            case 4 -> max.shiftRight(1).add(BigInteger.valueOf(rnd.nextInt(3) - 1));
            default -> new BigInteger(max.bitLength(), rnd).and(max);
        };
    }

    private G fieldless() {
        int n = rnd.nextInt(10) == 0 ? 250 + rnd.nextInt(10) : 1 + rnd.nextInt(5);
        List<List<G>> variants = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            variants.add(List.of());
        }
        return enumFrom(variants, true);
    }

    private G enumDef(int depth) {
        int n = 1 + rnd.nextInt(5);
        List<List<G>> variants = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int f = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(3);
            List<G> fs = new ArrayList<>();
            for (int j = 0; j < f; j++) {
                fs.add(rnd.nextInt(12) == 0 ? new G("!", NEVER, false) : type(depth - 1));
            }
            variants.add(fs);
        }
        return enumFrom(variants, variants.stream().allMatch(List::isEmpty));
    }

    private G enumFrom(List<List<G>> variants, boolean fieldless) {
        String[] reprs = {"", "", "", "", "", "u8", "i8", "u16", "i16", "i32", "u32", "u64", "i64", "u128", "i128", "isize",
            "usize", "C", "C", "C, u8", "C, i16", "align(4)", "align(16)"};
        String r = reprs[rnd.nextInt(reprs.length)];
        if (fieldless && r.startsWith("C, ")) {
            // `repr(C, u8)` on a fieldless enum is E0566 (conflicting_repr_hints).
            r = "C";
        }
        if (variants.size() > 250 && !r.isEmpty() && !r.startsWith("align")) {
            r = r.contains("8") ? "u16" : r;
        }
        DiscrGen.Result d = DiscrGen.generate(rnd, r, variants.size(), fieldless);
        String n = name("E");
        StringBuilder sb = new StringBuilder(r.isEmpty() ? "" : "#[repr(" + r + ")] ").append("pub enum ").append(n).append(" { ");
        boolean aligned = r.startsWith("align");
        List<List<Ty>> tys = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            List<G> fs = variants.get(i);
            sb.append("V").append(i);
            if (!fs.isEmpty()) {
                sb.append("(").append(String.join(", ", fs.stream().map(G::rust).toList())).append(")");
            }
            if (d.explicit().get(i)) {
                sb.append(" = ").append(d.values().get(i));
            }
            sb.append(", ");
            tys.add(fs.stream().map(G::ty).toList());
            aligned |= fs.stream().anyMatch(G::aligned);
        }
        defs.append(sb).append("}\n");
        return new G(n, adt(n, AdtKind.ENUM, ReprGen.parse(r), tys, d.values(), false, null, null), aligned);
    }

    private G struct(int depth) {
        int n = rnd.nextInt(6);
        String r = ReprGen.structRepr(rnd, n);
        boolean packed = r.contains("packed");
        List<G> fs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            G f = type(depth - 1);
            while (packed && f.aligned) {
                f = leaf();
            }
            fs.add(f);
        }
        if (r.equals("transparent") && n == 1 && rnd.nextBoolean()) {
            fs.add(new G("()", UNIT, false));
        }
        String name = name("S");
        StringBuilder sb = new StringBuilder(r.isEmpty() ? "" : "#[repr(" + r + ")] ").append("pub struct ").append(name).append(" { ");
        for (int i = 0; i < fs.size(); i++) {
            sb.append("f").append(i).append(": ").append(fs.get(i).rust).append(", ");
        }
        defs.append(sb).append("}\n");
        Ty.Adt ty = adt(name, AdtKind.STRUCT, ReprGen.parse(r), List.of(fs.stream().map(G::ty).toList()), List.of(),
                false, null, null);
        return new G(name, ty, r.startsWith("align") || r.contains("align(") || fs.stream().anyMatch(G::aligned));
    }

    private G union(int depth) {
        int n = 1 + rnd.nextInt(3);
        String[] reprs = {"", "", "C", "packed", "packed(2)", "align(8)"};
        String r = reprs[rnd.nextInt(reprs.length)];
        List<G> fs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            G f = type(depth - 1);
            while (r.contains("packed") && f.aligned) {
                f = leaf();
            }
            fs.add(wrap(md, f));
        }
        String name = name("U");
        StringBuilder sb = new StringBuilder(r.isEmpty() ? "" : "#[repr(" + r + ")] ").append("pub union ").append(name).append(" { ");
        for (int i = 0; i < n; i++) {
            sb.append("f").append(i).append(": ").append(fs.get(i).rust).append(", ");
        }
        defs.append(sb).append("}\n");
        Ty.Adt ty = adt(name, AdtKind.UNION, ReprGen.parse(r), List.of(fs.stream().map(G::ty).toList()), List.of(),
                false, null, null);
        return new G(name, ty, r.startsWith("align") || fs.stream().anyMatch(G::aligned));
    }

    /**
     * A generic definition; field entries are parameter indexes, or -k for {@code fixed.get(k - 1)}.
     */
    private static AdtDef generic(String name, AdtKind kind, ReprOptions repr, int params, List<List<Integer>> fields,
            Optional<String> lang, boolean tailMaybeUnsized, List<Ty> fixed) {
        List<GenericParamDef> ps = new ArrayList<>();
        for (int i = 0; i < params; i++) {
            ps.add(new GenericParamDef("T" + i, GenericParamDef.Kind.TYPE, Optional.empty(), Optional.empty(), false));
        }
        List<BigInteger> d = new ArrayList<>();
        List<VariantDef> vs = new ArrayList<>();
        for (int v = 0; v < fields.size(); v++) {
            d.add(BigInteger.valueOf(v));
            List<FieldDef> fds = new ArrayList<>();
            for (int i = 0; i < fields.get(v).size(); i++) {
                fds.add(new FieldDef(Integer.toString(i), null, Span.at(0)));
            }
            vs.add(new VariantDef("V" + v, CtorKind.TUPLE, fds, Span.at(0)));
        }
        AdtDef def = new AdtDef(name, name, kind, ps, repr, vs, kind == AdtKind.ENUM ? d : List.of(), Optional.empty(),
                Optional.empty(), lang, null, Span.at(0),
                (x, v, args) -> fields.get(v).stream().map(i -> i < 0 ? fixed.get(-i - 1) : (Ty) args.get(i)).toList());
        def.setTailMaybeUnsized(() -> tailMaybeUnsized);
        return def;
    }

    Ty.Adt resTy(Ty a, Ty b) {
        return new Ty.Adt(res, List.of(a, b));
    }
}
