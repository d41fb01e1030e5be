package dev.rustmem.types.collect;

import dev.rustmem.diag.Code;
import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.DiagnosticException;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.diag.Label;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.GenericArg;
import dev.rustmem.syntax.ast.GenericArgs;
import dev.rustmem.syntax.ast.TypeExpr;
import dev.rustmem.types.AdtDef;
import dev.rustmem.types.FieldDef;
import dev.rustmem.types.Ty;
import dev.rustmem.types.resolve.HeadSpan;
import dev.rustmem.types.lower.LoweringCtxt;
import dev.rustmem.types.resolve.Def;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * E0072, recursive types without indirection, found on definitions as rustc's
 * {@code representability} query does: a definition's fields are followed into tuples, arrays and
 * other ADTs, and into an ADT's arguments only where that ADT holds the parameter by value
 * ({@link ParamsInRepr}); reaching a definition that is still being checked closes a cycle. One
 * error per cycle, with the item heads as primary spans and "recursive without indirection" on the
 * written type that leads to the next item.
 */
public final class Representability {
    private final LoweringCtxt cx;
    private final Diagnostics diags;
    private final ParamsInRepr params;
    // Hash sets: AdtDef's hash is a field, cheaper than the identity hash an IdentityHashMap asks for.
    private final Set<AdtDef> done = new java.util.HashSet<>();
    /** The definitions in {@link #stack}: a cycle test per field without scanning the stack. */
    private final Set<AdtDef> onStack = new java.util.HashSet<>();
    private final Set<AdtDef> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Frame> stack = new ArrayList<>();
    /**
     * Composite types already followed to the end without meeting a definition on the stack: every
     * definition they reach is then {@link #done}, so following them again finds nothing (type
     * aliases make the same tuple or instantiation appear in many fields).
     */
    private final Set<Ty> clean = new java.util.HashSet<>();
    /** How many times a followed type has met a definition on the stack (closed a cycle). */
    private int cycleHits;

    /** A definition being checked and the written type through which it reaches the next one. */
    private static final class Frame {
        final Def.Adt def;
        final AdtDef adt;
        Span hop;

        Frame(Def.Adt def, AdtDef adt) {
            this.def = def;
            this.adt = adt;
        }
    }

    public Representability(LoweringCtxt cx, Diagnostics diags) {
        this.cx = cx;
        this.diags = diags;
        this.params = new ParamsInRepr(cx);
    }

    public void check(List<Def.Adt> adts) {
        for (Def.Adt d : adts) {
            visitAdt(d, cx.adtDef(d));
        }
    }

    /**
     * As {@link #check}, from the generic definitions only (and whatever they reach): the cycles
     * that no layout of a concrete type would meet. Its errors, if any, are not the ones
     * {@link #check} would report in its order; it answers whether there are any.
     */
    public void checkFromGeneric(List<Def.Adt> adts) {
        for (Def.Adt d : adts) {
            AdtDef adt = cx.adtDef(d);
            if (adt.isGeneric()) {
                visitAdt(d, adt);
            }
        }
    }

    private void visitAdt(Def.Adt d, AdtDef adt) {
        if (done.contains(adt)) {
            return;
        }
        stack.add(new Frame(d, adt));
        onStack.add(adt);
        try {
            for (int v = adt.nextWithFields(0); v >= 0; v = adt.nextWithFields(v + 1)) {
                List<Ty> tys = adt.fieldTys(v, params.identity(adt));
                List<FieldDef> fs = adt.variants().get(v).fields();
                for (int f = 0; f < tys.size(); f++) {
                    visitTy(fs.get(f).declaredTy(), tys.get(f));
                }
            }
        } catch (DiagnosticException e) {
            // A field type that does not lower was reported when the definition was checked.
        } finally {
            stack.remove(stack.size() - 1);
            onStack.remove(adt);
            done.add(adt);
        }
    }

    private void visitTy(TypeExpr te, Ty ty) {
        boolean composite = ty instanceof Ty.Adt || ty instanceof Ty.Tuple || ty instanceof Ty.Array;
        if (!composite || clean.contains(ty)) {
            return;
        }
        int hitsBefore = cycleHits;
        follow(te, ty);
        if (cycleHits == hitsBefore) {
            clean.add(ty);
        }
    }

    private void follow(TypeExpr te, Ty ty) {
        while (te instanceof TypeExpr.Paren p) {
            te = p.inner();
        }
        if (ty instanceof Ty.Adt a) {
            if (onStack.contains(a.def())) {
                cycleHits++;
                for (int i = 0; i < stack.size(); i++) {
                    if (stack.get(i).adt == a.def()) {
                        stack.get(stack.size() - 1).hop = te.span();
                        report(stack.subList(i, stack.size()));
                        return;
                    }
                }
            }
            if (!done.contains(a.def())) {
                Def.Adt def = cx.defOrNull(a.def());
                if (def != null) {
                    stack.get(stack.size() - 1).hop = te.span();
                    visitAdt(def, a.def());
                }
            }
            List<Integer> held = params.of(a.def());
            for (int k = 0; k < held.size(); k++) {
                int i = held.get(k);
                if (a.args().get(i) instanceof Ty t) {
                    visitTy(argExpr(te, i), t);
                }
            }
        } else if (ty instanceof Ty.Tuple t) {
            for (int i = 0; i < t.elems().size(); i++) {
                visitTy(te instanceof TypeExpr.Tuple tt && i < tt.elems().size() ? tt.elems().get(i) : te,
                        t.elems().get(i));
            }
        } else if (ty instanceof Ty.Array arr) {
            visitTy(te instanceof TypeExpr.Array ta ? ta.elem() : te, arr.elem());
        }
    }

    /** The written argument for parameter {@code i} of {@code Option<G<T>>}, or the whole type. */
    private static TypeExpr argExpr(TypeExpr te, int i) {
        if (te instanceof TypeExpr.PathType pt && pt.path().qself().isEmpty()
                && pt.path().last().args().orElse(null) instanceof GenericArgs.AngleBracketed ab) {
            // The i-th type or const argument (lifetimes do not count); a const one has no type.
            int k = 0;
            for (int j = 0; j < ab.args().size(); j++) {
                GenericArg a = ab.args().get(j);
                if (a instanceof GenericArg.Type || a instanceof GenericArg.Const) {
                    if (k++ == i) {
                        return a instanceof GenericArg.Type t ? t.ty() : te;
                    }
                }
            }
        }
        return te;
    }

    private void report(List<Frame> cycle) {
        for (Frame f : cycle) {
            if (reported.contains(f.adt) || !f.def.scope().krate().isUser()) {
                return;
            }
        }
        List<String> names = new ArrayList<>();
        cycle.forEach(f -> names.add("`" + f.adt.name() + "`"));
        String message = cycle.size() == 1 ? "recursive type " + names.get(0) + " has infinite size"
                : "recursive types " + listify(names) + " have infinite size";
        Frame first = cycle.get(0);
        Diagnostic d = Diagnostic.error(Code.E0072, message, head(first), "");
        List<dev.rustmem.diag.Suggestion.Edit> boxing = new ArrayList<>();
        for (Frame f : cycle) {
            if (f != first) {
                d = d.withPrimary(new Label(head(f), ""));
            }
            if (f.hop != null) {
                d = d.withSecondary(new Label(f.hop, "recursive without indirection"));
                boxing.add(dev.rustmem.diag.Suggestion.Edit.insert(f.hop.start(), "Box<"));
                boxing.add(dev.rustmem.diag.Suggestion.Edit.insert(f.hop.end(), ">"));
            }
            reported.add(f.adt);
        }
        String help = "insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break the cycle";
        diags.add(boxing.isEmpty() ? d.withHelp(help)
                : d.withSuggestion(new dev.rustmem.diag.Suggestion(help, boxing)));
    }

    private static String listify(List<String> names) {
        if (names.size() == 2) {
            return names.get(0) + " and " + names.get(1);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static Span head(Frame f) {
        return HeadSpan.of(f.def.item(), f.def.scope().krate().ast().file());
    }
}
