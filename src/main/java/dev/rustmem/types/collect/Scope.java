package dev.rustmem.types.collect;

import dev.rustmem.syntax.ast.Generics;
import dev.rustmem.types.Const;
import dev.rustmem.types.GenericArg;
import dev.rustmem.types.Ty;
import dev.rustmem.types.lower.Env;
import java.util.HashMap;
import java.util.Map;

/** Builds the environments items are checked in: each generic parameter stands for itself. */
final class Scope {
    private Scope() {}

    /** {@code env} plus the parameters of {@code g} as {@link Ty.Param}/{@link Const.Param}. */
    static Env withGenerics(Env env, Generics g) {
        if (g.params().isEmpty()) {
            return env; // most items: no map, no copy
        }
        Map<String, GenericArg> m = new HashMap<>();
        int i = env.params().size();
        for (Generics.GenericParam p : g.params()) {
            if (p instanceof Generics.TypeParam tp) {
                m.put(tp.name().name(), new Ty.Param(tp.name().name(), i++, false));
            } else if (p instanceof Generics.ConstParam cp) {
                m.put(cp.name().name(), new Const.Param(cp.name().name(), i++));
            }
        }
        return m.isEmpty() ? env : env.withParams(m);
    }
}
