package dev.rustmem.syntax.expand;

import dev.rustmem.diag.Diagnostics;
import dev.rustmem.syntax.ast.Item;
import java.util.IdentityHashMap;
import java.util.Map;

/** Compiles each {@code macro_rules!} item once, so its definition errors are reported once. */
final class MacroCompilerCache {
    private final MacroRulesCompiler compiler;
    private final Map<Item.MacroRules, MacroDef> cache = new IdentityHashMap<>();

    MacroCompilerCache(Diagnostics diags) {
        this.compiler = new MacroRulesCompiler(diags);
    }

    MacroDef compile(Item.MacroRules def) {
        // Not computeIfAbsent with a method reference: its bootstrap would cost a cold run.
        MacroDef d = cache.get(def);
        if (d == null) {
            d = compiler.compile(def);
            cache.put(def, d);
        }
        return d;
    }
}
