package dev.rustmem.syntax.expand;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.syntax.ast.Attribute;
import dev.rustmem.syntax.ast.Literal;
import dev.rustmem.syntax.ast.Meta;
import dev.rustmem.types.Cfg;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates {@code cfg} predicates ({@code unix}, {@code target_os = "linux"}, {@code all(..)},
 * {@code any(..)}, {@code not(..)}, {@code true}/{@code false}) against a target's {@link Cfg},
 * for {@code #[cfg]}, {@code #[cfg_attr]} and {@code cfg!}. Malformed predicates are reported
 * with rustc's wording and count as false.
 */
public final class CfgEval {
    private final Cfg cfg;

    public CfgEval(Cfg cfg) {
        this.cfg = cfg;
    }

    public boolean eval(Meta pred, Diagnostics diags) {
        if (pred instanceof Meta.Word w) {
            return switch (w.name()) {
                case "true" -> true;
                case "false" -> false;
                default -> cfg.has(w.name());
            };
        } else if (pred instanceof Meta.NameValue nv) {
            if (nv.value() instanceof Literal.Str s) {
                return cfg.has(nv.name(), s.value());
            }
            diags.add(Diagnostic.error("literal in `cfg` predicate value must be a string", nv.span(), ""));
            return false;
        } else if (pred instanceof Meta.Lit l && l.value() instanceof Literal.Bool b) {
            return b.value();
        } else if (pred instanceof Meta.ListMeta l) {
            return list(l, diags);
        }
        diags.add(Diagnostic.error("expected a cfg-pattern", pred.span(), "expected a cfg-pattern here"));
        return false;
    }

    private boolean list(Meta.ListMeta l, Diagnostics diags) {
        switch (l.name()) {
            case "all": {
                boolean all = true;
                for (Meta m : l.items()) {
                    all &= eval(m, diags); // evaluate every operand so each malformed one is reported
                }
                return all;
            }
            case "any": {
                boolean any = false;
                for (Meta m : l.items()) {
                    any |= eval(m, diags);
                }
                return any;
            }
            case "not":
                if (l.items().size() != 1) {
                    diags.add(Diagnostic.error("expected 1 cfg-pattern", l.span(), ""));
                    return false;
                }
                return !eval(l.items().get(0), diags);
            default:
                diags.add(Diagnostic.error("invalid predicate `" + l.name() + "`", l.span(), "")
);
                return false;
        }
    }

    /** Evaluates the predicate of one {@code #[cfg(pred)]} attribute. */
    public boolean evalAttr(Attribute a, Diagnostics diags) {
        if (a.meta() instanceof Meta.ListMeta l && l.items().size() == 1) {
            return eval(l.items().get(0), diags);
        }
        if (a.meta() instanceof Meta.ListMeta l && l.items().size() > 1) {
            diags.add(Diagnostic.error("multiple `cfg` predicates are specified", l.items().get(1).span(), ""));
            return false;
        }
        diags.add(Diagnostic.error("malformed `cfg` attribute input", a.span(), "")
                .withHelp("must be of the form: `#[cfg(predicate)]`"));
        return false;
    }

    /** Whether every {@code #[cfg]} among these attributes holds. */
    public boolean keep(List<Attribute> attrs, Diagnostics diags) {
        for (Attribute a : attrs) {
            if (a.name().equals("cfg") && !evalAttr(a, diags)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Replaces each {@code #[cfg_attr(pred, a, b)]} by {@code #[a] #[b]} when the predicate holds
     * and drops it otherwise, recursively; returns {@code attrs} itself when there is none.
     */
    public List<Attribute> expandCfgAttr(List<Attribute> attrs, Diagnostics diags) {
        boolean any = false;
        for (Attribute a : attrs) {
            any |= a.name().equals("cfg_attr");
        }
        if (!any) {
            return attrs;
        }
        List<Attribute> out = new ArrayList<>();
        for (Attribute a : attrs) {
            cfgAttr(a, out, diags);
        }
        return out;
    }

    private void cfgAttr(Attribute a, List<Attribute> out, Diagnostics diags) {
        if (!a.name().equals("cfg_attr")) {
            out.add(a);
            return;
        }
        if (!(a.meta() instanceof Meta.ListMeta l) || l.items().size() < 2) {
            diags.add(Diagnostic.error("malformed `cfg_attr` attribute input", a.span(), "")
                    .withHelp("must be of the form: `#[cfg_attr(predicate, attr1, attr2, ...)]`"));
            return;
        }
        if (eval(l.items().get(0), diags)) {
            for (Meta m : l.items().subList(1, l.items().size())) {
                cfgAttr(new Attribute(a.inner(), m, m.span()), out, diags);
            }
        }
    }
}
