package dev.rustmem.syntax.expand;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A textual scope of {@code macro_rules!} definitions (rustc's "macro_rules scope"): a
 * definition is visible after it in source order, in its block or module and everything nested
 * after it; a later definition with the same name shadows an earlier one.
 */
final class MacroScope {
    private final MacroScope parent;
    private final Map<String, MacroDef> defs = new LinkedHashMap<>();

    MacroScope(MacroScope parent) {
        this.parent = parent;
    }

    MacroScope child() {
        return new MacroScope(this);
    }

    void define(MacroDef def) {
        defs.put(def.name(), def);
    }

    Optional<MacroDef> lookup(String name) {
        for (MacroScope s = this; s != null; s = s.parent) {
            MacroDef d = s.defs.get(name);
            if (d != null) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** This scope's own definitions, for {@code #[macro_use] mod m { .. }}. */
    Collection<MacroDef> own() {
        return defs.values();
    }
}
