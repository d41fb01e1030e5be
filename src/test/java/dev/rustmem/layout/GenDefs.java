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
 * The named definitions {@link TypeGen} writes: ranged newtypes, fieldless and data-carrying enums
 * (every repr, boundary discriminants), structs and unions (every repr), each as Rust text and as
 * an {@link AdtDef}. Shares the generator's {@link Random} so one seed fixes everything.
 */
final class GenDefs {
    private final Random rnd;
    private final TypeGen gen;
    private final StringBuilder defs = new StringBuilder();
    private int nextId;

    GenDefs(Random rnd, TypeGen gen) {
        this.rnd = rnd;
        this.gen = gen;
    }

    String text() {
        return defs.toString();
    }

    private String name(String prefix) {
        return prefix + (nextId++);
    }

    /** {@code #[rustc_layout_scalar_valid_range_start/end]} newtype with a random (maybe wrapping) range. */
    GenType ranged() {
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
        return new GenType(n, ty, false);
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

    GenType fieldless() {
        int n = rnd.nextInt(10) == 0 ? 250 + rnd.nextInt(10) : 1 + rnd.nextInt(5);
        List<List<GenType>> variants = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            variants.add(List.of());
        }
        return enumFrom(variants, true);
    }

    GenType enumDef(int depth) {
        int n = 1 + rnd.nextInt(5);
        List<List<GenType>> variants = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int f = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(3);
            List<GenType> fs = new ArrayList<>();
            for (int j = 0; j < f; j++) {
                fs.add(rnd.nextInt(12) == 0 ? new GenType("!", NEVER, false) : gen.type(depth - 1));
            }
            variants.add(fs);
        }
        return enumFrom(variants, variants.stream().allMatch(List::isEmpty));
    }

    private GenType enumFrom(List<List<GenType>> variants, boolean fieldless) {
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
            List<GenType> fs = variants.get(i);
            sb.append("V").append(i);
            if (!fs.isEmpty()) {
                sb.append("(").append(String.join(", ", fs.stream().map(GenType::rust).toList())).append(")");
            }
            if (d.explicit().get(i)) {
                sb.append(" = ").append(d.values().get(i));
            }
            sb.append(", ");
            tys.add(fs.stream().map(GenType::ty).toList());
            aligned |= fs.stream().anyMatch(GenType::aligned);
        }
        defs.append(sb).append("}\n");
        return new GenType(n, adt(n, AdtKind.ENUM, ReprGen.parse(r), tys, d.values(), false, null, null), aligned);
    }

    GenType struct(int depth) {
        int n = rnd.nextInt(6);
        String r = ReprGen.structRepr(rnd, n);
        boolean packed = r.contains("packed");
        List<GenType> fs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            GenType f = gen.type(depth - 1);
            while (packed && f.aligned()) {
                f = gen.leaf();
            }
            fs.add(f);
        }
        if (r.equals("transparent") && n == 1 && rnd.nextBoolean()) {
            fs.add(new GenType("()", UNIT, false));
        }
        String name = name("S");
        StringBuilder sb = new StringBuilder(r.isEmpty() ? "" : "#[repr(" + r + ")] ").append("pub struct ").append(name).append(" { ");
        for (int i = 0; i < fs.size(); i++) {
            sb.append("f").append(i).append(": ").append(fs.get(i).rust()).append(", ");
        }
        defs.append(sb).append("}\n");
        Ty.Adt ty = adt(name, AdtKind.STRUCT, ReprGen.parse(r), List.of(fs.stream().map(GenType::ty).toList()), List.of(),
                false, null, null);
        return new GenType(name, ty, r.startsWith("align") || r.contains("align(") || fs.stream().anyMatch(GenType::aligned));
    }

    GenType union(int depth) {
        int n = 1 + rnd.nextInt(3);
        String[] reprs = {"", "", "C", "packed", "packed(2)", "align(8)"};
        String r = reprs[rnd.nextInt(reprs.length)];
        List<GenType> fs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            GenType f = gen.type(depth - 1);
            while (r.contains("packed") && f.aligned()) {
                f = gen.leaf();
            }
            fs.add(gen.manuallyDrop(f));
        }
        String name = name("U");
        StringBuilder sb = new StringBuilder(r.isEmpty() ? "" : "#[repr(" + r + ")] ").append("pub union ").append(name).append(" { ");
        for (int i = 0; i < n; i++) {
            sb.append("f").append(i).append(": ").append(fs.get(i).rust()).append(", ");
        }
        defs.append(sb).append("}\n");
        Ty.Adt ty = adt(name, AdtKind.UNION, ReprGen.parse(r), List.of(fs.stream().map(GenType::ty).toList()), List.of(),
                false, null, null);
        return new GenType(name, ty, r.startsWith("align") || fs.stream().anyMatch(GenType::aligned));
    }


    /**
     * A generic definition; field entries are parameter indexes, or -k for {@code fixed.get(k - 1)}.
     */
    static AdtDef generic(String name, AdtKind kind, ReprOptions repr, int params, List<List<Integer>> fields,
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

}
