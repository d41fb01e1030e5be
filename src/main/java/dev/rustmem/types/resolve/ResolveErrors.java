package dev.rustmem.types.resolve;

import dev.rustmem.diag.Code;
import dev.rustmem.diag.Diagnostic;
import dev.rustmem.source.Span;

/**
 * rustc 1.95's wording for paths that do not resolve (verified with
 * {@code rustc --edition 2024 --emit=metadata}): E0425 for a missing last segment, E0433 for a
 * missing module part, E0432 for imports.
 */
public final class ResolveErrors {
    private ResolveErrors() {}

    /** A path in type position ({@code what} = "type") or value position ("value", "function"...). */
    public static Diagnostic forPath(PathRes.Failed f, String what) {
        String seg = f.segment().name();
        Span at = f.segment().span();
        Code missing = what.equals("trait") ? Code.E0405 : Code.E0425;
        switch (f.failure()) {
            case NOT_IN_SCOPE:
                if (f.isLast()) {
                    return Diagnostic.error(missing, "cannot find " + what + " `" + seg + "` in this scope", at,
                            "not found in this scope");
                }
                return Diagnostic.error(Code.E0433, "cannot find module or crate `" + seg + "` in this scope", at,
                        "use of unresolved module or unlinked crate `" + seg + "`")
                        .withHelp("you might be missing a crate named `" + seg + "`");
            case NOT_IN_PARENT:
                if (f.isLast()) {
                    String in = inWhat(f);
                    return Diagnostic.error(missing, "cannot find " + what + " `" + seg + "` in " + in, at,
                            "not found in " + (f.written().equals("crate") ? "the crate root" : "`" + f.written() + "`"));
                }
                return Diagnostic.error(Code.E0433, "cannot find `" + seg + "` in `" + f.written() + "`", at,
                        "could not find `" + seg + "` in " + where(f));
            default:
                return common(f);
        }
    }

    /** An unresolved {@code use}: E0432 (or E0433 for a bad {@code super}). */
    public static Diagnostic forImport(PathRes.Failed f, Import imp) {
        String seg = f.segment().name();
        switch (f.failure()) {
            case NOT_IN_SCOPE:
                return Diagnostic.error(Code.E0432, "unresolved import `" + seg + "`", f.segment().span(),
                        "use of unresolved module or unlinked crate `" + seg + "`")
                        .withHelp("you might be missing a crate named `" + seg + "`");
            case NOT_IN_PARENT: {
                Span span = imp.writtenSpan(f.index());
                String path = f.written() + "::" + seg;
                String label = f.isLast() ? "no `" + seg + "` in `" + f.written() + "`"
                        : "could not find `" + seg + "` in " + where(f);
                return Diagnostic.error(Code.E0432, "unresolved import `" + path + "`", span, label);
            }
            case NO_SUCH_CRATE:
                return Diagnostic.error(Code.E0432, "unresolved import `" + seg + "`", f.segment().span(),
                        "could not find `" + seg + "` in the list of imported crates");
            default:
                return common(f);
        }
    }

    private static Diagnostic common(PathRes.Failed f) {
        String seg = f.segment().name();
        Span at = f.segment().span();
        switch (f.failure()) {
            case NO_SUCH_CRATE:
                return Diagnostic.error(Code.E0433, "cannot find `" + seg + "` in the crate root", at,
                        "could not find `" + seg + "` in the list of imported crates");
            case TOO_MANY_SUPER:
                return Diagnostic.error(Code.E0433, "too many leading `super` keywords", at,
                        "there are too many leading `super` keywords");
            case NOT_A_MODULE: {
                String parent = f.written().contains("::")
                        ? f.written().substring(0, f.written().lastIndexOf("::")) : f.written();
                return Diagnostic.error(Code.E0433, "cannot find module `" + seg + "` in `" + parent + "`", at,
                        "`" + seg + "` is a " + f.parent().descr() + ", not a module");
            }
            default:
                throw new AssertionError(f.failure());
        }
    }

    private static String inWhat(PathRes.Failed f) {
        if (f.written().equals("crate")) {
            return "the crate root";
        }
        return "module `" + f.written() + "`";
    }

    private static String where(PathRes.Failed f) {
        return f.written().equals("crate") ? "the crate root" : "`" + f.written() + "`";
    }
}
