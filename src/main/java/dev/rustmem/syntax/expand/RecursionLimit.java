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
                if (nv.value() instanceof Literal.Str s && isSmallNumber(s.value())) {
                    return Integer.parseInt(s.value());
                }
                diags.add(Diagnostic.error("`recursion_limit` must be a non-negative integer", nv.span(), ""));
            }
        }
        return DEFAULT;
    }

    /** One to nine ASCII digits (a loop, not a regex, which a cold run would compile). */
    private static boolean isSmallNumber(String v) {
        if (v.isEmpty() || v.length() > 9) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
