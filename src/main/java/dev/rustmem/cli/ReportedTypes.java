package dev.rustmem.cli;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.SourceFile;
import dev.rustmem.source.Span;
import dev.rustmem.types.NamedType;
import dev.rustmem.types.Ty;
import dev.rustmem.types.TyCtxt;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which types {@code rustmem layout} reports, and in which source each was named (to point
 * layout errors there).
 */
record ReportedTypes(List<NamedType> types, Map<NamedType, SourceFile> origins, SourceFile file) {

    /** Where {@code nt} was named: its own source ({@code --type}), else the file. */
    SourceFile origin(NamedType nt) {
        SourceFile own = origins.get(nt);
        return own != null ? own : file;
    }

    /** The file's reported types, without primitives and plain pointers (those only on request). */
    static ReportedTypes fromFile(TyCtxt tcx, SourceFile file) {
        List<NamedType> all = tcx.namedTypes();
        List<NamedType> out = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            keepIfReported(all.get(i), out);
        }
        // All named in the file: no per-type origin to record.
        return new ReportedTypes(out, Map.of(), file);
    }

    /** One call per type: compiled early, where the loop's body would run interpreted for long. */
    private static void keepIfReported(NamedType nt, List<NamedType> out) {
        if (nt.origin() == NamedType.Origin.ALIAS || isAggregate(nt.ty())) {
            out.add(nt);
        }
    }

    /**
     * Each {@code --type} text, resolved in the file's root scope (or std's) as its own source
     * named {@code <type>}; errors go to the reporter.
     */
    static ReportedTypes requested(TyCtxt tcx, List<String> texts, Reporter reporter) {
        List<NamedType> out = new ArrayList<>();
        Map<NamedType, SourceFile> origin = new IdentityHashMap<>();
        for (String text : texts) {
            SourceFile src = new SourceFile("<type>", text);
            Span all = new Span(0, src.text().length());
            Diagnostics d = new Diagnostics();
            var ty = tcx.resolveTypeText(src, d);
            reporter.reportAll(src, d);
            if (ty.isPresent() && !d.hasErrors()) {
                NamedType nt = new NamedType(ty.get(), NamedType.Origin.REQUESTED, text, all);
                out.add(nt);
                origin.put(nt, src);
            } else if (!d.hasErrors()) {
                reporter.report(src, Diagnostic.error("cannot resolve the type `" + text + "`", all, "not a type"));
            }
        }
        return new ReportedTypes(out, origin, null);
    }

    private static boolean isAggregate(Ty ty) {
        return ty instanceof Ty.Adt || ty instanceof Ty.Array || (ty instanceof Ty.Tuple t && !t.elems().isEmpty());
    }
}
