package dev.rustmem.types.lower;

import dev.rustmem.diag.Code;
import dev.rustmem.diag.Diagnostic;
import dev.rustmem.syntax.ast.Generics;
import dev.rustmem.syntax.ast.Ident;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.ast.Path;
import dev.rustmem.syntax.ast.PathSegment;
import dev.rustmem.syntax.ast.TypeExpr;
import dev.rustmem.types.AdtDef;
import dev.rustmem.types.Const;
import dev.rustmem.types.GenericArg;
import dev.rustmem.types.Ty;
import dev.rustmem.types.resolve.Def;
import dev.rustmem.types.resolve.Namespace;
import dev.rustmem.types.resolve.PathRes;
import dev.rustmem.types.resolve.ResolveErrors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lowers a path in type position: a generic parameter, {@code Self}, an ADT, an alias or a built-in type. */
final class PathLowering {
    private final TypeLowering tl;

    PathLowering(TypeLowering tl) {
        this.tl = tl;
    }

    Ty lowerPathType(TypeExpr.PathType t) {
        Path p = t.path();
        Env env = tl.env();
        if (p.qself().isPresent()) {
            return projection(p);
        }
        List<PathSegment> segs = p.segments();
        String first = segs.get(0).name().name();
        if (!p.global() && (env.paramOrNull(first) != null || isSelf(first))) {
            if (segs.size() == 2 && segs.get(1).args().isEmpty()) {
                return typeRelative(segs.get(0), segs.get(1));
            }
            if (segs.size() > 1) {
                return tl.error(Diagnostic.unsupported("an associated type path (`" + p.plain() + "`)", p.span()));
            }
            return paramOrSelf(segs.get(0));
        }
        if (!p.global() && segs.size() == 1) {
            // The common case (`u8`, `Foo`, `Option<T>`): resolved without allocating.
            Def d = tl.cx.resolver().resolveSingle(env.scope(), first, Namespace.TYPE);
            if (d != null) {
                return ofDef(d, segs.get(0), p);
            }
        }
        PathRes r = tl.cx.resolver().resolvePath(env.scope(), idents(segs), p.global(), Namespace.TYPE);
        if (r instanceof PathRes.Failed f) {
            if (f.failure() == PathRes.Failure.NOT_IN_PARENT && f.parent() instanceof Def.Module m
                    && !m.module().krate().isUser()) {
                return tl.error(StdGap.diagnostic(p));
            }
            return tl.error(ResolveErrors.forPath(f, "type"));
        }
        PathRes.Ok ok = (PathRes.Ok) r;
        if (ok.consumed() < segs.size()) {
            return associated(ok, segs);
        }
        return ofDef(ok.def(), segs.get(segs.size() - 1), p);
    }

    private static final int SELF_HASH = "Self".hashCode();

    /**
     * {@code Self}, checking the (cached) hash first: the name's characters are not read for
     * every path, and the lookup that follows needs the hash anyway.
     */
    private static boolean isSelf(String name) {
        return name.hashCode() == SELF_HASH && name.equals("Self");
    }

    /** The segments' names, as a view (no copy). */
    static List<Ident> idents(List<PathSegment> segs) {
        return new java.util.AbstractList<>() {
            @Override
            public Ident get(int index) {
                return segs.get(index).name();
            }

            @Override
            public int size() {
                return segs.size();
            }
        };
    }

    /** {@code <Q as Trait>::Name}: normalized when Q is concrete, an opaque parameter otherwise. */
    private Ty projection(Path p) {
        Path.QSelf qs = p.qself().get();
        List<PathSegment> segs = p.segments();
        if (qs.position() == 0 || segs.size() != qs.position() + 1) {
            return tl.error(Diagnostic.unsupported("this qualified path type", p.span()));
        }
        Ty q = tl.lower(qs.ty(), tl.env());
        List<Ident> traitPath = new ArrayList<>();
        for (PathSegment s : segs.subList(0, qs.position())) {
            traitPath.add(s.name());
        }
        PathRes r = tl.cx.resolver().resolvePath(tl.env().scope(), traitPath, p.global(), Namespace.TYPE);
        if (r instanceof PathRes.Failed f) {
            return tl.error(ResolveErrors.forPath(f, "trait"));
        }
        if (!(r instanceof PathRes.Ok ok && ok.consumed() == traitPath.size() && ok.def() instanceof Def.Trait trait)) {
            return tl.error(Diagnostic.error(Code.E0404, "expected trait, found " + ((PathRes.Ok) r).def().descr(),
                    segs.get(qs.position() - 1).span(), "not a trait"));
        }
        String name = segs.get(qs.position()).name().name();
        if (tl.failed()) {
            return Ty.NEVER;
        }
        if (Projections.hasParams(q)) {
            return new Ty.Param("<" + tl.cx.printer().print(q) + " as " + trait.path() + ">::" + name, -1, false);
        }
        if (!declaresType(trait, name)) {
            PathSegment at = segs.get(qs.position());
            return tl.error(Diagnostic.error(Code.E0576, "cannot find associated type `" + name + "` in trait `"
                    + trait.name() + "`", at.span(), "not found in `" + trait.name() + "`"));
        }
        Optional<Ty> t = tl.cx.projections().normalize(q, trait, name);
        if (t.isEmpty()) {
            String qs2 = tl.cx.printer().print(q);
            return tl.error(Diagnostic.error(dev.rustmem.diag.Code.E0277, "the trait bound `" + qs2 + ": "
                    + trait.name() + "` is not satisfied", qs.ty().span(), "the trait `" + trait.name()
                    + "` is not implemented for `" + qs2 + "`"));
        }
        return t.get();
    }

    /**
     * {@code Self::Item} / {@code T::Output}: the current impl's {@code type Item = ..}, else the
     * one of an impl for the (concrete) self type; a projection on a generic parameter stays an
     * opaque parameter (it is resolved per instantiation in rustc; rustmem skips such types).
     */
    private Ty typeRelative(PathSegment base, PathSegment assoc) {
        String name = assoc.name().name();
        Env env = tl.env();
        if (base.name().name().equals("Self") && env.impl().isPresent()) {
            for (Item it : env.impl().get().item().items()) {
                if (it instanceof Item.TypeAlias ta && ta.name().name().equals(name) && ta.ty().isPresent()) {
                    return tl.lower(ta.ty().get(), env.impl().get().env());
                }
            }
        }
        Ty q = paramOrSelf(base);
        if (tl.failed()) {
            return Ty.NEVER;
        }
        if (!Projections.hasParams(q)) {
            Optional<Ty> t = tl.cx.projections().normalizeAny(q, name);
            if (t.isPresent()) {
                return t.get();
            }
        }
        return new Ty.Param(base.name().name() + "::" + name, -1, false);
    }

    private Ty paramOrSelf(PathSegment seg) {
        String name = seg.name().name();
        Optional<GenericArg> a = tl.env().param(name);
        if (a.isPresent()) {
            if (a.get() instanceof Ty ty) {
                return ty;
            }
            return tl.error(Diagnostic.error(Code.E0573, "expected type, found const parameter `" + name + "`",
                    seg.span(), "not a type"));
        }
        Optional<Ty> self = tl.env().selfTy();
        if (self.isEmpty()) {
            return tl.error(Diagnostic.error(Code.E0411, "cannot find type `Self` in this scope", seg.span(),
                    "`Self` is only available in impls, traits, and type definitions"));
        }
        return self.get();
    }

    private Ty associated(PathRes.Ok ok, List<PathSegment> segs) {
        PathSegment next = segs.get(ok.consumed());
        if (ok.def() instanceof Def.Adt adt && adt.variants().size() > 0 && ok.consumed() == segs.size() - 1) {
            return tl.error(Diagnostic.error(Code.E0599, "no variant named `" + next.name().name()
                    + "` found for enum `" + adt.name() + "`", next.name().span(), "variant not found in `"
                    + adt.name() + "`"));
        }
        return tl.error(Diagnostic.unsupported("an associated type path (`" + next.name().name() + "`)",
                next.span()));
    }

    private Ty ofDef(Def def, PathSegment seg, Path p) {
        if (def instanceof Def.Adt adt) {
            AdtDef d = tl.cx.adtDef(adt);
            if (!d.isGeneric() && seg.args().isEmpty()) {
                return d.asTy(); // no parameters, none written: no argument lowering to do
            }
            List<GenericArg> args = tl.args().lower(tl.cx.params(generics(adt.item())), seg, adt, adt.scope(), false);
            return args == null ? Ty.NEVER : tl.cx.intern(new Ty.Adt(d, args));
        }
        if (def instanceof Def.Alias alias) {
            return alias(alias, seg);
        }
        if (def instanceof Def.Prim prim) {
            if (seg.args().isPresent()) {
                return tl.error(Diagnostic.error(Code.E0109, "type arguments are not allowed on builtin type `"
                        + prim.name() + "`", argsInside(seg.args().get()), "type argument not allowed")
                        .withSecondary(new dev.rustmem.diag.Label(seg.name().span(),
                                "not allowed on builtin type `" + prim.name() + "`")));
            }
            return prim.ty();
        }
        if (def instanceof Def.Missing) {
            return tl.error(StdGap.diagnostic(p));
        }
        if (def instanceof Def.Trait) {
            return tl.error(Diagnostic.error(Code.E0782, "expected a type, found a trait", p.span(), "")
                    .withHelp("you can add the `dyn` keyword if you want a trait object"));
        }
        return tl.error(Diagnostic.error(Code.E0573, "expected type, found " + def.descr() + " `" + p.plain() + "`",
                p.span(), "not a type"));
    }

    private Ty alias(Def.Alias alias, PathSegment seg) {
        if (seg.args().isEmpty() && tl.cleanSoFar()) {
            // A known expansion first, before looking at the alias's item: only an alias without
            // type or const parameters, named without arguments, is ever remembered, and naming
            // it so always lowers to no arguments without an error.
            Ty known = tl.cx.expandedAlias(alias);
            if (known != null) {
                return known;
            }
        }
        Item.TypeAlias item = alias.item();
        if (item.ty().isEmpty()) {
            return tl.error(Diagnostic.unsupported("an associated type without a value", seg.span()));
        }
        List<ParamInfo> params = tl.cx.params(item.generics());
        List<GenericArg> args = tl.args().lower(params, seg, alias, alias.scope(), false);
        if (args == null) {
            return Ty.NEVER;
        }
        boolean cacheable = args.isEmpty() && tl.cleanSoFar();
        if (cacheable) {
            Ty known = tl.cx.expandedAlias(alias);
            if (known != null) {
                return known;
            }
        }
        long projections = tl.cx.projections().normalizedCount();
        Ty expanded = expand(alias, item, params, args);
        if (cacheable && tl.cleanSoFar() && tl.cx.projections().normalizedCount() == projections) {
            tl.cx.rememberAlias(alias, expanded);
        }
        return expanded;
    }

    private Ty expand(Def.Alias alias, Item.TypeAlias item, List<ParamInfo> params, List<GenericArg> args) {
        Optional<List<Def.Alias>> cycle = tl.cx.enterAlias(alias);
        if (cycle.isPresent()) {
            return tl.cx.firstReportOf(cycle.get()) ? tl.error(aliasCycle(cycle.get())) : tl.fail();
        }
        try {
            return tl.lower(item.ty().get(), new Env(alias.scope(), ParamMap.of(params, args, params.size()),
                    Optional.empty()));
        } finally {
            tl.cx.exitAlias(alias);
        }
    }

    /** rustc's E0391 for a type alias cycle, at the first alias's type. */
    private static Diagnostic aliasCycle(List<Def.Alias> cycle) {
        Def.Alias first = cycle.get(0);
        Diagnostic d = Diagnostic.error(Code.E0391, "cycle detected when expanding type alias `" + first.name() + "`",
                first.item().ty().get().span(), "");
        for (Def.Alias a : cycle.subList(1, cycle.size())) {
            d = d.withSecondary(new dev.rustmem.diag.Label(a.item().ty().get().span(),
                    "...which requires expanding type alias `" + a.name() + "`..."));
        }
        return d.withNote("...which again requires expanding type alias `" + first.name() + "`, completing the cycle")
                .withNote("type aliases cannot be recursive")
                .withHelp("consider using a struct, enum, or union instead to break the cycle");
    }

    /** The arguments between the angle brackets (rustc's span for E0109). */
    private static dev.rustmem.source.Span argsInside(dev.rustmem.syntax.ast.GenericArgs ga) {
        if (ga instanceof dev.rustmem.syntax.ast.GenericArgs.AngleBracketed ab && !ab.args().isEmpty()) {
            return ab.args().get(0).span().to(ab.args().get(ab.args().size() - 1).span());
        }
        return ga.span();
    }

    static Generics generics(Item item) {
        if (item instanceof Item.Struct s) {
            return s.generics();
        } else if (item instanceof Item.Enum e) {
            return e.generics();
        } else if (item instanceof Item.Union u) {
            return u.generics();
        }
        throw new AssertionError(item);
    }

    /** The identity arguments of a generic definition: each parameter stands for itself. */
    static List<GenericArg> identityArgs(List<ParamInfo> params) {
        GenericArg[] out = new GenericArg[params.size()];
        for (int i = 0; i < out.length; i++) {
            ParamInfo p = params.get(i);
            out[i] = p.isConst() ? new Const.Param(p.name(), i) : new Ty.Param(p.name(), i, p.def().maybeUnsized());
        }
        return dev.rustmem.types.HashedList.adopt(out);
    }

    /** Whether the trait declares an associated type {@code name}. */
    private static boolean declaresType(Def.Trait trait, String name) {
        for (Item it : trait.item().items()) {
            if (it instanceof Item.TypeAlias ta && ta.name().name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
