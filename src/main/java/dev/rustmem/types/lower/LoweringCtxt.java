package dev.rustmem.types.lower;

import dev.rustmem.diag.Diagnostics;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.TypeExpr;
import dev.rustmem.types.AdtDef;
import dev.rustmem.types.Ty;
import dev.rustmem.types.TyPrinter;
import dev.rustmem.types.resolve.CfgEval;
import dev.rustmem.types.resolve.Def;
import dev.rustmem.types.resolve.Resolver;
import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Shared state of the lowering for one {@code TyCtxt}: the resolver, the {@link AdtDef} of every
 * struct/enum/union (built on first use), the const evaluator and the sink for errors found in
 * definitions. Definition errors of the bundled std go to a separate sink that is not reported.
 *
 * <p>Not thread-safe by itself (its caches and the resolver's are plain maps). After
 * {@code TyCtxt.load}, layouts may be computed on several threads: every way back into the
 * lowering from there (field types of a new instantiation, a printed default argument, a
 * {@code --type} text) holds {@link #lock()}.
 */
public final class LoweringCtxt {
    private final Resolver resolver;
    private final dev.rustmem.types.LayoutOracle layouts;
    private final CfgEval cfg;
    private final int pointerBits;
    private final Diagnostics diags;
    private final Map<AdtDef, Def.Adt> defs;
    private final AdtBuilder builder;
    private final ConstEval consts;
    private final TyPrinter printer;
    private final Projections projections = new Projections(this);
    private final Map<Ty, java.util.Optional<IntRange>> ranges = new java.util.HashMap<>();
    private final Map<dev.rustmem.syntax.ast.Generics, java.util.List<ParamInfo>> paramInfos = new IdentityHashMap<>();
    private final java.util.List<Def.Alias> expanding = new java.util.ArrayList<>();
    private final java.util.Set<Def.Alias> inCycle = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    public LoweringCtxt(Resolver resolver, CfgEval cfg, int pointerBits, Diagnostics diags,
            dev.rustmem.types.LayoutOracle layouts) {
        this(resolver, cfg, pointerBits, diags, layouts, 64);
    }

    /** @param items about how many items the user file has (sizes the per-definition maps up front) */
    public LoweringCtxt(Resolver resolver, CfgEval cfg, int pointerBits, Diagnostics diags,
            dev.rustmem.types.LayoutOracle layouts, int items) {
        this.defs = new java.util.HashMap<>(items + items / 3 + 512);
        this.interned = new dev.rustmem.types.TyTable(items + 256);
        this.layouts = layouts;
        this.resolver = resolver;
        this.cfg = cfg;
        this.pointerBits = pointerBits;
        this.diags = diags;
        this.builder = new AdtBuilder(this);
        this.consts = new ConstEval(this);
        this.printer = new TyPrinter(new DefaultArgs(this));
    }

    public Resolver resolver() { return resolver; }

    /** Held by every entry into the lowering after load (see the class comment); reentrant. */
    public Object lock() { return this; }

    /** Sizes for {@code size_of::<T>()} in constants (or none). */
    public dev.rustmem.types.LayoutOracle layouts() { return layouts; }

    public CfgEval cfg() { return cfg; }

    /** {@code target_pointer_width}: the width of {@code usize}/{@code isize} in const evaluation. */
    public int pointerBits() { return pointerBits; }

    /** Where errors in user definitions go. */
    public Diagnostics diags() { return diags; }

    public TyPrinter printer() { return printer; }

    public ConstEval consts() { return consts; }

    /**
     * Every compound type the lowering made, by value: equal types come out as one object.
     * Types are deduplicated and cached by equality downstream (the list of named types, layout
     * caches); with one object per type those lookups end at the identity check instead of
     * comparing trees. Built bottom-up, so comparing two candidates compares children by identity.
     */
    private final dev.rustmem.types.TyTable interned;

    /** The one object equal to {@code t} (see {@link #interned}). */
    public Ty intern(Ty t) {
        return interned.intern(t);
    }

    /**
     * A variant's field types for {@code args} lowered from the written types, the way
     * {@link AdtDef#fieldTys} computes them when its faster substitution does not apply: tests
     * compare the two. Throws {@link dev.rustmem.diag.DiagnosticException} for a field that does
     * not lower.
     */
    public java.util.List<Ty> fieldTysByLowering(AdtDef def, int variant, java.util.List<dev.rustmem.types.GenericArg> args) {
        synchronized (lock()) {
            return builder.lowered(defs.get(def), def, variant, args);
        }
    }

    /** The definition of a struct, enum or union, built (and its repr and discriminants checked) once. */
    public AdtDef adtDef(Def.Adt d) {
        AdtDef def = d.lowered();
        if (def == null) {
            Diagnostics sink = d.scope().krate().isUser() ? diags : new Diagnostics();
            def = builder.build(d, sink);
            d.setLowered(def);
            defs.put(def, d);
            if (!def.isGeneric()) {
                intern(def.asTy()); // the type paths to it lower to (see PathLowering.ofDef)
            }
            if (!d.scope().krate().isUser() && layouts.layingOutAhead()) {
                unprepared.add(def); // not here: a lowering may be in progress
            }
        }
        return def;
    }

    /** Std definitions built while a thread lays out ahead, not yet {@link #prepareStd prepared}. */
    private final java.util.ArrayList<AdtDef> unprepared = new java.util.ArrayList<>();

    /**
     * Makes what layouts of the std definitions built so far need from the lowering, for a
     * thread that lays out ahead while the load runs ({@link dev.rustmem.types.Speculation}),
     * which cannot make it: the identity arguments and the field types with them (instantiations
     * substitute into those; the thread then answers tails itself). The first layout that needed
     * them would have made them, equally; std's errors are never reported. To be called between
     * items, with no lowering in progress.
     */
    public void prepareStd() {
        while (!unprepared.isEmpty()) {
            AdtDef def = unprepared.remove(unprepared.size() - 1);
            java.util.List<dev.rustmem.types.GenericArg> id = identityArgs(def);
            try {
                for (int v = def.nextWithFields(0); v >= 0; v = def.nextWithFields(v + 1)) {
                    def.fieldTys(v, id);
                }
            } catch (dev.rustmem.diag.DiagnosticException e) {
                // left to the layouts, which meet it as before
            }
        }
    }

    public Optional<Def.Adt> defOf(AdtDef def) {
        return Optional.ofNullable(defs.get(def));
    }

    /** {@link #defOf}, null for a definition not built here. */
    public Def.Adt defOrNull(AdtDef def) {
        return defs.get(def);
    }

    private final java.util.Set<TypeExpr> projectedFields =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /**
     * Whether a field's declared type was normalized through an associated-type projection when
     * it was lowered ({@code Atomic<u32>} = {@code <u32 as AtomicPrimitive>::AtomicInner}). rustc's
     * definition checks see such a field as an alias type, not as the struct it normalizes to.
     */
    public boolean lowersThroughProjection(TypeExpr declared) {
        return projectedFields.contains(declared);
    }

    void markProjected(TypeExpr declared) {
        projectedFields.add(declared);
    }

    /** Registers the trait impls of a crate (a live list) for associated type projections. */
    public void addImpls(java.util.List<dev.rustmem.types.resolve.ImplDef> crateImpls) {
        projections.addImpls(crateImpls);
    }

    Projections projections() {
        return projections;
    }

    /** Each parameter standing for itself: the arguments a generic definition is checked with. */
    public java.util.List<dev.rustmem.types.GenericArg> identityArgs(AdtDef def) {
        if (!def.isGeneric()) {
            return java.util.List.of();
        }
        java.util.List<dev.rustmem.types.GenericArg> id = def.identityArgs();
        if (id == null) {
            def.setIdentityArgs(PathLowering.identityArgs(params(PathLowering.generics(defs.get(def).item()))));
            id = def.identityArgs();
        }
        return id;
    }

    /** The value range of an integer type, computed once per type. */
    java.util.Optional<IntRange> range(Ty ty) {
        java.util.Optional<IntRange> r = ranges.get(ty);
        if (r == null) {
            r = IntRange.of(ty, pointerBits);
            ranges.put(ty, r);
        }
        return r;
    }

    /** The type and const parameters of a definition's generics, computed once per item. */
    java.util.List<ParamInfo> params(dev.rustmem.syntax.ast.Generics g) {
        if (g.params().isEmpty()) {
            // Most items have no generics: no list and no cache entry for them.
            return java.util.List.of();
        }
        java.util.List<ParamInfo> p = paramInfos.get(g);
        if (p == null) {
            p = ParamInfo.of(g);
            paramInfos.put(g, p);
        }
        return p;
    }

    /**
     * Expansions of non-generic aliases that lowered without any diagnostic or projection: a file
     * naming an alias many times (or aliases of aliases) lowers its body once. Expansions with
     * errors are not kept, so that every use reports them as before.
     */
    Ty expandedAlias(Def.Alias a) {
        return a.expanded(); // kept on the definition: no map lookup per use
    }

    void rememberAlias(Def.Alias a, Ty expanded) {
        a.setExpanded(expanded);
    }

    /**
     * Guards against type alias cycles ({@code type A = B; type B = A;}): returns the cycle
     * (starting at {@code a}) when {@code a} is already being expanded, else enters it.
     */
    java.util.Optional<java.util.List<Def.Alias>> enterAlias(Def.Alias a) {
        for (int i = 0; i < expanding.size(); i++) {
            if (expanding.get(i) == a) {
                return java.util.Optional.of(java.util.List.copyOf(expanding.subList(i, expanding.size())));
            }
        }
        expanding.add(a);
        return java.util.Optional.empty();
    }

    void exitAlias(Def.Alias a) {
        expanding.remove(expanding.size() - 1);
    }

    /** Lowers a type alias's own definition, inside the alias (so a cycle is reported from it, as rustc does). */
    public Optional<Ty> lowerAliasDefinition(Def.Alias a, TypeExpr ty, Env env, Diagnostics sink) {
        Optional<java.util.List<Def.Alias>> cycle = enterAlias(a);
        if (cycle.isPresent()) {
            return Optional.empty();
        }
        try {
            long normalized = projections.normalizedCount();
            Optional<Ty> t = lower(ty, env, sink);
            // Kept as the alias's expansion when a use would expand it to the same (see
            // PathLowering.alias): no type or const parameters, no error, no projection. Otherwise
            // the first use of the alias lowered its type a second time.
            if (t.isPresent() && a.expanded() == null && params(a.item().generics()).isEmpty()
                    && projections.normalizedCount() == normalized && env.params().isEmpty()
                    && env.selfTy().isEmpty() && env.impl().isEmpty() && env.scope() == a.scope()) {
                rememberAlias(a, t.get());
            }
            return t;
        } finally {
            exitAlias(a);
        }
    }

    /** Whether this cycle was reported already (rustc reports each cycle once). */
    boolean firstReportOf(java.util.List<Def.Alias> cycle) {
        for (Def.Alias a : cycle) {
            if (inCycle.contains(a)) {
                return false;
            }
        }
        inCycle.addAll(cycle);
        return true;
    }

    /** Lowers a written type; errors go to {@code sink}. Empty when it is erroneous or not concrete. */
    public Optional<Ty> lower(TypeExpr te, Env env, Diagnostics sink) {
        return Optional.ofNullable(lowerOrNull(te, env, sink));
    }

    /** {@link #lower}, null when erroneous or not concrete (no Optional on the hot paths). */
    public Ty lowerOrNull(TypeExpr te, Env env, Diagnostics sink) {
        return run(te, env, sink, TypeLowering.Mode.TYPE);
    }

    /** Like {@link #lower}, but {@code _} and {@code impl Trait} are errors (a {@code --type} argument). */
    public Optional<Ty> lowerRequested(TypeExpr te, Env env, Diagnostics sink) {
        return Optional.ofNullable(run(te, env, sink, TypeLowering.Mode.REQUESTED));
    }

    /** Idle lowerings: a lowering can start another (defaults, const types), so one per nesting level. */
    private final java.util.ArrayList<TypeLowering> idle = new java.util.ArrayList<>();

    private Ty run(TypeExpr te, Env env, Diagnostics sink, TypeLowering.Mode mode) {
        TypeLowering tl = idle.isEmpty() ? new TypeLowering(this) : idle.remove(idle.size() - 1);
        try {
            return tl.start(sink, mode).top(te, env);
        } finally {
            tl.start(null, null);
            idle.add(tl);
        }
    }

    /** Evaluates a const expression (array length, const argument) of an integer type. */
    public Optional<BigInteger> evalConst(Expr e, Ty ty, Env env, Diagnostics sink) {
        return consts.eval(e, ty, env, sink);
    }
}
