package dev.rustmem.types.lower;

import dev.rustmem.diag.Diagnostics;
import dev.rustmem.types.AdtDef;
import dev.rustmem.types.Const;
import dev.rustmem.types.GenericArg;
import dev.rustmem.types.Ty;
import dev.rustmem.types.TyPrinter;
import dev.rustmem.types.resolve.Def;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The default of a definition's parameter for given earlier arguments, lowered in the
 * definition's scope ({@code S = RandomState}, {@code U = T}); cached because the printer asks
 * for every argument it prints.
 */
final class DefaultArgs implements TyPrinter.Defaults {
    private final LoweringCtxt cx;
    // Concurrent maps: the printer asks from any thread after load; computing a missing entry
    // lowers types, under the lowering's lock. A race only computes an entry twice.
    private final Map<List<Object>, Optional<GenericArg>> cache = new ConcurrentHashMap<>();
    /** Defaults that name no earlier parameter ({@code A = Global}), by definition and index. */
    private final Map<AdtDef, Optional<GenericArg>[]> independent = new ConcurrentHashMap<>();

    DefaultArgs(LoweringCtxt cx) {
        this.cx = cx;
    }

    /** Recorded when the definition was built; a definition built elsewhere (a copy) declares none. */
    @Override
    public int lifetimeParams(AdtDef def) {
        return Math.max(0, def.lifetimeParams());
    }

    @Override
    public Optional<GenericArg> of(AdtDef def, int index, List<GenericArg> before) {
        Optional<GenericArg>[] fixed = independent.get(def);
        if (fixed == null) {
            synchronized (cx.lock()) {
                fixed = independentDefaults(def);
            }
            independent.put(def, fixed);
        }
        if (index < fixed.length && fixed[index] != null) {
            return fixed[index];
        }
        List<Object> key = List.of(def, index, List.copyOf(before));
        Optional<GenericArg> r = cache.get(key);
        if (r == null) {
            synchronized (cx.lock()) {
                r = compute(def, index, before);
            }
            cache.put(key, r);
        }
        return r;
    }

    /** For each parameter whose default mentions no parameter name, that default (else null). */
    @SuppressWarnings("unchecked")
    private Optional<GenericArg>[] independentDefaults(AdtDef def) {
        Optional<GenericArg>[] out = new Optional[def.params().size()];
        java.util.Set<String> names = new java.util.HashSet<>();
        for (var p : def.params()) {
            names.add(p.name());
        }
        for (int i = 0; i < out.length; i++) {
            var t = def.params().get(i).typeDefault();
            var c = def.params().get(i).constDefault();
            if (t.isPresent() && !Mentions.anyName(t.get(), names) || c.isPresent() && Mentions.isLiteral(c.get())) {
                out[i] = compute(def, i, List.of());
            }
        }
        return out;
    }

    private Optional<GenericArg> compute(AdtDef def, int index, List<GenericArg> before) {
        Optional<Def.Adt> adt = cx.defOf(def);
        if (adt.isEmpty() || index >= def.params().size()) {
            return Optional.empty();
        }
        List<ParamInfo> params = cx.params(PathLowering.generics(adt.get().item()));
        Env e = new Env(adt.get().scope(), ParamMap.of(params, before, Math.min(index, before.size())),
                Optional.empty());
        ParamInfo p = params.get(index);
        Diagnostics quiet = new Diagnostics();
        if (p.def().typeDefault().isPresent()) {
            Optional<Ty> t = cx.lower(p.def().typeDefault().get(), e, quiet);
            return t.isEmpty() ? Optional.empty() : Optional.of(t.get());
        }
        if (p.def().constDefault().isPresent()) {
            Ty ty = cx.lower(p.constTy().get(), Env.of(adt.get().scope()), quiet).orElse(Ty.usize());
            var c = cx.consts().evalArg(p.def().constDefault().get(), ty, e, quiet);
            return c.isEmpty() ? Optional.empty() : Optional.of(c.get());
        }
        return Optional.empty();
    }
}
