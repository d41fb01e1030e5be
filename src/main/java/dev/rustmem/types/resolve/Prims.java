package dev.rustmem.types.resolve;

import dev.rustmem.types.FloatTy;
import dev.rustmem.types.IntTy;
import dev.rustmem.types.Ty;
import dev.rustmem.types.UintTy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The built-in types, which rustc resolves after every module and prelude scope. */
public final class Prims {
    private static final Map<String, Def.Prim> BY_NAME = build();

    private Prims() {}

    public static Optional<Def.Prim> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** {@link #byName}, null when {@code name} is no built-in type. */
    static Def.Prim byNameOrNull(String name) {
        return BY_NAME.get(name);
    }

    private static Map<String, Def.Prim> build() {
        Map<String, Def.Prim> m = new HashMap<>();
        for (IntTy t : IntTy.values()) {
            m.put(t.spelling(), new Def.Prim(t.spelling(), new Ty.Int(t)));
        }
        for (UintTy t : UintTy.values()) {
            m.put(t.spelling(), new Def.Prim(t.spelling(), new Ty.Uint(t)));
        }
        for (FloatTy t : FloatTy.values()) {
            m.put(t.spelling(), new Def.Prim(t.spelling(), new Ty.Float(t)));
        }
        m.put("bool", new Def.Prim("bool", Ty.BOOL));
        m.put("char", new Def.Prim("char", Ty.CHAR));
        m.put("str", new Def.Prim("str", Ty.STR));
        return Map.copyOf(m);
    }
}
