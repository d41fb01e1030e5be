package dev.rustmem.difftest;

import java.util.ArrayList;
import java.util.List;

/** Writes structs, unions and generic definitions (with their reprs) into a generated file. */
final class StructGen {
    /** A generic definition that later aliases instantiate. */
    /** {@code aligned}: has a repr(align) or a concrete field containing one (E0588 for packed users). */
    record GenericDef(String name, int params, boolean aligned, String aliasPrinted) {
        /** rustc's name of an instance: the alias expanded, or {@code Name<args>}. */
        String printed(java.util.List<GenTy> args) {
            if (aliasPrinted == null) {
                StringBuilder s = new StringBuilder(name).append('<');
                for (int i = 0; i < args.size(); i++) {
                    s.append(i == 0 ? "" : ", ").append(args.get(i).printed());
                }
                return s.append('>').toString();
            }
            String p = aliasPrinted.replace("#T", args.get(0).printed());
            return args.size() > 1 ? p.replace("#U", args.get(1).printed()) : p;
        }
    }

    private static final String[] FIELD_NAMES = {"a", "b", "c", "d", "e", "f", "g", "h"};

    private final GenContext cx;

    StructGen(GenContext cx) {
        this.cx = cx;
    }

    GenTy struct(String name, StringBuilder out) {
        int shape = cx.rnd().nextInt(100);
        boolean unit = shape < 8;
        boolean tuple = !unit && shape < 40;
        String repr = structRepr(unit);
        boolean packed = repr.contains("packed");
        boolean transparent = repr.equals("transparent");
        List<GenTy> fields = new ArrayList<>();
        if (transparent) {
            fields.add(cx.pool().any(2));
            for (int i = cx.between(0, 2); i > 0; i--) {
                fields.add(cx.rnd().nextInt(fields.size() + 1), cx.zst1());
            }
        } else if (!unit) {
            boolean small = cx.chance(25);
            for (int n = tuple ? cx.between(1, 5) : cx.between(0, 6); n > 0; n--) {
                GenTy t = small ? cx.smallField() : cx.pool().any(2);
                fields.add(packed && t.aligned() ? GenTy.prim("u16", 2, true) : t);
            }
        }
        if (!unit && !transparent && cx.chance(10)) {
            fields.add(cx.rnd().nextInt(fields.size() + 1), cx.selfRef(name));
        }
        cx.named().noteAll(fields);
        boolean copy = fields.stream().allMatch(GenTy::copy) && cx.profile().std() && cx.chance(40);
        if (copy) {
            out.append("#[derive(Clone, Copy)]\n");
        }
        if (!repr.isEmpty()) {
            out.append("#[repr(").append(repr).append(")]\n");
        }
        out.append("pub struct ").append(name);
        if (unit) {
            out.append(";\n");
        } else {
            writeFields(out, fields, tuple, true);
            out.append(tuple ? ";\n" : "\n");
        }
        return defined(name, fields, copy, repr.contains("align"));
    }

    GenTy union(String name, StringBuilder out) {
        int r = cx.rnd().nextInt(100);
        String repr = r < 40 ? "" : r < 65 ? "C" : r < 73 ? "packed" : r < 80 ? "C, packed(2)"
                : r < 90 ? "align(" + cx.pow2(1, 5) + ")" : "C, align(" + cx.pow2(0, 4) + ")";
        List<GenTy> fields = new ArrayList<>();
        for (int n = cx.between(1, 4); n > 0; n--) {
            GenTy t = cx.pool().unionField(1);
            fields.add(repr.contains("packed") && t.aligned() ? GenTy.prim("u32", 4, true) : t);
        }
        cx.named().noteAll(fields);
        boolean copy = fields.stream().allMatch(GenTy::copy) && cx.profile().std() && cx.chance(40);
        if (copy) {
            out.append("#[derive(Clone, Copy)]\n");
        }
        if (!repr.isEmpty()) {
            out.append("#[repr(").append(repr).append(")]\n");
        }
        out.append("pub union ").append(name);
        writeFields(out, fields, false, true);
        out.append('\n');
        return defined(name, fields, copy, repr.contains("align"));
    }

    /** A generic struct or enum; every parameter is used by some field. */
    GenericDef generic(String name, StringBuilder out) {
        int params = cx.between(1, 2);
        if (cx.chance(20)) {
            return genericAlias(name, params, out);
        }
        int r = cx.rnd().nextInt(100);
        boolean isEnum = cx.chance(40);
        String repr = r < 55 ? "" : r < 75 ? "C" : r < 88 && !isEnum ? "packed" : "align(" + cx.pow2(1, 4) + ")";
        // a `?Sized` last parameter changes how rustc may reorder (layout-algorithm.md §4.1)
        boolean maybeUnsized = !isEnum && !repr.equals("packed") && cx.chance(25);
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < params; i++) {
            if (!(maybeUnsized && i == params - 1)) {
                fields.add(paramForm(i == 0 ? "T" : "U"));
            }
        }
        boolean aligned = repr.contains("align");
        for (int n = cx.between(0, 2); n > 0; n--) {
            GenTy t = concreteForGeneric(repr);
            aligned |= t.aligned();
            fields.add(cx.rnd().nextInt(fields.size() + 1), t.src());
        }
        if (maybeUnsized) {
            fields.add(params == 1 ? "T" : "U");
        }
        String head = name + (params == 1 ? (maybeUnsized ? "<T: ?Sized>" : "<T>")
                : (maybeUnsized ? "<T, U: ?Sized>" : "<T, U>"));
        if (!repr.isEmpty()) {
            out.append("#[repr(").append(repr).append(")]\n");
        }
        if (isEnum) {
            out.append("pub enum ").append(head).append(" { ");
            for (int i = 0; i < fields.size(); i++) {
                out.append("V").append(i).append('(').append(fields.get(i)).append("), ");
            }
            out.append(cx.chance(60) ? "Empty }\n" : "}\n");
        } else {
            out.append("pub struct ").append(head).append(" { ");
            for (int i = 0; i < fields.size(); i++) {
                out.append("pub ").append(FIELD_NAMES[i]).append(": ").append(fields.get(i)).append(", ");
            }
            out.append("}\n");
        }
        return new GenericDef(name, params, aligned, null);
    }

    /** {@code type G<T> = Option<(T, u8)>;}-like: instances print as the expanded type. */
    private GenericDef genericAlias(String name, int params, StringBuilder out) {
        boolean std = cx.profile().std();
        String src;
        String printed;
        boolean aligned = false;
        if (params == 2) {
            src = (std ? "Result" : "Res") + "<T, (U, u8)>";
            printed = (std ? "std::result::Result" : "Res") + "<#T, (#U, u8)>";
        } else if (cx.chance(50)) {
            src = (std ? "Option" : "Opt") + "<(T, u8)>";
            printed = (std ? "std::option::Option" : "Opt") + "<(#T, u8)>";
        } else {
            GenTy other = cx.pool().any(1, t -> t.estSize() <= TypePool.NEST_LIMIT);
            cx.named().note(other);
            aligned = other.aligned();
            src = (std ? "Result" : "Res") + "<[T; 2], " + other.src() + ">";
            printed = (std ? "std::result::Result" : "Res") + "<[#T; 2], " + other.printed() + ">";
        }
        out.append("pub type ").append(name).append(params == 1 ? "<T>" : "<T, U>").append(" = ").append(src)
                .append(";\n");
        return new GenericDef(name, params, aligned, printed);
    }

    private GenTy concreteForGeneric(String repr) {
        GenTy t = cx.pool().any(1, x -> !(repr.contains("packed") && x.aligned()));
        cx.named().note(t);
        return t;
    }

    private String paramForm(String p) {
        switch (cx.rnd().nextInt(8)) {
            case 0: return "[" + p + "; 2]";
            case 1: return "(" + p + ", u8)";
            case 2: return (cx.profile().std() ? "Option<" : "Opt<") + p + ">";
            case 3: return "*const " + p;
            default: return p;
        }
    }

    private String structRepr(boolean unit) {
        int r = cx.rnd().nextInt(100);
        if (r < 45) {
            return "";
        } else if (r < 60) {
            return "C";
        } else if (r < 65) {
            return "packed";
        } else if (r < 70) {
            return "packed(" + cx.pow2(0, 4) + ")";
        } else if (r < 74) {
            return "C, packed(" + cx.pow2(0, 3) + ")";
        } else if (r < 81) {
            return "align(" + cx.pow2(0, 6) + ")";
        } else if (r < 85 || unit) {
            return "C, align(" + cx.pow2(1, 4) + ")";
        }
        return "transparent";
    }

    static void writeFields(StringBuilder out, List<GenTy> fields, boolean tuple, boolean pub) {
        String vis = pub ? "pub " : "";
        out.append(tuple ? "(" : " { ");
        for (int i = 0; i < fields.size(); i++) {
            if (tuple) {
                out.append(i == 0 ? "" : ", ").append(vis).append(fields.get(i).src());
            } else {
                out.append(vis).append(FIELD_NAMES[i]).append(": ").append(fields.get(i).src()).append(", ");
            }
        }
        out.append(tuple ? ")" : "}");
    }

    static GenTy defined(String name, List<GenTy> fields, boolean copy, boolean alignRepr) {
        int est = 8;
        boolean aligned = alignRepr;
        for (GenTy f : fields) {
            est = GenTy.addEst(est, f.estSize() + 8);
            aligned |= f.aligned();
        }
        if (alignRepr) {
            est += 64;
        }
        return new GenTy(name, name, true, copy, aligned, false, est);
    }
}
