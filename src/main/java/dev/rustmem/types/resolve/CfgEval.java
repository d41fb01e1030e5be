package dev.rustmem.types.resolve;

import dev.rustmem.syntax.ast.Attribute;
import dev.rustmem.syntax.ast.Literal;
import dev.rustmem.syntax.ast.Meta;
import dev.rustmem.types.Cfg;
import java.util.List;

/**
 * Evaluates {@code #[cfg(..)]} predicates against a target's {@link Cfg}: {@code all}, {@code any},
 * {@code not}, {@code name} and {@code name = "value"}, as the Rust Reference's "Conditional
 * compilation" chapter defines them. Used on items, fields and variants of the bundled std, which
 * is not macro-expanded (the user crate's cfgs are stripped by the expander already).
 */
public final class CfgEval {
    private final Cfg cfg;

    public CfgEval(Cfg cfg) {
        this.cfg = cfg;
    }

    /** False when some {@code #[cfg(p)]} among the attributes has a false predicate. */
    public boolean enabled(List<Attribute> attrs) {
        if (attrs.isEmpty()) {
            return true;
        }
        for (Attribute a : attrs) {
            if (a.name().equals("cfg") && a.meta() instanceof Meta.ListMeta l && l.items().size() == 1
                    && !eval(l.items().get(0))) {
                return false;
            }
        }
        return true;
    }

    public boolean eval(Meta m) {
        if (m instanceof Meta.Word w) {
            return w.name().equals("true") || cfg.has(w.name());
        }
        if (m instanceof Meta.NameValue nv) {
            return nv.value() instanceof Literal.Str s && cfg.has(nv.name(), s.value());
        }
        if (m instanceof Meta.ListMeta l) {
            switch (l.name()) {
                case "all":
                    return l.items().stream().allMatch(this::eval);
                case "any":
                    return l.items().stream().anyMatch(this::eval);
                case "not":
                    return l.items().size() == 1 && !eval(l.items().get(0));
                default:
                    return false;
            }
        }
        if (m instanceof Meta.Lit lit) {
            return lit.value() instanceof Literal.Bool b && b.value();
        }
        return false;
    }
}
