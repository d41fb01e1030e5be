package dev.rustmem.layout;

import static dev.rustmem.layout.TyBuilder.*;

import dev.rustmem.types.AdtDef;
import dev.rustmem.types.AdtKind;
import dev.rustmem.types.ReprOptions;
import dev.rustmem.types.Ty;
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

    static final String PRELUDE = String.join("\n",
            "pub trait Tr {}",
            "#[lang = \"unsafe_cell\"] #[repr(transparent)] pub struct UnsafeCell<T: ?Sized> { value: T }",
            "#[lang = \"manually_drop\"] #[repr(transparent)] pub struct ManuallyDrop<T: ?Sized> { value: T }",
            "pub enum Opt<T> { None, Some(T) }",
            "pub enum Res<T, E> { Ok(T), Err(E) }",
            "pub struct Tail<T: ?Sized> { pub a: u8, pub b: u32, pub t: T }",
            "pub struct Tail2<T: ?Sized> { pub a: bool, pub t: T }", "");

    private final Random rnd;
    private final List<Probe> probes = new ArrayList<>();
    private final GenDefs defs;
    private final AdtDef opt = GenDefs.generic("Opt", AdtKind.ENUM, ReprOptions.DEFAULT, 1, List.of(List.of(), List.of(0)),
            Optional.empty(), false, List.of());
    private final AdtDef res = GenDefs.generic("Res", AdtKind.ENUM, ReprOptions.DEFAULT, 2, List.of(List.of(0), List.of(1)),
            Optional.empty(), false, List.of());
    private final AdtDef cell = GenDefs.generic("UnsafeCell", AdtKind.STRUCT, transparent(), 1, List.of(List.of(0)),
            Optional.of("unsafe_cell"), true, List.of());
    private final AdtDef md = GenDefs.generic("ManuallyDrop", AdtKind.STRUCT, transparent(), 1, List.of(List.of(0)),
            Optional.of("manually_drop"), true, List.of());
    private final AdtDef tail = GenDefs.generic("Tail", AdtKind.STRUCT, ReprOptions.DEFAULT, 1, List.of(List.of(-1, -2, 0)),
            Optional.empty(), true, List.of(U8, U32));
    private final AdtDef tail2 = GenDefs.generic("Tail2", AdtKind.STRUCT, ReprOptions.DEFAULT, 1, List.of(List.of(-1, 0)),
            Optional.empty(), true, List.of(BOOL));

    private TypeGen(long seed) {
        this.rnd = new Random(seed);
        this.defs = new GenDefs(rnd, this);
    }

    /** The source file (definitions + one {@code #[rustc_layout(debug)]} alias per probe) and its probes. */
    record GenFile(String source, List<Probe> probes) {}

    static GenFile generate(long seed, int count) {
        TypeGen g = new TypeGen(seed);
        for (int i = 0; i < count; i++) {
            GenType t = g.top();
            g.probes.add(new Probe(t.rust(), t.ty()));
        }
        StringBuilder src = new StringBuilder(PRELUDE).append(g.defs.text());
        for (int i = 0; i < g.probes.size(); i++) {
            src.append("#[rustc_layout(debug)] type P").append(i).append(" = ").append(g.probes.get(i).rust()).append(";\n");
        }
        return new GenFile(src.toString(), List.copyOf(g.probes));
    }

    private GenType top() {
        if (rnd.nextInt(25) == 0) {
            return unsized();
        }
        GenType t = type(3);
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
                GenType e = leaf();
                yield new GenType("Res<" + t.rust() + ", " + e.rust() + ">", resTy(t.ty(), e.ty()), t.aligned());
            }
            default -> t;
        };
    }

    GenType type(int depth) {
        if (depth <= 0 || rnd.nextInt(10) < 3) {
            return leaf();
        }
        switch (rnd.nextInt(11)) {
            case 0: {
                int n = 1 + rnd.nextInt(4);
                List<GenType> es = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    es.add(type(depth - 1));
                }
                return tuple(es);
            }
            case 1: {
                GenType e = type(depth - 1);
                long n = new long[] {0, 1, 2, 3, 5, 6}[rnd.nextInt(6)];
                return new GenType("[" + e.rust() + "; " + n + "]", arr(e.ty(), n), e.aligned());
            }
            case 2:
                return wrap(opt, type(depth - 1));
            case 3: {
                GenType a = type(depth - 1);
                GenType b = type(depth - 1);
                return new GenType("Res<" + a.rust() + ", " + b.rust() + ">", new Ty.Adt(res, List.of(a.ty(), b.ty())),
                        a.aligned() || b.aligned());
            }
            case 4:
                return wrap(cell, type(depth - 1));
            case 5:
                return wrap(rnd.nextBoolean() ? tail : tail2, type(depth - 1));
            case 6:
            case 7:
                return defs.struct(depth);
            case 8:
            case 9:
                return defs.enumDef(depth);
            default:
                return defs.union(depth);
        }
    }

    /** An unsized type itself: {@code str}, a slice, {@code dyn Tr}, or a struct/tuple with an unsized tail. */
    private GenType unsized() {
        GenType e = type(1);
        return switch (rnd.nextInt(5)) {
            case 0 -> new GenType("str", Ty.STR, false);
            case 1 -> new GenType("[" + e.rust() + "]", new Ty.Slice(e.ty()), e.aligned());
            case 2 -> new GenType("dyn Tr", dyn(), false);
            case 3 -> new GenType("Tail<[" + e.rust() + "]>", new Ty.Adt(tail, List.of(new Ty.Slice(e.ty()))), e.aligned());
            default -> new GenType("(" + e.rust() + ", dyn Tr)", tup(e.ty(), dyn()), e.aligned());
        };
    }

    private GenType tuple(List<GenType> es) {
        String rust = "(" + String.join(", ", es.stream().map(GenType::rust).toList()) + (es.size() == 1 ? ",)" : ")");
        return new GenType(rust, new Ty.Tuple(es.stream().map(GenType::ty).toList()), es.stream().anyMatch(GenType::aligned));
    }

    /** {@code ManuallyDrop<inner>}, for union fields. */
    GenType manuallyDrop(GenType inner) {
        return wrap(md, inner);
    }

    private GenType wrap(AdtDef def, GenType inner) {
        return new GenType(def.name() + "<" + inner.rust() + ">", new Ty.Adt(def, List.of(inner.ty())), inner.aligned());
    }

    GenType leaf() {
        int k = rnd.nextInt(49);
        if (k < 14) {
            String[] names = {"u8", "u16", "u32", "u64", "u128", "i8", "i16", "i32", "i64", "i128", "usize", "isize",
                "f32", "f64"};
            Ty[] tys = {U8, U16, U32, U64, U128, I8, I16, I32, I64, I128, USIZE, ISIZE, F32, F64};
            return new GenType(names[k], tys[k], false);
        }
        switch (k) {
            case 14: case 15: case 16: return new GenType("bool", BOOL, false);
            case 17: case 18: return new GenType("char", CHAR, false);
            case 19: return new GenType("&'static u8", ref(U8), false);
            case 20: return new GenType("&'static [u16]", ref(new Ty.Slice(U16)), false);
            case 21: return new GenType("&'static str", ref(Ty.STR), false);
            case 22: return new GenType("&'static dyn Tr", ref(dyn()), false);
            case 23: return new GenType("*const u8", ptr(U8), false);
            case 24: return new GenType("*const [u8]", ptr(new Ty.Slice(U8)), false);
            case 25: return new GenType("*const dyn Tr", ptr(dyn()), false);
            case 26: return new GenType("fn()", fnPtr(), false);
            case 27: return new GenType("()", UNIT, false);
            case 28: return new GenType("!", NEVER, false);
            case 29: return new GenType("[u64; 0]", arr(U64, 0), false);
            case 30: return new GenType("[u16; 0]", arr(U16, 0), false);
            case 31: return new GenType("[u8; 3]", arr(U8, 3), false);
            case 32: return new GenType("[u8; 16]", arr(U8, 16), false);
            case 33: case 34: case 35: return defs.ranged();
            case 40: return new GenType("&'static Tail<[u8]>", ref(new Ty.Adt(tail, List.of(new Ty.Slice(U8)))), false);
            case 41: return new GenType("*const Tail2<dyn Tr>", ptr(new Ty.Adt(tail2, List.of(dyn()))), false);
            case 42: return new GenType("&'static (u8, str)", ref(tup(U8, Ty.STR)), false);
            case 43: return new GenType("[u8; 6]", arr(U8, 6), false);
            case 44: return new GenType("[u16; 3]", arr(U16, 3), false);
            case 45: return new GenType("[bool; 2]", arr(BOOL, 2), false);
            case 46: return new GenType("(u8, bool)", tup(U8, BOOL), false);
            case 47: return new GenType("(bool, u16, u8)", tup(BOOL, U16, U8), false);
            case 48: return new GenType("Opt<&'static u8>", new Ty.Adt(opt, List.of(ref(U8))), false);
            default: return defs.fieldless();
        }
    }

    Ty.Adt resTy(Ty a, Ty b) {
        return new Ty.Adt(res, List.of(a, b));
    }
}
