package dev.rustmem.types.collect;

import dev.rustmem.source.Span;
import dev.rustmem.types.Const;
import dev.rustmem.types.GenericArg;
import dev.rustmem.types.NamedType;
import dev.rustmem.types.Ty;
import dev.rustmem.types.TyPrinter;
import dev.rustmem.types.TyTable;
import dev.rustmem.syntax.ast.TypeExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Accumulates what {@code rustmem layout} reports, in two sections: definitions and aliases in
 * source order, then instantiations in order of first mention. An instantiation is every type
 * written somewhere (any kind: primitives, references and fn pointers too; the renderer chooses
 * what to show) plus each struct/enum/union, tuple and array nested in it, outermost first
 * (default arguments that were filled in, like {@code Global} in {@code Vec<u8>}, are not listed).
 * Instantiations are deduplicated by {@link Ty} against everything listed before; types that
 * mention a generic parameter (or an array length depending on one) and the unit type are skipped,
 * but their concrete parts are not ({@code Option<(T, Vec<u8>)>} names {@code Vec<u8>}).
 */
public final class NamedTypesBuilder {
    private final TyPrinter printer;
    private final List<NamedType> definitions;
    private final List<NamedType> instantiations;
    /**
     * Per type met so far, {@link #SEEN} (listed, or a definition or alias) and/or {@link #WALKED}
     * (its parts visited, see {@link #visit}): one map entry per type, one lookup per mention.
     */
    private final TyTable state;
    private static final int SEEN = 1;
    private static final int WALKED = 2;

    public NamedTypesBuilder(TyPrinter printer) {
        this(printer, 16);
    }

    /** @param items how many items the file has: the collections are sized for about that many types */
    public NamedTypesBuilder(TyPrinter printer, int items) {
        this.printer = printer;
        this.definitions = new ArrayList<>(items);
        this.instantiations = new ArrayList<>(items);
        this.state = new TyTable(items + items / 2);
    }

    public void definition(Ty ty, String name, Span span) {
        definitions.add(new NamedType(ty, NamedType.Origin.DEFINITION, name, span));
        markSeen(ty);
    }

    public void alias(Ty ty, String name, Span span) {
        if (isConcrete(ty)) {
            definitions.add(new NamedType(ty, NamedType.Origin.ALIAS, name, span));
            markSeen(ty);
        }
    }

    /**
     * A type written in the program. Nested types are labelled with their own written text when
     * the syntax matches the type's shape (not through an alias), else with their printed form.
     *
     * @param text the source text of a written type, or empty for text that is not the user's
     *             (a macro's {@code $t}): the printed form is used then
     */
    public void written(Ty ty, TypeExpr te, Function<TypeExpr, Optional<String>> text) {
        visit(ty, te, te.span(), text, true);
    }

    private void visit(Ty ty, TypeExpr te, Span span, Function<TypeExpr, Optional<String>> text, boolean top) {
        boolean listed = top ? !ty.equals(Ty.UNIT)
                : ty instanceof Ty.Adt || ty instanceof Ty.Array || ty instanceof Ty.Tuple && !ty.equals(Ty.UNIT);
        int st = Math.max(0, state.get(ty));
        // Membership first: a type named again (the usual case) is not walked by isConcrete again.
        if (listed && (st & SEEN) == 0 && isConcrete(ty)) {
            st |= SEEN;
            state.put(ty, st);
            Optional<String> written = te == null ? Optional.empty() : text.apply(te);
            String label = written.isPresent() ? written.get() : printer.print(ty);
            instantiations.add(new NamedType(ty, NamedType.Origin.INSTANTIATION, label, te == null ? span : te.span()));
        }
        if ((st & WALKED) != 0) {
            // Walking the same type's parts again would only find types already listed: 'seen'
            // only grows. Without this, every mention of a type re-walked its whole tree.
            return;
        }
        state.put(ty, st | WALKED);
        List<Ty> kids = shownChildren(ty);
        List<TypeExpr> exprs = SubTypes.of(ty, te, kids.size());
        for (int i = 0; i < kids.size(); i++) {
            visit(kids.get(i), exprs == null ? null : exprs.get(i), te == null ? span : te.span(), text, false);
        }
    }

    private static boolean allTypes(List<GenericArg> args) {
        for (int i = 0; i < args.size(); i++) {
            if (!(args.get(i) instanceof Ty)) {
                return false;
            }
        }
        return true;
    }

    /** Like {@link #children}, without the default arguments the printer leaves out. */
    private List<Ty> shownChildren(Ty ty) {
        if (ty instanceof Ty.Adt a) {
            List<GenericArg> shown = printer.shownArgs(a.def(), a.args());
            if (allTypes(shown)) {
                // No const arguments (the usual case): the immutable list of arguments is the list of children.
                @SuppressWarnings("unchecked")
                List<Ty> tys = (List<Ty>) (List<?>) shown;
                return tys;
            }
            List<Ty> out = new ArrayList<>(shown.size());
            for (int i = 0; i < shown.size(); i++) {
                if (shown.get(i) instanceof Ty t) {
                    out.add(t);
                }
            }
            return out;
        }
        return children(ty);
    }

    private void markSeen(Ty ty) {
        state.put(ty, Math.max(0, state.get(ty)) | SEEN);
    }

    public List<NamedType> result() {
        // Array copies and a read-only view: no element-by-element copy of tens of thousands.
        int n = definitions.size();
        NamedType[] all = definitions.toArray(new NamedType[n + instantiations.size()]);
        System.arraycopy(instantiations.toArray(), 0, all, n, instantiations.size());
        return java.util.Collections.unmodifiableList(java.util.Arrays.asList(all));
    }

    /** No generic parameter and no length that depends on one. */
    public static boolean isConcrete(Ty ty) {
        // Indexed loops and no child lists: this runs for every type written in the file.
        while (true) {
            if (ty instanceof Ty.Param) {
                return false;
            } else if (ty instanceof Ty.Adt a) {
                List<GenericArg> args = a.args();
                for (int i = 0; i < args.size(); i++) {
                    GenericArg g = args.get(i);
                    if (g instanceof Const.Param || g instanceof Ty t && !isConcrete(t)) {
                        return false;
                    }
                }
                return true;
            } else if (ty instanceof Ty.Tuple tu) {
                return allConcrete(tu.elems());
            } else if (ty instanceof Ty.Array a) {
                if (a.len() < 0) {
                    return false;
                }
                ty = a.elem();
            } else if (ty instanceof Ty.Slice s) {
                ty = s.elem();
            } else if (ty instanceof Ty.Ref r) {
                ty = r.pointee();
            } else if (ty instanceof Ty.RawPtr p) {
                ty = p.pointee();
            } else if (ty instanceof Ty.FnPtr f) {
                return allConcrete(f.inputs()) && isConcrete(f.output());
            } else {
                return true;
            }
        }
    }

    private static boolean allConcrete(List<Ty> tys) {
        for (int i = 0; i < tys.size(); i++) {
            if (!isConcrete(tys.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<Ty> children(Ty ty) {
        if (ty instanceof Ty.Adt a) {
            List<Ty> out = new ArrayList<>();
            for (GenericArg g : a.args()) {
                if (g instanceof Ty t) {
                    out.add(t);
                }
            }
            return out;
        } else if (ty instanceof Ty.Tuple t) {
            return t.elems();
        } else if (ty instanceof Ty.Array a) {
            return List.of(a.elem());
        } else if (ty instanceof Ty.Slice s) {
            return List.of(s.elem());
        } else if (ty instanceof Ty.Ref r) {
            return List.of(r.pointee());
        } else if (ty instanceof Ty.RawPtr p) {
            return List.of(p.pointee());
        } else if (ty instanceof Ty.FnPtr f) {
            List<Ty> out = new ArrayList<>(f.inputs());
            out.add(f.output());
            return out;
        }
        return List.of();
    }
}
