package dev.rustmem.types.lower;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.syntax.ast.Path;

/**
 * A path into the bundled std that names something the std model does not define yet
 * ({@code fmt::Formatter}): rustc would accept it, so it is "not supported", not E0425. Where
 * the type does not matter for layouts (function signatures and bodies) it is dropped quietly.
 */
public final class StdGap {
    private static final String SUFFIX = " is not in rustmem's model of the standard library yet";

    private StdGap() {}

    static Diagnostic diagnostic(Path p) {
        return Diagnostic.error("`" + p.plain() + "`" + SUFFIX, p.span(), "not supported yet");
    }

    public static boolean is(Diagnostic d) {
        return d.code().isEmpty() && d.message().endsWith(SUFFIX);
    }
}
