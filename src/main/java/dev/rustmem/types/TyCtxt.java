package dev.rustmem.types;

import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.ast.TypeExpr;
import dev.rustmem.syntax.parse.ParseResult;
import dev.rustmem.syntax.parse.Parser;
import dev.rustmem.types.collect.CrateWalker;
import dev.rustmem.types.collect.ImportCheck;
import dev.rustmem.types.collect.NamedTypesBuilder;
import dev.rustmem.types.collect.ReprChecks;
import dev.rustmem.types.collect.Representability;
import dev.rustmem.types.lower.Env;
import dev.rustmem.types.lower.LoweringCtxt;
import dev.rustmem.types.resolve.CfgEval;
import dev.rustmem.types.resolve.CrateData;
import dev.rustmem.types.resolve.Def;
import dev.rustmem.types.resolve.DefCollector;
import dev.rustmem.types.resolve.ImplDef;
import dev.rustmem.types.resolve.ModuleData;
import dev.rustmem.types.resolve.Resolver;
import dev.rustmem.types.resolve.StdLibrary;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The semantic model of one user file together with the bundled std, for one target's cfg:
 * resolved definitions ({@link AdtDef}s), type aliases, and every type the file names.
 * User errors become diagnostics; this class never throws for bad input. When {@code load}
 * reported errors, callers must not compute layouts (rustc stops there too): field types of
 * erroneous definitions throw {@link dev.rustmem.diag.DiagnosticException} when asked for.
 */
public final class TyCtxt {
    /** The crates a user file can name without {@code extern crate} (rustc's extern prelude). */
    private static final Set<String> EXTERN_PRELUDE = Set.of("std", "core", "alloc");

    private final Map<String, Def.Adt> adtsByPath;
    private final CrateData user;
    private final LoweringCtxt cx;
    private final List<NamedType> named;

    /** The definitions whose E0072 check was left to the layouts (see {@link #load}), or null. */
    private List<Def.Adt> deferredRepresentability;

    private TyCtxt(Map<String, Def.Adt> adtsByPath, CrateData user, LoweringCtxt cx, List<NamedType> named) {
        this.adtsByPath = adtsByPath;
        this.user = user;
        this.cx = cx;
        this.named = named;
    }

    /** Resolves and lowers an (already macro-expanded) crate. Errors go to {@code diags}. */
    public static TyCtxt load(Crate crate, Cfg cfg, Diagnostics diags) {
        return load(crate, cfg, diags, StdLibrary.bundled());
    }

    /** As {@link #load(Crate, Cfg, Diagnostics)}, with sizes for {@code size_of::<T>()} in constants. */
    public static TyCtxt load(Crate crate, Cfg cfg, Diagnostics diags, LayoutOracle layouts) {
        return load(crate, cfg, diags, StdLibrary.bundled(), layouts);
    }

    /** As {@link #load(Crate, Cfg, Diagnostics)} with another std (tests). */
    public static TyCtxt load(Crate crate, Cfg cfg, Diagnostics diags, List<StdLibrary.StdCrate> std) {
        return load(crate, cfg, diags, std, LayoutOracle.NONE);
    }

    public static TyCtxt load(Crate crate, Cfg cfg, Diagnostics diags, List<StdLibrary.StdCrate> std,
            LayoutOracle layouts) {
        return load(crate, StdDefs.collect(cfg, std), diags, layouts);
    }

    /**
     * As {@link #load(Crate, Cfg, Diagnostics, LayoutOracle)} with std's definitions collected
     * beforehand (possibly on another thread) for the cfg to load with; {@code std} is used up.
     */
    public static TyCtxt load(Crate crate, StdDefs std, Diagnostics diags, LayoutOracle layouts) {
        return load(crate, std, diags, layouts, false);
    }

    /**
     * As {@link #load(Crate, StdDefs, Diagnostics, LayoutOracle)}; with {@code concreteLaidOut}
     * (the caller lays out every non-generic definition, as {@code rustmem layout FILE} does),
     * a load that reports nothing else leaves the E0072 check of what only concrete types reach
     * to those layouts: a type that cannot be represented fails to lay out, and
     * {@link #checkDeferredRepresentability} then reports exactly what this load would have.
     * (The check from the generic definitions, which no layout meets, still runs here.)
     */
    public static TyCtxt load(Crate crate, StdDefs std, Diagnostics diags, LayoutOracle layouts,
            boolean concreteLaidOut) {
        try {
            return loadWith(crate, std, diags, layouts, concreteLaidOut);
        } finally {
            layouts.loadEnded();
        }
    }

    private static TyCtxt loadWith(Crate crate, StdDefs std, Diagnostics diags, LayoutOracle layouts,
            boolean concreteLaidOut) {
        std.claim();
        Cfg cfg = std.cfg;
        CfgEval cfgEval = std.cfgEval;
        Map<String, CrateData> crates = std.crates;
        Map<String, Def.Adt> byPath = std.byPath;
        List<List<ImplDef>> impls = std.impls;
        CrateData user = new CrateData(userCrateName(crate), crate, true, "std::prelude::rust_2024");
        DefCollector collector = new DefCollector(cfgEval, diags, crates);
        ModuleData root = collector.collectCrate(user);
        Resolver resolver = new Resolver(crates, EXTERN_PRELUDE);
        LoweringCtxt cx = new LoweringCtxt(resolver, cfgEval, pointerBits(cfg), diags, layouts,
                crate.items().size());
        for (List<ImplDef> i : impls) { // loops, not forEach: a lambda's bootstrap costs every cold run
            cx.addImpls(i);
        }
        cx.addImpls(collector.impls());
        NamedTypesBuilder out = new NamedTypesBuilder(cx.printer(), crate.items().size());
        layouts.loadStarted(crate.items().size(), cx.printer());
        new CrateWalker(cx, collector, out, diags, crate.file()).items(root, crate.items());
        List<Def.Adt> adts = collector.adts();
        new ImportCheck(resolver, diags).check(collector.modules());
        boolean deferred = concreteLaidOut && diags.isEmpty() && !cyclesFromGeneric(cx, adts);
        if (!deferred) {
            new Representability(cx, diags).check(adts);
        }
        // Deferred, the E0072 errors go before the repr checks' if those report anything.
        Diagnostics reprChecks = deferred ? new Diagnostics() : diags;
        new ReprChecks(cx, reprChecks).check(adts);
        if (deferred && !reprChecks.isEmpty()) {
            new Representability(cx, diags).check(adts);
            diags.addAll(reprChecks);
            deferred = false;
        }
        List<NamedType> named = out.result();
        for (int i = 0; i < adts.size(); i++) {
            byPath.put(adts.get(i).path(), adts.get(i));
        }
        // Not copied (Map.copyOf rehashed every std and user definition): never changed after
        // this, and published through a final field.
        TyCtxt tcx = new TyCtxt(java.util.Collections.unmodifiableMap(byPath), user, cx, named);
        tcx.deferredRepresentability = deferred ? adts : null;
        return tcx;
    }

    /** Whether the definitions reached from generic ones hold an unrepresentable cycle. */
    private static boolean cyclesFromGeneric(LoweringCtxt cx, List<Def.Adt> adts) {
        Diagnostics found = new Diagnostics();
        new Representability(cx, found).checkFromGeneric(adts);
        return !found.isEmpty();
    }

    /**
     * The E0072 check that {@link #load(Crate, StdDefs, Diagnostics, LayoutOracle, boolean)} left
     * to the layouts, into {@code diags}: to be run when a layout fails, before its failure is
     * reported (what it reports is what the load would have, and then no layout is shown).
     * Returns whether it reported anything; false when nothing was deferred.
     */
    public boolean checkDeferredRepresentability(Diagnostics diags) {
        if (deferredRepresentability == null) {
            return false;
        }
        Diagnostics found = new Diagnostics();
        synchronized (cx.lock()) {
            new Representability(cx, found).check(deferredRepresentability);
        }
        diags.addAll(found);
        return !found.isEmpty();
    }

    /** A context with only std, for {@code --type} without a file. */
    public static TyCtxt stdOnly(Cfg cfg, Diagnostics diags) {
        return load(new Crate(new SourceFile("<none>", ""), List.of(), List.of()), cfg, diags);
    }

    /**
     * What `rustmem layout` reports, deduplicated by type, in source order: non-generic
     * definitions and aliases first as they appear, then concrete instantiations named anywhere
     * (signatures, bodies, turbofish, casts, let types, expanded macros). See
     * {@link NamedTypesBuilder} for exactly which types are listed.
     */
    public List<NamedType> namedTypes() {
        return named;
    }

    /** Parses and lowers a type written on the command line, in the crate root's scope. */
    public Optional<Ty> resolveTypeText(SourceFile text, Diagnostics diags) {
        ParseResult<TypeExpr> r = Parser.parseTypeText(text);
        diags.addAll(r.diagnostics());
        if (!r.ok()) {
            return Optional.empty();
        }
        synchronized (cx.lock()) {
            return cx.lowerRequested(r.value(), Env.of(user.root()), diags);
        }
    }

    /** See {@link LoweringCtxt#fieldTysByLowering}. */
    public List<Ty> fieldTysByLowering(AdtDef def, int variant, List<GenericArg> args) {
        return cx.fieldTysByLowering(def, variant, args);
    }

    /** A std or user definition by rustc's printed path, e.g. {@code std::boxed::Box}. */
    public Optional<AdtDef> adtByPath(String path) {
        Def.Adt d = adtsByPath.get(path);
        if (d == null) {
            return Optional.empty();
        }
        synchronized (cx.lock()) {
            return Optional.of(cx.adtDef(d));
        }
    }

    /** rustc's printed path of every std and user struct/enum/union, sorted. */
    public List<String> adtPaths() {
        List<String> paths = new java.util.ArrayList<>(adtsByPath.keySet());
        java.util.Collections.sort(paths);
        return paths;
    }

    public TyPrinter printer() {
        return cx.printer();
    }

    private static String userCrateName(Crate crate) {
        String n = crate.file().name();
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        n = n.substring(slash + 1);
        return n.endsWith(".rs") ? n.substring(0, n.length() - 3) : n;
    }

    /** {@code target_pointer_width} from the cfg (64 when absent). */
    private static int pointerBits(Cfg cfg) {
        for (int bits : new int[] {16, 32, 64}) {
            if (cfg.has("target_pointer_width", Integer.toString(bits))) {
                return bits;
            }
        }
        return 64;
    }
}
