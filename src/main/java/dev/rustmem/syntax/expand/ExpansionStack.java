package dev.rustmem.syntax.expand;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.ast.MacCall;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the expander is: how many expansions deep (against the recursion limit), the innermost
 * invocation the user wrote (for {@code line!()}), and the module path (for
 * {@code module_path!()}).
 */
final class ExpansionStack {
    private final Diagnostics diags;
    private final MacroResolver resolver;
    private final int recursionLimit;
    private final List<String> modulePath = new ArrayList<>();
    private int depth;
    private Span callSite = Span.at(0);
    private boolean limitReported;

    ExpansionStack(Crate crate, Diagnostics diags, MacroResolver resolver) {
        this.diags = diags;
        this.resolver = resolver;
        this.recursionLimit = RecursionLimit.of(crate, diags);
        modulePath.add(crateName(crate.file().name()));
    }

    /** rustc's default crate name: the file stem with {@code -} replaced by {@code _}. */
    static String crateName(String fileName) {
        String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = base.lastIndexOf('.');
        return (dot > 0 ? base.substring(0, dot) : base).replace('-', '_');
    }

    /** True (and reported once, as rustc stops there) when expanding {@code call} would exceed the limit. */
    boolean limitReached(MacCall call) {
        if (depth < recursionLimit) {
            return false;
        }
        if (!limitReported) {
            limitReported = true;
            diags.add(Diagnostic.error("recursion limit reached while expanding `" + call.name() + "!`",
                    call.span(), "").withHelp("consider increasing the recursion limit by adding a "
                    + "`#![recursion_limit = \"" + recursionLimit * 2 + "\"]` attribute to your crate (`"
                    + modulePath.get(0) + "`)"));
        }
        return true;
    }

    /**
     * Enters the walk of {@code call}'s expansion, one level deeper, remembering the innermost
     * invocation the user wrote (not one a macro body produced): that is where rustc's
     * expansion_cause ends for line!(). Returns what {@link #exit} restores; callers exit in a
     * {@code finally} block (the walk is not passed as a lambda: a lambda's bootstrap costs every cold run).
     */
    Span enter(MacCall call) {
        Span outerSite = callSite;
        if (!resolver.insideDefinition(call.span())) {
            callSite = call.span();
        }
        depth++;
        return outerSite;
    }

    /** Leaves the expansion {@link #enter} entered; {@code outerSite} is what it returned. */
    void exit(Span outerSite) {
        depth--;
        callSite = outerSite;
    }

    /** One level deeper without a new call site (a built-in's argument); paired with {@link #exitArgument}. */
    void enterArgument() {
        depth++;
    }

    void exitArgument() {
        depth--;
    }

    /** Whether the walk is in code written in the source (not in a macro's expansion). */
    boolean inSource() {
        return depth == 0;
    }

    Builtins.Site site(MacCall call) {
        // rustc's expansion_cause: line!() written inside a macro definition reports the innermost
        // user-written invocation; written in the user's own tokens (even as an argument) itself.
        boolean fromDefinition = resolver.insideDefinition(call.span());
        return new Builtins.Site(fromDefinition ? callSite : call.span(), String.join("::", modulePath));
    }

    void enterModule(String name) {
        modulePath.add(name);
    }

    void exitModule() {
        modulePath.remove(modulePath.size() - 1);
    }
}
