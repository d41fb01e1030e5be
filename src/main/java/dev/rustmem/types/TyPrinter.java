package dev.rustmem.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prints types in rustc's spelling, as {@code -Zprint-type-sizes} and diagnostics do:
 * {@code std::option::Option<T3>}, {@code &[u8]}, {@code (u8, u32)}, {@code fn(u32) -> u8},
 * {@code std::collections::HashMap<std::string::String, u8>} (trailing default arguments omitted).
 * Verified against rustc 1.95's {@code -Zprint-type-sizes} output.
 *
 * <p>Function pointers whose parameters hold references print their elided lifetimes as
 * late-bound regions, as rustc does: {@code for<'a> fn(&'a u8) -> &'a u8}. Since {@link Ty}
 * erases lifetimes, a {@code &'static} parameter also prints as late-bound (rustc would print
 * {@code fn(&u8)}).
 */
public final class TyPrinter {
    /** The value a definition's parameter defaults to, given the arguments before it. */
    @FunctionalInterface
    public interface Defaults {
        Optional<GenericArg> of(AdtDef def, int index, List<GenericArg> before);

        /** How many lifetime parameters the definition declares (printed as {@code '_}). */
        default int lifetimeParams(AdtDef def) {
            return 0;
        }
    }

    private final Defaults defaults;

    /** A printer that prints every argument, defaults included. */
    public TyPrinter() {
        this((d, i, a) -> Optional.empty());
    }

    public TyPrinter(Defaults defaults) {
        this.defaults = defaults;
    }

    public String print(Ty ty) {
        StringBuilder sb = new StringBuilder(64); // most names fit: no regrowth
        new Writer(sb, List.of(), null).ty(ty);
        return sb.toString();
    }

    public String print(GenericArg arg) {
        if (arg instanceof Ty t) {
            return print(t);
        }
        return constArg((Const) arg);
    }

    /** The arguments rustc shows: trailing ones equal to their parameter's default are left out. */
    public List<GenericArg> shownArgs(AdtDef def, List<GenericArg> args) {
        int n = args.size();
        if (n == 0 || n > def.params().size() || !hasDefault(def.params().get(n - 1))) {
            return args; // nothing to leave out (most types): no sub-list
        }
        while (n > 0 && n <= def.params().size() && hasDefault(def.params().get(n - 1))) {
            Optional<GenericArg> d = defaults.of(def, n - 1, args.subList(0, n - 1));
            if (d.isPresent() && d.get().equals(args.get(n - 1))) {
                n--;
            } else {
                break;
            }
        }
        return args.subList(0, n);
    }

    private static boolean hasDefault(GenericParamDef p) {
        return p.typeDefault().isPresent() || p.constDefault().isPresent();
    }

    private static String constArg(Const c) {
        if (c instanceof Const.Value v) {
            if (v.ty() instanceof Ty.Bool) {
                return v.value().signum() == 0 ? "false" : "true";
            }
            if (v.ty() instanceof Ty.Char) {
                return "'" + new String(Character.toChars(v.value().intValue())) + "'";
            }
            return v.value().toString();
        }
        return ((Const.Param) c).name();
    }

    /**
     * Prints into one buffer. Inside a fn pointer's parameters each reference takes the next of
     * {@code regions}; in its output every reference takes {@code fixed} (the single input region).
     */
    private final class Writer {
        private final StringBuilder sb;
        private final List<String> regions;
        private final String fixed;
        private int next;

        Writer(StringBuilder sb, List<String> regions, String fixed) {
            this.sb = sb;
            this.regions = regions;
            this.fixed = fixed;
        }

        void ty(Ty ty) {
            if (ty instanceof Ty.Bool) {
                sb.append("bool");
            } else if (ty instanceof Ty.Char) {
                sb.append("char");
            } else if (ty instanceof Ty.Str) {
                sb.append("str");
            } else if (ty instanceof Ty.Never) {
                sb.append('!');
            } else if (ty instanceof Ty.Int i) {
                sb.append(i.ity().spelling());
            } else if (ty instanceof Ty.Uint u) {
                sb.append(u.uty().spelling());
            } else if (ty instanceof Ty.Float f) {
                sb.append(f.fty().spelling());
            } else if (ty instanceof Ty.Tuple t) {
                sb.append('(');
                list(t.elems());
                sb.append(t.elems().size() == 1 ? ",)" : ")");
            } else if (ty instanceof Ty.Array a) {
                sb.append('[');
                ty(a.elem());
                sb.append("; ").append(a.len() < 0 ? "_" : Long.toString(a.len())).append(']');
            } else if (ty instanceof Ty.Slice s) {
                sb.append('[');
                ty(s.elem());
                sb.append(']');
            } else {
                compound(ty);
            }
        }

        private void compound(Ty ty) {
            if (ty instanceof Ty.Ref r) {
                sb.append('&');
                String region = fixed != null ? fixed : next < regions.size() ? regions.get(next++) : null;
                if (region != null) {
                    sb.append(region).append(' ');
                }
                sb.append(r.mutable() ? "mut " : "");
                ty(r.pointee());
            } else if (ty instanceof Ty.RawPtr p) {
                sb.append(p.mutable() ? "*mut " : "*const ");
                ty(p.pointee());
            } else if (ty instanceof Ty.FnPtr f) {
                fnPtr(f);
            } else if (ty instanceof Ty.Dynamic d) {
                sb.append("dyn ").append(d.printed());
            } else if (ty instanceof Ty.Adt a) {
                sb.append(a.def().path());
                List<GenericArg> shown = shownArgs(a.def(), a.args());
                int regions = defaults.lifetimeParams(a.def());
                if (!shown.isEmpty() || regions > 0) {
                    sb.append('<');
                    // Erased lifetime arguments print as '_ (rustc: `std::borrow::Cow<'_, str>`).
                    for (int i = 0; i < regions; i++) {
                        sb.append(i == 0 ? "'_" : ", '_");
                    }
                    for (int i = 0; i < shown.size(); i++) {
                        sb.append(i == 0 && regions == 0 ? "" : ", ");
                        arg(shown.get(i));
                    }
                    sb.append('>');
                }
            } else if (ty instanceof Ty.Param p) {
                sb.append(p.name());
            } else {
                throw new AssertionError(ty);
            }
        }

        private void arg(GenericArg a) {
            if (a instanceof Ty t) {
                ty(t);
            } else {
                sb.append(constArg((Const) a));
            }
        }

        private void list(List<Ty> tys) {
            for (int i = 0; i < tys.size(); i++) {
                sb.append(i == 0 ? "" : ", ");
                ty(tys.get(i));
            }
        }

        private void fnPtr(Ty.FnPtr f) {
            // Bound regions get names 'a, 'b, ... in order; 'static and outer regions print erased.
            List<String> regions = new ArrayList<>(f.lateBound().size());
            List<String> names = new ArrayList<>();
            for (boolean bound : f.lateBound()) {
                String name = bound ? LateBound.name(names.size()) : null;
                if (name != null) {
                    names.add(name);
                }
                regions.add(name);
            }
            if (!names.isEmpty()) {
                sb.append("for<").append(String.join(", ", names)).append("> ");
            }
            sb.append(f.unsafe() ? "unsafe " : "");
            if (f.abi().isPresent()) {
                sb.append("extern \"").append(f.abi().get()).append("\" ");
            }
            sb.append("fn(");
            new Writer(sb, regions, null).list(f.inputs());
            if (f.variadic()) {
                sb.append(f.inputs().isEmpty() ? "..." : ", ...");
            }
            sb.append(')');
            if (!f.output().equals(Ty.UNIT)) {
                sb.append(" -> ");
                new Writer(sb, List.of(), names.size() == 1 ? names.get(0) : null).ty(f.output());
            }
        }
    }
}
