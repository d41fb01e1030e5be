package dev.rustmem.syntax.expand;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.syntax.ast.Attribute;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.ast.Literal;
import dev.rustmem.syntax.ast.Meta;

/** The crate's macro recursion limit: {@code #![recursion_limit = "N"]}, 128 by default as in rustc. */
final class RecursionLimit {
    static final int DEFAULT = 128;

    private RecursionLimit() {}

    static int of(Crate crate, Diagnostics diags) {
        for (Attribute a : crate.attrs()) {
            if (a.meta() instanceof Meta.NameValue nv && nv.name().equals("recursion_limit")) {
                if (nv.value() instanceof Literal.Str s && s.value().matches("[0-9]{1,9}")) {
                    return Integer.parseInt(s.value());
                }
                diags.add(Diagnostic.error("`recursion_limit` must be a non-negative integer", nv.span(), ""));
            }
        }
        return DEFAULT;
    }
}
