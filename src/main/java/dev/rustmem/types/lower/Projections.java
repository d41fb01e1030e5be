package dev.rustmem.types.lower;

import dev.rustmem.diag.Diagnostics;
import dev.rustmem.syntax.ast.Ident;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.ast.PathSegment;
import dev.rustmem.types.GenericArg;
import dev.rustmem.types.Ty;
import dev.rustmem.types.resolve.Def;
import dev.rustmem.types.resolve.ImplDef;
import dev.rustmem.types.resolve.Namespace;
import dev.rustmem.types.resolve.PathRes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Normalizes associated type projections {@code <Q as Trait>::Name} for a concrete {@code Q}
 * (rustc's trait selection, reduced to what type definitions need, e.g. std's
 * {@code Cow::Owned(<B as ToOwned>::Owned)}): the impls of the trait are matched against
 * {@code Q}, impls for a specific type before blanket impls ({@code impl<T> Trait for T}, which
 * only apply to sized types unless {@code T: ?Sized}), and the impl's {@code type Name = ..} is
 * lowered with the impl's parameters bound.
 */
final class Projections {
    /** An impl's self type lowered with its parameters as {@link Ty.Param}s, and its trait. */
    private record Pattern(ImplDef impl, Def.Trait trait, Ty self, List<ParamInfo> params) {
        boolean blanket() {
            return self instanceof Ty.Param;
        }
    }

    private final LoweringCtxt cx;
    private final List<List<ImplDef>> sources = new ArrayList<>();
    private final Map<ImplDef, Optional<Pattern>> patterns = new IdentityHashMap<>();

    Projections(LoweringCtxt cx) {
        this.cx = cx;
    }

    void addImpls(List<ImplDef> impls) {
        sources.add(impls);
    }

    Optional<Ty> normalize(Ty q, Def.Trait trait, String name) {
        return select(q, name, trait);
    }

    /** {@code Q::Name} written without its trait: any impl for {@code Q} that defines {@code Name}. */
    Optional<Ty> normalizeAny(Ty q, String name) {
        return select(q, name, null);
    }

    /** How many projections have been normalized so far (to tell which written types went through one). */
    long normalizedCount() {
        return normalized;
    }

    /** @param trait the impls' trait, or null for any (not a predicate: a lambda's bootstrap costs a cold run) */
    private Optional<Ty> select(Ty q, String name, Def.Trait trait) {
        Optional<Ty> r = selectImpl(q, name, trait);
        if (r.isPresent()) {
            normalized++;
        }
        return r;
    }

    private long normalized;

    private Optional<Ty> selectImpl(Ty q, String name, Def.Trait trait) {
        // Non-blanket impls first, each group in source order.
        List<Pattern> candidates = new ArrayList<>();
        List<Pattern> blanket = new ArrayList<>();
        for (List<ImplDef> list : sources) {
            for (int i = 0; i < list.size(); i++) {
                Optional<Pattern> p = pattern(list.get(i));
                if (p.isPresent() && (trait == null || p.get().trait() == trait)) {
                    (p.get().blanket() ? blanket : candidates).add(p.get());
                }
            }
        }
        candidates.addAll(blanket);
        for (Pattern p : candidates) {
            GenericArg[] bound = new GenericArg[p.params().size()];
            if (TyMatch.matches(p.self(), q, bound)) {
                Optional<Ty> t = assocType(p, bound, q, name);
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a type still mentions a generic parameter (then a projection on it stays opaque). */
    static boolean hasParams(Ty t) {
        return mentionsParams(t, false);
    }

    /**
     * Whether a parameter occurs in {@code t}; with {@code everywhere}, also inside function
     * pointers, and every {@code dyn} type counts as one (its spelling may name a parameter):
     * what {@link Subst} must leave to lowering.
     */
    static boolean mentionsParams(Ty t, boolean everywhere) {
        if (t instanceof Ty.Param) {
            return true;
        }
        if (t instanceof Ty.Adt a) {
            for (GenericArg g : a.args()) {
                if (g instanceof dev.rustmem.types.Const.Param || g instanceof Ty ty && mentionsParams(ty, everywhere)) {
                    return true;
                }
            }
            return false;
        }
        if (t instanceof Ty.Tuple tu) {
            return anyMentions(tu.elems(), everywhere);
        }
        if (t instanceof Ty.Array a) {
            return a.len() < 0 || mentionsParams(a.elem(), everywhere);
        }
        if (t instanceof Ty.Slice s) {
            return mentionsParams(s.elem(), everywhere);
        }
        if (t instanceof Ty.Ref r) {
            return mentionsParams(r.pointee(), everywhere);
        }
        if (t instanceof Ty.RawPtr r) {
            return mentionsParams(r.pointee(), everywhere);
        }
        if (everywhere && t instanceof Ty.FnPtr f) {
            return anyMentions(f.inputs(), true) || mentionsParams(f.output(), true);
        }
        return everywhere && t instanceof Ty.Dynamic;
    }

    private static boolean anyMentions(List<Ty> tys, boolean everywhere) {
        for (int i = 0; i < tys.size(); i++) {
            if (mentionsParams(tys.get(i), everywhere)) {
                return true;
            }
        }
        return false;
    }

    private Optional<Ty> assocType(Pattern p, GenericArg[] bound, Ty q, String name) {
        for (Item it : p.impl().item().items()) {
            if (it instanceof Item.TypeAlias ta && ta.name().name().equals(name) && ta.ty().isPresent()) {
                Map<String, GenericArg> env = new HashMap<>();
                for (int i = 0; i < bound.length; i++) {
                    if (bound[i] != null) {
                        env.put(p.params().get(i).name(), bound[i]);
                    }
                }
                return cx.lower(ta.ty().get(), new Env(p.impl().scope(), env, Optional.of(q)), new Diagnostics());
            }
        }
        return Optional.empty();
    }

    private Optional<Pattern> pattern(ImplDef impl) {
        Optional<Pattern> p = patterns.get(impl);
        if (p == null) {
            p = computePattern(impl);
            patterns.put(impl, p);
        }
        return p;
    }

    private Optional<Pattern> computePattern(ImplDef impl) {
        List<Ident> idents = new ArrayList<>();
        for (PathSegment s : impl.item().traitRef().get().segments()) {
            idents.add(s.name());
        }
        PathRes r = cx.resolver().resolvePath(impl.scope(), idents, impl.item().traitRef().get().global(),
                Namespace.TYPE);
        if (!(r instanceof PathRes.Ok ok && ok.def() instanceof Def.Trait trait)) {
            return Optional.empty();
        }
        List<ParamInfo> params = cx.params(impl.item().generics());
        Map<String, GenericArg> env = new HashMap<>();
        for (int i = 0; i < params.size(); i++) {
            ParamInfo pi = params.get(i);
            env.put(pi.name(), pi.isConst() ? new dev.rustmem.types.Const.Param(pi.name(), i)
                    : new Ty.Param(pi.name(), i, pi.def().maybeUnsized()));
        }
        Optional<Ty> self = cx.lower(impl.item().selfTy(), new Env(impl.scope(), env, Optional.empty()),
                new Diagnostics());
        return self.isEmpty() ? Optional.empty() : Optional.of(new Pattern(impl, trait, self.get(), params));
    }
}
