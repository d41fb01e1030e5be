package dev.rustmem.types.collect;

import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.SourceFile;
import dev.rustmem.types.FieldDef;
import dev.rustmem.syntax.ast.FnSig;
import dev.rustmem.syntax.ast.GenericArg;
import dev.rustmem.syntax.ast.GenericArgs;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.ast.PathSegment;
import dev.rustmem.syntax.ast.TypeExpr;
import dev.rustmem.types.AdtDef;
import dev.rustmem.types.Ty;
import dev.rustmem.types.lower.Env;
import dev.rustmem.types.resolve.HeadSpan;
import dev.rustmem.types.lower.LoweringCtxt;
import dev.rustmem.types.lower.StdGap;
import dev.rustmem.types.resolve.DefCollector;
import dev.rustmem.types.resolve.Def;
import dev.rustmem.types.resolve.ModuleData;
import java.util.List;
import java.util.Optional;

/**
 * Walks the user crate in source order: builds and checks every struct/enum/union (repr,
 * discriminants, field types), lowers every written type (reporting its errors once), and feeds
 * {@link NamedTypesBuilder}. Function bodies are walked by {@link BodyWalker}, which comes back
 * here for block-local items.
 */
public final class CrateWalker {
    final LoweringCtxt cx;
    final DefCollector collector;
    final NamedTypesBuilder out;
    final Diagnostics diags;
    final SourceFile file;
    /** Made once (not {@code this::text}, which allocates at every use and costs a cold run a bootstrap). */
    private final WrittenText text;

    public CrateWalker(LoweringCtxt cx, DefCollector collector, NamedTypesBuilder out, Diagnostics diags,
            SourceFile file) {
        this.cx = cx;
        this.collector = collector;
        this.out = out;
        this.diags = diags;
        this.file = file;
        this.text = new WrittenText(file);
    }

    public void items(ModuleData scope, List<Item> items) {
        for (Item item : items) {
            if (collector.cfg().enabled(item.attrs())) {
                item(scope, item);
            }
        }
    }

    private ModuleData lastScope;
    private Env lastEnv;

    /** {@code Env.of(scope)}, one object for a run of items in the same module (the usual case). */
    private Env envOf(ModuleData scope) {
        if (scope != lastScope) {
            lastScope = scope;
            lastEnv = Env.of(scope);
        }
        return lastEnv;
    }

    /** An item in a module or block; its own generics only (outer ones are not in scope, E0401). */
    void item(ModuleData scope, Item item) {
        Env env = envOf(scope);
        ReprPlacement.check(item, file, diags);
        if (item instanceof Item.Struct || item instanceof Item.Enum || item instanceof Item.Union) {
            Def.Adt d = collector.adtOrNull(item);
            if (d != null) {
                adt(d);
            }
        } else if (item instanceof Item.TypeAlias t) {
            alias(env, t);
        } else if (item instanceof Item.Fn f) {
            fn(env, f, scope.itemPath(f.name().name()));
        } else if (item instanceof Item.Impl i) {
            impl(env, i);
        } else if (item instanceof Item.Trait t) {
            Env te = Scope.withGenerics(env, t.generics()).withSelf(new Ty.Param("Self", -1, true));
            assocItems(te, t.items(), scope.itemPath(t.name().name()));
        } else if (item instanceof Item.Const c) {
            written(c.ty(), env);
            // Plain ifs and loops, not ifPresent/forEach, in this file: a lambda's bootstrap costs every cold run.
            if (c.value().isPresent()) {
                new BodyWalker(this, scope, env, scope.itemPath(c.name().name())).expr(c.value().get());
            }
            evaluate(c, env);
        } else if (item instanceof Item.Static s) {
            written(s.ty(), env);
            if (s.value().isPresent()) {
                new BodyWalker(this, scope, env, scope.itemPath(s.name().name())).expr(s.value().get());
            }
        } else if (item instanceof Item.Mod md) {
            Optional<ModuleData> m = collector.moduleFor(item);
            if (m.isPresent() && md.items().isPresent()) {
                items(m.get(), md.items().get());
            }
        } else if (item instanceof Item.ExternBlock eb) {
            items(scope, eb.items());
        }
    }

    /**
     * A definition's field types are lowered once, through {@link AdtDef#fieldTys} with the
     * identity arguments (the same cache the layout and the checks use); only when that fails
     * are they lowered again one by one to report the errors.
     */
    private void adt(Def.Adt d) {
        AdtDef def = cx.adtDef(d);
        Item item = d.item();
        if (!def.isGeneric()) {
            out.definition(def.asTy(), d.name(), HeadSpan.of(item, file));
        }
        List<dev.rustmem.types.GenericArg> id = cx.identityArgs(def);
        boolean lowered = true;
        for (int v = def.nextWithFields(0); v >= 0; v = def.nextWithFields(v + 1)) {
            List<FieldDef> fs = def.variants().get(v).fields();
            try {
                List<Ty> tys = def.fieldTys(v, id);
                for (int i = 0; i < tys.size(); i++) {
                    out.written(tys.get(i), fs.get(i).declaredTy(), text);
                }
            } catch (dev.rustmem.diag.DiagnosticException e) {
                lowered = false;
                Env env = new Env(d.scope(), identityEnv(def, id), Optional.of(new Ty.Adt(def, id)));
                for (FieldDef f : fs) {
                    written(f.declaredTy(), env);
                }
            }
        }
        if (lowered && !def.isGeneric() && diags.isEmpty() && cx.layouts().layingOutAhead()) {
            // Made here, between items: the thread laying out ahead cannot (see Speculation).
            // (Not after an error: then no layout is shown.)
            cx.prepareStd();
            cx.layouts().defined(def.asTy());
        }
    }

    private static java.util.Map<String, dev.rustmem.types.GenericArg> identityEnv(AdtDef def,
            List<dev.rustmem.types.GenericArg> id) {
        java.util.Map<String, dev.rustmem.types.GenericArg> m = new java.util.HashMap<>();
        for (int i = 0; i < id.size(); i++) {
            m.put(def.params().get(i).name(), id.get(i));
        }
        return m;
    }

    private void alias(Env env, Item.TypeAlias t) {
        if (t.ty().isEmpty()) {
            return;
        }
        Env e = Scope.withGenerics(env, t.generics());
        Def.Alias d = aliasDef(env.scope(), t);
        Optional<Ty> ty = d != null ? cx.lowerAliasDefinition(d, t.ty().get(), e, diags)
                : cx.lower(t.ty().get(), e, diags);
        if (ty.isPresent()) {
            if (onlyLifetimes(t.generics())) {
                out.alias(ty.get(), t.name().name(), t.name().span());
            }
            out.written(ty.get(), t.ty().get(), text);
        }
    }

    private static boolean onlyLifetimes(dev.rustmem.syntax.ast.Generics g) {
        List<dev.rustmem.syntax.ast.Generics.GenericParam> ps = g.params();
        for (int i = 0; i < ps.size(); i++) {
            if (!(ps.get(i) instanceof dev.rustmem.syntax.ast.Generics.LifetimeParam)) {
                return false;
            }
        }
        return true;
    }

    /** The alias this item defines in its scope, or null (a duplicate name). */
    private static Def.Alias aliasDef(ModuleData scope, Item.TypeAlias t) {
        dev.rustmem.types.resolve.Binding b = scope.own(dev.rustmem.types.resolve.Namespace.TYPE).get(t.name().name());
        return b != null && b.def() instanceof Def.Alias a && a.item() == t ? a : null;
    }

    void fn(Env outer, Item.Fn f, String owner) {
        Env env = Scope.withGenerics(outer, f.sig().generics());
        FnSig sig = f.sig();
        for (FnSig.Param p : sig.params()) {
            if (p.selfKind() == FnSig.SelfKind.NONE || p.selfKind() == FnSig.SelfKind.EXPLICIT) {
                writtenLenient(p.ty(), env);
            }
        }
        if (sig.ret().isPresent()) {
            writtenLenient(sig.ret().get(), env);
        }
        if (f.body().isPresent()) {
            new BodyWalker(this, env.scope(), env, owner).fnBody(f.body().get());
        }
    }

    private void impl(Env outer, Item.Impl i) {
        Env env = Scope.withGenerics(outer, i.generics());
        if (i.traitRef().isPresent()) {
            checkTrait(i.traitRef().get(), env);
            for (PathSegment s : i.traitRef().get().segments()) {
                typeArgs(s, env);
            }
        }
        Optional<Ty> self = cx.lower(i.selfTy(), env, diags);
        if (self.isPresent()) {
            out.written(self.get(), i.selfTy(), text);
        }
        Env inner = self.isPresent() ? env.withSelf(self.get()) : env;
        // rustc prints items inside impl bodies under the self type's path: `Foo::m::Local`.
        String owner = self.isEmpty() ? env.scope().printPrefix()
                : self.get() instanceof Ty.Adt a ? a.def().path() : cx.printer().print(self.get());
        assocItems(i.traitRef().isPresent() ? inner.inImpl(i) : inner, i.items(), owner);
    }

    private void assocItems(Env env, List<Item> items, String owner) {
        for (Item it : items) {
            if (!collector.cfg().enabled(it.attrs())) {
                continue;
            }
            if (it instanceof Item.Fn f) {
                fn(env, f, owner + "::" + f.name().name());
            } else if (it instanceof Item.Const c) {
                written(c.ty(), env);
                if (c.value().isPresent()) {
                    new BodyWalker(this, env.scope(), env, owner + "::" + c.name().name()).expr(c.value().get());
                }
            } else if (it instanceof Item.TypeAlias t && t.ty().isPresent()) {
                written(t.ty().get(), Scope.withGenerics(env, t.generics()));
            }
        }
    }

    /** E0405 for an impl of a trait that does not resolve (a std trait the model lacks is skipped). */
    private void checkTrait(dev.rustmem.syntax.ast.Path tr, Env env) {
        List<dev.rustmem.syntax.ast.Ident> idents = new java.util.ArrayList<>();
        for (PathSegment s : tr.segments()) {
            idents.add(s.name());
        }
        dev.rustmem.types.resolve.PathRes r = cx.resolver().resolvePath(env.scope(), idents, tr.global(),
                dev.rustmem.types.resolve.Namespace.TYPE);
        if (r instanceof dev.rustmem.types.resolve.PathRes.Failed f
                && !(f.parent() instanceof Def.Module m && !m.module().krate().isUser())) {
            diags.add(dev.rustmem.types.resolve.ResolveErrors.forPath(f, "trait"));
        }
    }

    /** The type arguments of a path segment ({@code impl From<Vec<u8>>}, {@code size_of::<T>}). */
    void typeArgs(PathSegment s, Env env) {
        if (s.args().isPresent() && s.args().get() instanceof GenericArgs.AngleBracketed ab) {
            for (GenericArg a : ab.args()) {
                if (a instanceof GenericArg.Type t) {
                    writtenLenient(t.ty(), env);
                } else if (a instanceof GenericArg.Binding b) {
                    writtenLenient(b.ty(), env);
                }
            }
        }
    }

    /**
     * rustc evaluates every const item: an integer one is evaluated here so that its overflow
     * (E0080) is reported even when no type uses it. Expressions outside what types need (calls,
     * ...) are left to the interpreter and not reported.
     */
    private void evaluate(Item.Const c, Env env) {
        if (c.value().isEmpty() || !c.generics().params().isEmpty()) {
            return;
        }
        Diagnostics quiet = new Diagnostics();
        Optional<Ty> ty = cx.lower(c.ty(), env, quiet);
        if (ty.isEmpty() || !(ty.get() instanceof Ty.Int || ty.get() instanceof Ty.Uint)) {
            return;
        }
        Diagnostics found = new Diagnostics();
        cx.consts().evalItem(c, env, ty.get(), found);
        for (dev.rustmem.diag.Diagnostic d : found.all()) {
            if (!d.primary().message().equals("not supported yet")) {
                diags.add(d);
            }
        }
    }

    /** Lowers a written type, reporting its errors, and records it. */
    void written(TypeExpr te, Env env) {
        Ty t = cx.lowerOrNull(te, env, diags);
        if (t != null) {
            out.written(t, te, text);
        }
    }

    /**
     * A type in a signature or body: a std item the model lacks ({@link StdGap}) makes it
     * skipped rather than an error, since no layout depends on it.
     */
    void writtenLenient(TypeExpr te, Env env) {
        Diagnostics found = new Diagnostics();
        Ty t = cx.lowerOrNull(te, env, found);
        if (!found.isEmpty()) {
            for (dev.rustmem.diag.Diagnostic d : found.all()) {
                if (!StdGap.is(d)) {
                    diags.add(d);
                }
            }
        }
        if (t != null) {
            out.written(t, te, text);
        }
    }

    /** A type's source text, unless it is a macro's ({@code Option<$t>}). */
    private static final class WrittenText implements java.util.function.Function<TypeExpr, Optional<String>> {
        private final SourceFile file;

        WrittenText(SourceFile file) {
            this.file = file;
        }

        @Override
        public Optional<String> apply(TypeExpr te) {
            String text = file.slice(te.span());
            return text.indexOf('$') >= 0 ? Optional.empty() : Optional.of(text);
        }
    }
}
