package dev.rustmem.syntax.expand;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.diag.Label;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.MacCall;
import dev.rustmem.syntax.ast.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a macro invocation's path. A plain name is looked up in the textual scope, then among
 * the {@code #[macro_export]} macros (rustmem accepts an exported macro by plain name anywhere,
 * where rustc needs it to be in the crate root or imported); {@code crate::m!} and
 * {@code $crate::m!} find exported (or textually visible) macros; {@code std::}, {@code core::}
 * and {@code alloc::} paths, and plain names nothing else defines, name the built-ins.
 */
final class MacroResolver {
    private static final Set<String> LOCAL_ROOTS = Set.of("crate", "self", "super");
    private static final Set<String> STD_ROOTS = Set.of("std", "core", "alloc");

    private final DefinitionCollector.Definitions defs;
    private final Diagnostics diags;

    MacroResolver(DefinitionCollector.Definitions defs, Diagnostics diags) {
        this.defs = defs;
        this.diags = diags;
    }

    Optional<MacroDef> resolve(MacCall call, MacroScope scope) {
        Path p = call.path();
        String name = call.name();
        if (p.segments().size() == 1 && !p.global()) {
            Optional<MacroDef> d = scope.lookup(name);
            return d.isPresent() ? d : Optional.ofNullable(defs.exported().get(name));
        }
        String root = p.segments().get(0).name().name();
        if (!p.global() && LOCAL_ROOTS.contains(root)) {
            MacroDef d = defs.exported().get(name);
            return d != null ? Optional.of(d) : scope.lookup(name);
        }
        return Optional.empty();
    }

    boolean isBuiltin(MacCall call) {
        List<dev.rustmem.syntax.ast.PathSegment> segs = call.path().segments();
        return Builtins.NAMES.contains(call.name())
                && (segs.size() == 1 || STD_ROOTS.contains(segs.get(0).name().name()));
    }

    /** For macros in type and pattern position, where no built-in applies. */
    Optional<MacroDef> resolveOrReport(MacCall call, MacroScope scope, String context) {
        Optional<MacroDef> d = resolve(call, scope);
        if (d.isEmpty()) {
            if (isBuiltin(call)) {
                diags.add(Diagnostic.error("`" + call.name() + "!` cannot be used in " + context + " position",
                        call.span(), ""));
            } else {
                reportNotFound(call);
            }
        }
        return d;
    }

    void reportNotFound(MacCall call) {
        String name = call.name();
        Span at = call.path().span();
        Span later = defs.firstByName().get(name);
        if (later != null && later.start() > at.start()) {
            diags.add(Diagnostic.error("cannot find macro `" + name + "` in this scope", at,
                    "consider moving the definition of `" + name + "` before this call")
                    .withSecondary(new Label(later, "a macro with the same name exists, but it appears later")));
            return;
        }
        diags.add(Diagnostic.error("cannot find macro `" + name + "` in this scope", at, ""));
    }

    /** Whether a span lies inside some macro_rules! body (tokens a transcriber produced). */
    boolean insideDefinition(Span s) {
        for (Span b : defs.bodies()) {
            if (b.start() <= s.start() && s.end() <= b.end()) {
                return true;
            }
        }
        return false;
    }
}
