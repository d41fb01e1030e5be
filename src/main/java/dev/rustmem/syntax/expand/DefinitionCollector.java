package dev.rustmem.syntax.expand;

import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.ast.Item;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A read-only pre-pass over the unexpanded crate: every {@code macro_rules!} written in the
 * source (for "a macro with the same name exists, but it appears later"), the
 * {@code #[macro_export]} ones (path-scoped: usable anywhere in the crate), and the spans of the
 * definition bodies (a {@code line!()} written inside one reports its outermost call site).
 */
final class DefinitionCollector extends AstRewriter {
    /** The collected facts. */
    record Definitions(Map<String, Span> firstByName, Map<String, MacroDef> exported, List<Span> bodies) {}

    private final MacroCompilerCache compiler;
    private final CfgEval cfg;
    private final Map<String, Span> firstByName = new HashMap<>();
    private final Map<String, MacroDef> exported = new LinkedHashMap<>();
    private final List<Span> bodies = new ArrayList<>();

    private DefinitionCollector(MacroCompilerCache compiler, CfgEval cfg) {
        this.compiler = compiler;
        this.cfg = cfg;
    }

    static Definitions collect(Crate crate, MacroCompilerCache compiler, CfgEval cfg) {
        DefinitionCollector c = new DefinitionCollector(compiler, cfg);
        if (QuickScan.mayDefineMacros(crate.file().text())) {
            c.crate(crate);
        }
        return new Definitions(c.firstByName, c.exported, c.bodies);
    }

    /** Definitions under a false {@code #[cfg]} do not exist (their cfg errors are reported by the expander). */
    @Override
    public boolean keep(List<dev.rustmem.syntax.ast.Attribute> attrs) {
        dev.rustmem.diag.Diagnostics ignored = new dev.rustmem.diag.Diagnostics();
        return cfg.keep(cfg.expandCfgAttr(attrs, ignored), ignored);
    }

    @Override
    public List<Item> item(Item i) {
        if (i instanceof Item.MacroRules mr) {
            firstByName.putIfAbsent(mr.name().name(), mr.name().span());
            bodies.add(mr.body().span());
            if (dev.rustmem.syntax.ast.Attribute.find(mr.attrs(), "macro_export").isPresent()) {
                exported.put(mr.name().name(), compiler.compile(mr));
            }
        }
        return super.item(i);
    }
}
