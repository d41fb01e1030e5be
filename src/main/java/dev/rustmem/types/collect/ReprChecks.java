package dev.rustmem.types.collect;

import dev.rustmem.diag.Code;
import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.DiagnosticException;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.diag.Label;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.FieldDecl;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.ast.Variant;
import dev.rustmem.types.AdtDef;
import dev.rustmem.types.Ty;
import dev.rustmem.types.resolve.HeadSpan;
import dev.rustmem.types.lower.LoweringCtxt;
import dev.rustmem.types.resolve.Def;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The repr checks that look at field types (rustc_hir_analysis {@code check_packed},
 * {@code check_transparent}): E0588 (a packed type containing a {@code repr(align)} type), E0731
 * (a transparent enum without exactly one variant), E0690 (a transparent type with more than one
 * field of non-trivial size or alignment). "Trivial" is decided without layouts: unit, {@code !},
 * {@code PhantomData}, arrays of length 0 of align-1 elements, and structs made only of those.
 */
public final class ReprChecks {
    private final LoweringCtxt cx;
    private final Diagnostics diags;
    private final ParamsInRepr params;

    public ReprChecks(LoweringCtxt cx, Diagnostics diags) {
        this.cx = cx;
        this.diags = diags;
        this.params = new ParamsInRepr(cx);
    }

    public void check(List<Def.Adt> adts) {
        for (Def.Adt d : adts) {
            AdtDef def = cx.adtDef(d);
            try {
                if (def.repr().packed()) {
                    packed(d, def);
                }
                if (def.repr().transparent()) {
                    transparent(d, def);
                }
            } catch (DiagnosticException e) {
                // Field types that do not lower were reported with the definition.
            }
        }
    }

    private void packed(Def.Adt d, AdtDef def) {
        List<AdtDef> stack = new ArrayList<>();
        stack.add(def);
        Optional<AdtDef> aligned = alignedField(def, stack);
        if (aligned.isPresent()) {
            diags.add(Diagnostic.error(Code.E0588, "packed type cannot transitively contain a `#[repr(align)]` type",
                    head(d), "").withNote("`" + aligned.get().name() + "` has a `#[repr(align)]` attribute"));
        }
    }

    /**
     * rustc's {@code check_packed_inner}: only fields whose type, as written in the generic
     * definition (its own parameters, aliases expanded, projections not normalized), is directly a
     * struct or union are followed — not arrays, tuples, enums, or a definition's instantiation.
     */
    private Optional<AdtDef> alignedField(AdtDef def, List<AdtDef> stack) {
        List<Ty> tys = def.fieldTys(0, params.identity(def));
        List<dev.rustmem.types.FieldDef> decls = def.variants().get(0).fields();
        for (int i = 0; i < tys.size(); i++) {
            if (!(tys.get(i) instanceof Ty.Adt a) || cx.lowersThroughProjection(decls.get(i).declaredTy())) {
                continue;
            }
            AdtDef inner = a.def();
            if ((inner.isStruct() || inner.isUnion()) && !stack.contains(inner)) {
                if (inner.repr().align().isPresent()) {
                    return Optional.of(inner);
                }
                stack.add(inner);
                Optional<AdtDef> r = alignedField(inner, stack);
                stack.remove(stack.size() - 1);
                if (r.isPresent()) {
                    return r;
                }
            }
        }
        return Optional.empty();
    }

    private void transparent(Def.Adt d, AdtDef def) {
        String kind = def.kind().keyword();
        if (def.isEnum() && def.variants().size() != 1) {
            int n = def.variants().size();
            Diagnostic e = Diagnostic.error(Code.E0731, "transparent enum needs exactly one variant, but has " + n,
                    head(d), "needs exactly one variant, but has " + n);
            for (int i = 0; i < n; i++) {
                Variant v = d.variants().get(i);
                e = e.withSecondary(new Label(v.name().span(), i == 0 ? "variant here"
                        : "too many variants in `" + d.name() + "`"));
            }
            diags.add(e);
            return;
        }
        List<Ty> tys = def.fieldTys(0, params.identity(def));
        List<FieldDecl> decls = decls(d);
        List<Span> nonTrivial = new ArrayList<>();
        for (int i = 0; i < tys.size() && i < decls.size(); i++) {
            if (!trivial(tys.get(i), Collections.newSetFromMap(new IdentityHashMap<>()))) {
                nonTrivial.add(decls.get(i).span());
            }
        }
        if (nonTrivial.size() > 1) {
            String what = "needs at most one field with non-trivial size or alignment, but has " + nonTrivial.size();
            Diagnostic e = Diagnostic.error(Code.E0690, "transparent " + kind + " " + what, head(d), what);
            for (Span s : nonTrivial) {
                e = e.withSecondary(new Label(s, "this field has non-zero size or requires alignment"));
            }
            diags.add(e);
        }
    }

    private boolean trivial(Ty t, Set<AdtDef> seen) {
        if (t.equals(Ty.UNIT) || t instanceof Ty.Never) {
            return true;
        }
        if (t instanceof Ty.Array a) {
            return a.len() == 0 && alignOne(a.elem());
        }
        if (t instanceof Ty.Adt a && a.def().isStruct() && a.def().repr().align().isEmpty() && seen.add(a.def())) {
            if (a.def().isLangItem("phantom_data")) {
                return true;
            }
            for (Ty f : a.def().fieldTys(0, a.args())) {
                if (!trivial(f, seen)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean alignOne(Ty t) {
        return t instanceof Ty.Bool || t instanceof Ty.Uint u && u.uty().fixedBytes() == 1
                || t instanceof Ty.Int i && i.ity().fixedBytes() == 1 || t.equals(Ty.UNIT);
    }

    private List<FieldDecl> decls(Def.Adt d) {
        Item item = d.item();
        List<FieldDecl> all = item instanceof Item.Struct s ? s.data().fields()
                : item instanceof Item.Union u ? u.fields() : d.variants().get(0).data().fields();
        List<FieldDecl> out = new ArrayList<>();
        for (FieldDecl f : all) {
            if (cx.cfg().enabled(f.attrs())) {
                out.add(f);
            }
        }
        return out;
    }

    private static Span head(Def.Adt d) {
        return HeadSpan.of(d.item(), d.scope().krate().ast().file());
    }
}
