package dev.rustmem.types;

import dev.rustmem.diag.Diagnostics;
import dev.rustmem.types.resolve.CfgEval;
import dev.rustmem.types.resolve.CrateData;
import dev.rustmem.types.resolve.Def;
import dev.rustmem.types.resolve.DefCollector;
import dev.rustmem.types.resolve.ImplDef;
import dev.rustmem.types.resolve.StdLibrary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The bundled std's definitions collected for one cfg: its crates' module trees, its ADTs by
 * printed path and its impls. Independent of the user's file, so a command collects them on a
 * second thread while it parses that file. For one {@link TyCtxt#load} only: resolution then fills
 * caches in std's modules, and the context keeps the maps.
 */
public final class StdDefs {
    final Cfg cfg;
    final CfgEval cfgEval;
    final Map<String, CrateData> crates;
    final Map<String, Def.Adt> byPath;
    final List<List<ImplDef>> impls;
    private final AtomicBoolean used = new AtomicBoolean();

    private StdDefs(Cfg cfg, CfgEval cfgEval, Map<String, CrateData> crates, Map<String, Def.Adt> byPath,
            List<List<ImplDef>> impls) {
        this.cfg = cfg;
        this.cfgEval = cfgEval;
        this.crates = crates;
        this.byPath = byPath;
        this.impls = impls;
    }

    /** Collects {@code std}'s crates (in dependency order) for {@code cfg}. */
    public static StdDefs collect(Cfg cfg, List<StdLibrary.StdCrate> std) {
        CfgEval cfgEval = new CfgEval(cfg);
        Map<String, CrateData> crates = new HashMap<>();
        for (StdLibrary.StdCrate s : std) {
            crates.put(s.name(), new CrateData(s.name(), s.ast(), false, s.prelude()));
        }
        Map<String, Def.Adt> byPath = new HashMap<>();
        List<List<ImplDef>> impls = new ArrayList<>();
        for (StdLibrary.StdCrate s : std) {
            DefCollector c = new DefCollector(cfgEval, new Diagnostics(), crates);
            c.collectCrate(crates.get(s.name()));
            List<Def.Adt> adts = c.adts();
            for (int i = 0; i < adts.size(); i++) {
                byPath.putIfAbsent(adts.get(i).path(), adts.get(i));
            }
            impls.add(c.impls());
        }
        return new StdDefs(cfg, cfgEval, crates, byPath, impls);
    }

    /** The bundled std, collected for {@code cfg}. */
    public static StdDefs bundled(Cfg cfg) {
        return collect(cfg, StdLibrary.bundled());
    }

    void claim() {
        if (used.getAndSet(true)) {
            throw new IllegalStateException("std definitions are for one TyCtxt.load");
        }
    }
}
