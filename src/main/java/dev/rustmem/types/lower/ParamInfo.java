package dev.rustmem.types.lower;

import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.GenericBound;
import dev.rustmem.syntax.ast.Generics;
import dev.rustmem.syntax.ast.TypeExpr;
import dev.rustmem.types.GenericParamDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A type or const parameter as written (lifetimes are erased and skipped), with what lowering
 * needs beyond {@link GenericParamDef}: the const parameter's type and the span for notes.
 */
record ParamInfo(GenericParamDef def, Optional<TypeExpr> constTy, Span span) {
    String name() {
        return def.name();
    }

    boolean hasDefault() {
        return def.typeDefault().isPresent() || def.constDefault().isPresent();
    }

    boolean isConst() {
        return def.kind() == GenericParamDef.Kind.CONST;
    }

    static List<ParamInfo> of(Generics g) {
        List<ParamInfo> out = new ArrayList<>();
        for (Generics.GenericParam p : g.params()) {
            if (p instanceof Generics.TypeParam tp) {
                boolean unsized = anyMaybeSized(tp.bounds()) || whereMaybeSized(g, tp.name().name());
                out.add(new ParamInfo(new GenericParamDef(tp.name().name(), GenericParamDef.Kind.TYPE, tp.dflt(),
                        Optional.<Expr>empty(), unsized), Optional.empty(), tp.span()));
            } else if (p instanceof Generics.ConstParam cp) {
                out.add(new ParamInfo(new GenericParamDef(cp.name().name(), GenericParamDef.Kind.CONST,
                        Optional.empty(), cp.dflt(), false), Optional.of(cp.ty()), cp.span()));
            }
        }
        return out;
    }

    private static boolean isMaybeSized(GenericBound b) {
        return b instanceof GenericBound.Trait t && t.isMaybeSized();
    }

    private static boolean anyMaybeSized(List<GenericBound> bounds) {
        for (int i = 0; i < bounds.size(); i++) {
            if (isMaybeSized(bounds.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code where T: ?Sized}. */
    private static boolean whereMaybeSized(Generics g, String name) {
        for (Generics.WherePredicate w : g.where()) {
            if (w instanceof Generics.BoundPredicate bp && bp.bounded() instanceof TypeExpr.PathType pt
                    && pt.path().isSimpleIdent() && pt.path().plain().equals(name)
                    && anyMaybeSized(bp.bounds())) {
                return true;
            }
        }
        return false;
    }
}
