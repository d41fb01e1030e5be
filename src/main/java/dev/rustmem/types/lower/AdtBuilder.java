package dev.rustmem.types.lower;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.DiagnosticException;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.SourceFile;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Attribute;
import dev.rustmem.syntax.ast.FieldDecl;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.ast.Literal;
import dev.rustmem.syntax.ast.Meta;
import dev.rustmem.syntax.ast.Variant;
import dev.rustmem.syntax.ast.VariantData;
import dev.rustmem.types.AdtDef;
import dev.rustmem.types.AdtKind;
import dev.rustmem.types.CtorKind;
import dev.rustmem.types.FieldDef;
import dev.rustmem.types.GenericArg;
import dev.rustmem.types.GenericParamDef;
import dev.rustmem.types.HashedList;
import dev.rustmem.types.ReprOptions;
import dev.rustmem.types.Speculation;
import dev.rustmem.types.Ty;
import dev.rustmem.types.VariantDef;
import dev.rustmem.types.resolve.Def;
import dev.rustmem.types.resolve.HeadSpan;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds an {@link AdtDef} from a struct, enum or union item (rustc's {@code adt_def} query):
 * parameters, repr, cfg-filtered variants and fields, discriminants, lang item and valid-range
 * attributes, and the {@link AdtDef.FieldTypes} function that lowers the declared field types
 * for each instantiation.
 */
final class AdtBuilder {
    private final LoweringCtxt cx;

    AdtBuilder(LoweringCtxt cx) {
        this.cx = cx;
    }

    AdtDef build(Def.Adt d, Diagnostics diags) {
        Item item = d.item();
        SourceFile file = d.scope().krate().ast().file();
        List<ParamInfo> params = cx.params(PathLowering.generics(item));
        GenericParamDef[] paramDefs = new GenericParamDef[params.size()];
        for (int i = 0; i < paramDefs.length; i++) {
            paramDefs[i] = params.get(i).def();
        }

        List<Attribute> attrs = cx.cfg().expandCfgAttr(item.attrs());
        List<VariantDef> variants = variants(d);
        boolean hasRepr = false;
        for (int i = 0; i < attrs.size(); i++) {
            hasRepr |= attrs.get(i).name().equals("repr");
        }
        ReprOptions repr = !hasRepr ? ReprOptions.DEFAULT : new ReprParser(diags).parse(attrs, d.kind(),
                d.kind() == AdtKind.ENUM && variants.isEmpty(), HeadSpan.of(item, file), HeadSpan.item(item, file));
        List<BigInteger> discrs = d.kind() == AdtKind.ENUM
                ? new Discriminants(cx, diags).compute(d.variants(), repr, Env.of(d.scope()), HeadSpan.lazy(item, file), d.name())
                : List.of();
        AdtDef def = new AdtDef(d.name(), d.path(), d.kind(), List.of(paramDefs), repr, variants, discrs,
                scalarRange(attrs, "rustc_layout_scalar_valid_range_start"),
                scalarRange(attrs, "rustc_layout_scalar_valid_range_end"), langItem(attrs), file,
                item.span(), new FieldTys(d, params));
        def.setTailMaybeUnsized(new TailMaybeUnsized(def));
        def.setLifetimeParams(lifetimeParams(item));
        return def;
    }

    // The definition's callbacks are named classes, not lambdas: a lambda's bootstrap costs every cold run.

    /** Lowers field types per instantiation, under the context's lock. */
    private final class FieldTys implements AdtDef.FieldTypes {
        private final Def.Adt d;
        private final List<ParamInfo> params;

        FieldTys(Def.Adt d, List<ParamInfo> params) {
            this.d = d;
            this.params = params;
        }

        @Override
        public List<Ty> of(AdtDef self, int variant, List<GenericArg> args) {
            synchronized (cx.lock()) {
                return fieldTys(d, params, self, variant, args);
            }
        }

        @Override
        public List<Ty> substituted(List<Ty> identityTys, List<GenericArg> args) {
            return args.size() == params.size() ? Subst.fieldTysUninterned(identityTys, args) : null;
        }
    }

    /** Whether the definition's tail may be unsized, under the context's lock. */
    private final class TailMaybeUnsized implements java.util.function.BooleanSupplier {
        private final AdtDef def;

        TailMaybeUnsized(AdtDef def) {
            this.def = def;
        }

        @Override
        public boolean getAsBoolean() {
            if (Speculation.active()) {
                return Sizedness.speculated(def);
            }
            synchronized (cx.lock()) {
                return new Sizedness(cx).tailMaybeUnsized(def);
            }
        }
    }

    /** How many lifetime parameters the item declares (printed as {@code '_}). */
    private static int lifetimeParams(Item item) {
        int n = 0;
        for (dev.rustmem.syntax.ast.Generics.GenericParam p : PathLowering.generics(item).params()) {
            n += p instanceof dev.rustmem.syntax.ast.Generics.LifetimeParam ? 1 : 0;
        }
        return n;
    }

    private List<VariantDef> variants(Def.Adt d) {
        Item item = d.item();
        if (item instanceof Item.Struct s) {
            return HashedList.adopt(variant(s.name().name(), s.data(), s.span()));
        }
        if (item instanceof Item.Union u) {
            return HashedList.adopt(new VariantDef(u.name().name(), CtorKind.NAMED, fields(u.fields()), u.span()));
        }
        List<Variant> vs = d.variants();
        VariantDef[] out = new VariantDef[vs.size()];
        for (int i = 0; i < out.length; i++) {
            Variant v = vs.get(i);
            out[i] = variant(v.name().name(), v.data(), v.span());
        }
        return HashedList.adopt(out);
    }

    private VariantDef variant(String name, VariantData data, Span span) {
        CtorKind ctor = data instanceof VariantData.Named ? CtorKind.NAMED
                : data instanceof VariantData.Tuple ? CtorKind.TUPLE : CtorKind.UNIT;
        return new VariantDef(name, ctor, fields(data.fields()), span);
    }

    /** Names of tuple fields: one shared string per position instead of one per field. */
    private static final String[] POSITIONS = new String[32];

    static {
        for (int i = 0; i < POSITIONS.length; i++) {
            POSITIONS[i] = Integer.toString(i);
        }
    }

    private List<FieldDef> fields(List<FieldDecl> decls) {
        if (decls.isEmpty()) {
            return HashedList.empty();
        }
        FieldDef[] out = new FieldDef[decls.size()];
        int n = 0;
        for (int i = 0; i < decls.size(); i++) {
            FieldDecl f = decls.get(i);
            if (cx.cfg().enabled(f.attrs())) {
                String name = f.name().isPresent() ? f.name().get().name()
                        : n < POSITIONS.length ? POSITIONS[n] : Integer.toString(n);
                out[n++] = new FieldDef(name, f.ty(), f.span());
            }
        }
        return HashedList.adopt(n == out.length ? out : java.util.Arrays.copyOf(out, n));
    }

    /** Lowers a variant's declared field types with the definition's parameters bound to {@code args}. */
    private List<Ty> fieldTys(Def.Adt d, List<ParamInfo> params, AdtDef self, int variant, List<GenericArg> args) {
        if (self.isGeneric() && args.size() == params.size()) {
            List<GenericArg> identity = cx.identityArgs(self);
            if (!args.equals(identity)) {
                List<Ty> substituted = substituted(self, variant, identity, args);
                if (substituted != null) {
                    return substituted;
                }
            }
        }
        return lowered(d, params, self, variant, args);
    }

    /** The identity field types with {@code args} in place of the parameters, or null (see {@link Subst}). */
    private List<Ty> substituted(AdtDef self, int variant, List<GenericArg> identity, List<GenericArg> args) {
        List<Ty> identityTys;
        try {
            identityTys = self.fieldTys(variant, identity);
        } catch (DiagnosticException e) {
            return null; // lowering with the arguments reports as it always did
        }
        return Subst.fieldTys(cx, identityTys, args);
    }

    /** A variant's field types lowered from the written types, never substituted (a check on {@link Subst}). */
    List<Ty> lowered(Def.Adt d, AdtDef self, int variant, List<GenericArg> args) {
        return lowered(d, cx.params(PathLowering.generics(d.item())), self, variant, args);
    }

    private List<Ty> lowered(Def.Adt d, List<ParamInfo> params, AdtDef self, int variant, List<GenericArg> args) {
        Env e = new Env(d.scope(), ParamMap.of(params, args, Math.min(params.size(), args.size())),
                Optional.of(args.isEmpty() && !self.isGeneric() ? self.asTy() : cx.intern(new Ty.Adt(self, args))));
        List<FieldDef> fields = self.variants().get(variant).fields();
        Ty[] out = new Ty[fields.size()];
        Diagnostics quiet = new Diagnostics();
        for (int i = 0; i < fields.size(); i++) {
            FieldDef f = fields.get(i);
            long projections = cx.projections().normalizedCount();
            Ty t = cx.lowerOrNull(f.declaredTy(), e, quiet);
            if (cx.projections().normalizedCount() != projections) {
                cx.markProjected(f.declaredTy());
            }
            if (t == null) {
                // Reported when the definition was checked; layouts are not computed after errors.
                throw new DiagnosticException(quiet.isEmpty() ? notConcrete(f.declaredTy(), self)
                        : quiet.all().get(0));
            }
            out[i] = t;
        }
        return HashedList.adopt(out);
    }

    /** rustc's errors for field types that name no type: {@code impl Trait} (E0562) and {@code _} (E0121). */
    private static Diagnostic notConcrete(dev.rustmem.syntax.ast.TypeExpr te, AdtDef self) {
        if (te instanceof dev.rustmem.syntax.ast.TypeExpr.ImplTrait) {
            return Diagnostic.error(dev.rustmem.diag.Code.E0562, "`impl Trait` is not allowed in field types", te.span(), "")
                    .withNote("`impl Trait` is only allowed in arguments and return types of functions and methods");
        }
        if (te instanceof dev.rustmem.syntax.ast.TypeExpr.Infer) {
            return Diagnostic.error(dev.rustmem.diag.Code.E0121,
                    "the placeholder `_` is not allowed within types on item signatures for " + self.kind().keyword()
                            + "s", te.span(), "not allowed in type signatures");
        }
        return Diagnostic.error("field type is not a concrete type", te.span(), "not a concrete type");
    }

    private static Optional<String> langItem(List<Attribute> attrs) {
        if (attrs.isEmpty()) {
            return Optional.empty();
        }
        for (int k = 0; k < attrs.size(); k++) {
            Attribute a = attrs.get(k);
            if (a.name().equals("lang") && a.meta() instanceof Meta.NameValue nv
                    && nv.value() instanceof Literal.Str s) {
                return Optional.of(s.value());
            }
        }
        return Optional.empty();
    }

    private static Optional<BigInteger> scalarRange(List<Attribute> attrs, String name) {
        if (attrs.isEmpty()) {
            return Optional.empty();
        }
        for (int k = 0; k < attrs.size(); k++) {
            Attribute a = attrs.get(k);
            if (a.name().equals(name) && a.meta() instanceof Meta.ListMeta l && l.items().size() == 1
                    && l.items().get(0) instanceof Meta.Lit lit && lit.value() instanceof Literal.Int i) {
                return Optional.of(i.value());
            }
        }
        return Optional.empty();
    }
}
