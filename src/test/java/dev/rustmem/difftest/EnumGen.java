package dev.rustmem.difftest;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes enums: fieldless ones with boundary discriminants, data-carrying ones (with uninhabited
 * variants and explicit discriminants under an integer repr), enums with hundreds of variants
 * around one or two dataful ones (niche capacity boundaries), empty and single-variant enums.
 */
final class EnumGen {
    /** One variant: its fields ({@code null} = unit variant) and whether it is struct-like. */
    private record Var(String name, List<GenTy> fields, boolean braces) {}

    private final GenContext cx;

    EnumGen(GenContext cx) {
        this.cx = cx;
    }

    GenTy fieldless(String name, StringBuilder out) {
        int r = cx.rnd().nextInt(100);
        String repr = r < 25 ? "" : r < 35 ? "C" : cx.pick(GenContext.INT_REPRS);
        int n = cx.chance(80) ? cx.between(1, 6) : cx.between(7, 12);
        List<Var> vars = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            vars.add(new Var("V" + i, null, false));
        }
        List<BigInteger> discr = cx.discriminants().pick(repr, n, 0.7);
        return write(name, repr, vars, discr, out);
    }

    GenTy data(String name, StringBuilder out) {
        int r = cx.rnd().nextInt(100);
        String intRepr = r < 55 ? "" : r < 68 ? cx.pick(GenContext.INT_REPRS)
                : r < 76 ? "C" : r < 84 ? cx.pick(List.of("C, u8", "C, i16", "C, u32")) : "";
        String repr = r >= 84 && r < 92 ? "align(" + cx.pow2(1, 4) + ")" : intRepr;
        if (!intRepr.isEmpty() && cx.chance(8)) {
            repr = intRepr + ", align(" + cx.pow2(1, 4) + ")";
        }
        boolean small = cx.chance(30);
        int n = cx.between(2, 6);
        List<Var> vars = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int kind = cx.rnd().nextInt(100);
            if (kind < 35) {
                vars.add(new Var("V" + i, null, false));
                continue;
            }
            List<GenTy> fields = new ArrayList<>();
            for (int k = cx.between(1, 3); k > 0; k--) {
                fields.add(small ? cx.smallField() : cx.pool().any(1));
            }
            if (cx.chance(12)) {
                fields.add(cx.rnd().nextInt(fields.size() + 1), cx.pool().uninhabited());
            }
            vars.add(new Var("V" + i, fields, kind >= 80));
        }
        if (cx.chance(10)) {
            // a recursive variant, like `Cons(u32, Box<List>)`
            vars.add(cx.rnd().nextInt(vars.size() + 1),
                    new Var("V" + vars.size(), List.of(GenTy.prim("u32", 4, true), cx.selfRef(name)), false));
        }
        if (intRepr.startsWith("C, ") && vars.stream().allMatch(v -> v.fields() == null)) {
            // repr(C, u8) on a fieldless enum is rustc's E0566 (conflicting representation hints)
            intRepr = intRepr.substring(3);
            repr = intRepr;
        }
        List<BigInteger> discr = null;
        String discrType = intRepr.startsWith("C, ") ? intRepr.substring(3) : intRepr;
        if (!discrType.isEmpty() && !discrType.equals("C") && cx.chance(40)) {
            discr = cx.discriminants().pick(discrType, vars.size(), 0.5);
        }
        return write(name, repr, vars, discr, out);
    }

    /** Hundreds of fieldless variants around one or two dataful ones: niche-capacity boundaries. */
    GenTy many(String name, StringBuilder out) {
        int n = cx.pick(List.of(3, 4, 127, 128, 200, 253, 254, 255, 256, 257));
        int dataful = cx.between(1, 2);
        List<Var> vars = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            vars.add(new Var("V" + i, null, false));
        }
        for (int d = 0; d < dataful; d++) {
            int at = cx.pick(List.of(0, n / 2, vars.size()));
            List<GenTy> fields = new ArrayList<>();
            for (int k = cx.between(1, 2); k > 0; k--) {
                fields.add(cx.chance(50) ? cx.smallField() : cx.pool().any(1));
            }
            vars.add(at, new Var("D" + d, fields, false));
        }
        String repr = cx.chance(80) ? "" : vars.size() <= 256 ? "u8" : "u16";
        return write(name, repr, vars, null, out);
    }

    GenTy empty(String name, StringBuilder out) {
        out.append("pub enum ").append(name).append(" {}\n");
        return new GenTy(name, name, true, false, false, false, 0);
    }

    GenTy single(String name, StringBuilder out) {
        int r = cx.rnd().nextInt(100);
        List<GenTy> fields = null;
        String repr = r < 45 ? "" : r < 60 ? "u8" : r < 75 ? "C" : "transparent";
        if (repr.equals("transparent") || cx.chance(70)) {
            fields = new ArrayList<>();
            fields.add(cx.pool().any(1));
            if (!repr.equals("transparent") && cx.chance(50)) {
                fields.add(cx.pool().any(1));
            } else if (cx.chance(30)) {
                fields.add(cx.zst1());
            }
        }
        List<Var> vars = List.of(new Var("Only", fields, fields != null && cx.chance(30)));
        return write(name, repr, vars, null, out);
    }

    private GenTy write(String name, String repr, List<Var> vars, List<BigInteger> discr, StringBuilder out) {
        if (!repr.isEmpty()) {
            out.append("#[repr(").append(repr).append(")]\n");
        }
        out.append("pub enum ").append(name).append(" {");
        List<GenTy> all = new ArrayList<>();
        boolean multiLine = vars.size() > 12;
        for (int i = 0; i < vars.size(); i++) {
            Var v = vars.get(i);
            out.append(multiLine && i % 16 == 0 ? "\n    " : " ").append(v.name());
            if (v.fields() != null) {
                StructGen.writeFields(out, v.fields(), !v.braces(), false);
                all.addAll(v.fields());
                cx.named().noteAll(v.fields());
            }
            if (discr != null && discr.get(i) != null) {
                out.append(" = ").append(discr.get(i));
            }
            out.append(',');
        }
        out.append(multiLine ? "\n}\n" : " }\n");
        return StructGen.defined(name, all, false, repr.contains("align"));
    }
}
