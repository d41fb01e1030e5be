package dev.rustmem.types.resolve;

import dev.rustmem.syntax.ast.Ident;
import dev.rustmem.syntax.ast.Visibility;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Name lookup over the module tree (rustc_resolve's {@code resolve_ident_in_module} and
 * {@code resolve_path}). Imports are resolved lazily on first lookup and cached, which handles
 * re-export chains across crates in any order; an import that is being resolved is skipped when
 * reached again (a cycle), as rustc's fixed-point import resolution would leave it unresolved.
 *
 * <p>Lexical lookup of a path's first segment (rustc's ribs, then module, then preludes): the
 * enclosing block scopes, the nearest named module, the extern prelude (crate names), the
 * crate's std prelude glob, then the built-in types.
 */
public final class Resolver {
    private final Map<String, CrateData> crates;
    private final Set<String> userExternPrelude;
    private final Set<Import> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Import, Optional<Def>> globTargets = new IdentityHashMap<>();
    private final Map<CrateData, Optional<ModuleData>> preludes = new IdentityHashMap<>();
    private int cycleHits;

    /** @param crates every crate by name; the user crate may reach only {@code userExternPrelude} */
    public Resolver(Map<String, CrateData> crates, Set<String> userExternPrelude) {
        this.crates = new HashMap<>(crates);
        this.userExternPrelude = Set.copyOf(userExternPrelude);
    }

    public Optional<CrateData> crate(String name) {
        return Optional.ofNullable(crates.get(name));
    }

    /**
     * A name in a module: its items, then its single imports, then its glob imports. Each call
     * is one search over the glob graph that visits every module at most once, so mutually
     * glob-importing modules ({@code use super::*} everywhere) stay linear.
     */
    public Optional<Binding> lookupIn(ModuleData m, String name, Namespace ns) {
        return Optional.ofNullable(find(m, name, ns));
    }

    /** {@link #lookupIn}, null when not found: no Optional on the hot path of every type path. */
    private Binding find(ModuleData m, String name, Namespace ns) {
        Binding own = m.own(ns).get(name);
        if (own != null) {
            return own;
        }
        Optional<Binding> cached = m.cache(ns).get(name);
        if (cached != null) {
            return cached.orElse(null);
        }
        if (m.singles(name).isEmpty() && m.globs().isEmpty()) {
            m.cache(ns).put(name, Optional.empty());
            return null;
        }
        int before = cycleHits;
        Optional<Binding> found = search(m, name, ns, new java.util.ArrayList<>(8));
        if (found.isPresent() || cycleHits == before) {
            m.cache(ns).put(name, found);
        }
        return found.orElse(null);
    }

    /** One step of a search: a module already visited in this search has nothing more to offer. */
    private Optional<Binding> search(ModuleData m, String name, Namespace ns, java.util.List<ModuleData> visited) {
        Binding own = m.own(ns).get(name);
        if (own != null) {
            return Optional.of(own);
        }
        Optional<Binding> cached = m.cache(ns).get(name);
        if (cached != null) {
            return cached;
        }
        for (int i = 0; i < visited.size(); i++) {
            if (visited.get(i) == m) {
                return Optional.empty();
            }
        }
        visited.add(m);
        Optional<Binding> found = viaImports(m, name, ns, visited);
        if (found.isPresent()) {
            m.cache(ns).put(name, found);
        }
        return found;
    }

    private Optional<Binding> viaImports(ModuleData m, String name, Namespace ns, java.util.List<ModuleData> visited) {
        for (Import imp : m.singles(name)) {
            Optional<Def> d = resolveImport(imp, ns);
            if (d.isPresent()) {
                return Optional.of(new Binding(d.get(), imp.vis(), m, imp.span(), true));
            }
        }
        for (Import g : m.globs()) {
            if (!inProgress.add(g)) {
                cycleHits++;
                continue;
            }
            try {
                Optional<Binding> b = throughGlob(g, name, ns, visited);
                if (b.isPresent()) {
                    return b;
                }
            } finally {
                inProgress.remove(g);
            }
        }
        return Optional.empty();
    }

    private Optional<Binding> throughGlob(Import g, String name, Namespace ns, java.util.List<ModuleData> visited) {
        Optional<Def> target = globTarget(g);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        ModuleData m = g.owner();
        if (target.get() instanceof Def.Module tm) {
            Optional<Binding> b = search(tm.module(), name, ns, visited);
            if (b.isPresent() && b.get().visibleFrom(m)) {
                return Optional.of(new Binding(b.get().def(), g.vis(), m, g.span(), true));
            }
        } else if (target.get() instanceof Def.Adt adt && ns != Namespace.MACRO) {
            int v = adt.variantIndex(name);
            if (v >= 0) {
                return Optional.of(new Binding(new Def.VariantRef(adt, v), g.vis(), m, g.span(), true));
            }
        }
        return Optional.empty();
    }

    /** What a glob import imports from: a module or an enum. */
    public Optional<Def> globTarget(Import g) {
        Optional<Def> t = globTargets.get(g);
        if (t != null) {
            return t;
        }
        PathRes r = resolvePath(g.owner(), g.segments(), g.global(), Namespace.TYPE);
        t = r instanceof PathRes.Ok ok && ok.consumed() == g.segments().size()
                && (ok.def() instanceof Def.Module || ok.def() instanceof Def.Adt)
                ? Optional.of(ok.def()) : Optional.empty();
        globTargets.put(g, t);
        return t;
    }

    /** A single import's target in one namespace (empty when it has none there). */
    public Optional<Def> resolveImport(Import imp, Namespace ns) {
        if (imp.selfImport() && ns != Namespace.TYPE) {
            return Optional.empty();
        }
        if (!inProgress.add(imp)) {
            cycleHits++;
            return Optional.empty();
        }
        try {
            PathRes r = resolvePath(imp.owner(), imp.segments(), imp.global(), ns);
            if (r instanceof PathRes.Ok ok && ok.consumed() == imp.segments().size()) {
                return Optional.of(ok.def());
            }
            if (r instanceof PathRes.Failed f && f.isLast() && f.failure() == PathRes.Failure.NOT_IN_PARENT
                    && f.parent() instanceof Def.Module m && !m.module().krate().isUser() && ns == Namespace.TYPE) {
                return Optional.of(new Def.Missing(imp.name(), f.written() + "::" + f.segment().name()));
            }
            return Optional.empty();
        } finally {
            inProgress.remove(imp);
        }
    }

    /** Resolves a path from a scope; the last segment in {@code ns}, the others as modules or types. */
    public PathRes resolvePath(ModuleData scope, List<Ident> segs, boolean global, Namespace ns) {
        Def cur;
        int i;
        // The path as written before the segment being resolved ("crate", "self", "super", the
        // first name) and the index of the first segment the loop appends to it; the full text is
        // only built for a failure (it was built for every path).
        String written;
        Ident first = segs.get(0);
        if (global) {
            CrateData c = externCrateOrNull(scope, first.name());
            if (c == null) {
                return new PathRes.Failed(PathRes.Failure.NO_SUCH_CRATE, 0, first, null, "", segs);
            }
            cur = c.root().asDef();
            i = 1;
            written = first.name();
        } else {
            switch (first.name()) {
                case "crate":
                    cur = scope.krate().root().asDef();
                    i = 1;
                    written = "crate";
                    break;
                case "self":
                    cur = scope.normal().asDef();
                    i = 1;
                    written = "self";
                    break;
                case "super": {
                    ModuleData m = scope.normal();
                    i = 0;
                    while (i < segs.size() && segs.get(i).name().equals("super")) {
                        if (m.parent() == null) {
                            return new PathRes.Failed(PathRes.Failure.TOO_MANY_SUPER, i, segs.get(i), null, "", segs);
                        }
                        m = m.parent().normal();
                        i++;
                    }
                    cur = m.asDef();
                    written = "super";
                    break;
                }
                default: {
                    Def d = lexicalDef(scope, first.name(), segs.size() == 1 ? ns : Namespace.TYPE);
                    if (d == null) {
                        return new PathRes.Failed(PathRes.Failure.NOT_IN_SCOPE, 0, first, null, "", segs);
                    }
                    cur = d;
                    i = 1;
                    written = first.name();
                }
            }
        }
        int from = i;
        for (; i < segs.size(); i++) {
            Ident seg = segs.get(i);
            Namespace want = i == segs.size() - 1 ? ns : Namespace.TYPE;
            if (cur instanceof Def.Module m) {
                Binding b = find(m.module(), seg.name(), want);
                if (b == null) {
                    return new PathRes.Failed(PathRes.Failure.NOT_IN_PARENT, i, seg, cur, written(written, segs, from, i),
                            segs);
                }
                cur = b.def();
            } else if (cur instanceof Def.Adt adt && adt.variantIndex(seg.name()) >= 0) {
                cur = new Def.VariantRef(adt, adt.variantIndex(seg.name()));
            } else if (cur instanceof Def.VariantRef) {
                return new PathRes.Failed(PathRes.Failure.NOT_A_MODULE, i - 1, segs.get(i - 1), cur,
                        written(written, segs, from, i), segs);
            } else {
                // A type followed by more segments: an associated item, resolved by the caller.
                return new PathRes.Ok(cur, i);
            }
        }
        return new PathRes.Ok(cur, segs.size());
    }

    /** {@code start::segs[from]::...::segs[to - 1]}. */
    private static String written(String start, List<Ident> segs, int from, int to) {
        StringBuilder sb = new StringBuilder(start);
        for (int j = from; j < to; j++) {
            sb.append("::").append(segs.get(j).name());
        }
        return sb.toString();
    }

    /**
     * A single-segment path in the type namespace ({@code u8}, {@code Foo}, {@code Option}): the
     * definition, or null when it does not resolve (resolve it with {@link #resolvePath} then, for
     * the error). The common case of every lowered type, without allocating.
     */
    public Def resolveSingle(ModuleData scope, String name, Namespace ns) {
        switch (name) {
            case "crate":
            case "self":
            case "super":
                return null;
            default:
                break;
        }
        if (ns != Namespace.TYPE || scope.isBlock()) {
            return lexicalDef(scope, name, ns);
        }
        Binding own = scope.own(ns).get(name);
        if (own != null) {
            return own.def();
        }
        // Names from elsewhere (`u8`, `Option`, imports) are remembered per module: looking them
        // up went through the imports, the extern crates, the prelude and the built-in types
        // each time. Only a result reached without an import cycle in the way is kept, as in
        // lookupIn (a module's names do not change once collected).
        Def known = scope.lexicalTypes().get(name);
        if (known != null) {
            return known;
        }
        boolean settled = inProgress.isEmpty();
        int before = cycleHits;
        Def d = lexicalDef(scope, name, ns);
        if (d != null && settled && cycleHits == before) {
            scope.lexicalTypes().put(name, d);
        }
        return d;
    }

    /** The first segment of a path, looked up through the scopes visible at {@code scope}. */
    public Optional<Def> lexical(ModuleData scope, String name, Namespace ns) {
        return Optional.ofNullable(lexicalDef(scope, name, ns));
    }

    /** {@link #lexical}, null when not found. */
    private Def lexicalDef(ModuleData scope, String name, Namespace ns) {
        for (ModuleData m = scope; m != null; m = m.isBlock() ? m.parent() : null) {
            Binding b = find(m, name, ns);
            if (b != null) {
                return b.def();
            }
        }
        if (ns == Namespace.TYPE) {
            CrateData c = externCrateOrNull(scope, name);
            if (c != null) {
                return c.root().asDef();
            }
        }
        Optional<ModuleData> prelude = prelude(scope.krate());
        if (prelude.isPresent()) {
            Binding b = find(prelude.get(), name, ns);
            if (b != null && b.vis() == Visibility.Kind.PUBLIC) {
                return b.def();
            }
        }
        return ns == Namespace.TYPE ? Prims.byNameOrNull(name) : null;
    }

    private CrateData externCrateOrNull(ModuleData scope, String name) {
        CrateData c = crates.get(name);
        if (c == null || c.isUser() || scope.krate().isUser() && !userExternPrelude.contains(name)) {
            return null;
        }
        return c;
    }

    /** The module a crate's implicit prelude glob imports, e.g. {@code std::prelude::rust_2024}. */
    public Optional<ModuleData> prelude(CrateData krate) {
        Optional<ModuleData> p = preludes.get(krate);
        if (p != null) {
            return p;
        }
        preludes.put(krate, Optional.empty());
        p = Optional.empty();
        String[] parts = krate.prelude().split("::");
        CrateData c = crates.get(parts[0]);
        if (c != null) {
            ModuleData m = c.root();
            for (int i = 1; i < parts.length && m != null; i++) {
                Optional<Binding> b = lookupIn(m, parts[i], Namespace.TYPE);
                m = b.isPresent() && b.get().def() instanceof Def.Module dm ? dm.module() : null;
            }
            p = Optional.ofNullable(m);
        }
        preludes.put(krate, p);
        return p;
    }
}
