package dev.rustmem.types.resolve;

import dev.rustmem.diag.Diagnostics;
import dev.rustmem.syntax.ast.Attribute;
import dev.rustmem.types.Cfg;
import java.util.List;

/**
 * {@code #[cfg(..)]} on items, fields and variants during resolution, through the macro
 * expander's evaluator ({@link dev.rustmem.syntax.expand.CfgEval}). The user crate's cfgs were
 * already evaluated (and malformed ones reported) by the expander; the bundled std is not
 * expanded, so its cfgs are evaluated here, and {@code cfg_attr} is applied to the attributes
 * resolution reads ({@code repr}, {@code lang}).
 */
public final class CfgEval {
    private final dev.rustmem.syntax.expand.CfgEval eval;

    public CfgEval(Cfg cfg) {
        this.eval = new dev.rustmem.syntax.expand.CfgEval(cfg);
    }

    /** False when some {@code #[cfg(p)]} among the attributes has a false predicate. */
    public boolean enabled(List<Attribute> attrs) {
        // Most attributes are not cfgs (`#[repr(C)]`, docs): those need no evaluator and no sink.
        return !has(attrs, "cfg") || eval.keep(attrs, new Diagnostics());
    }

    /** The attributes with {@code #[cfg_attr(p, a)]} replaced by {@code #[a]} where {@code p} holds. */
    public List<Attribute> expandCfgAttr(List<Attribute> attrs) {
        return !has(attrs, "cfg_attr") ? attrs : eval.expandCfgAttr(attrs, new Diagnostics());
    }

    private static boolean has(List<Attribute> attrs, String name) {
        for (int i = 0; i < attrs.size(); i++) {
            if (attrs.get(i).name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
