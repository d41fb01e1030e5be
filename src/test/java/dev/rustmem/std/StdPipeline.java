package dev.rustmem.std;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.layout.Layout;
import dev.rustmem.layout.LayoutEngine;
import dev.rustmem.layout.Target;
import dev.rustmem.render.text.RustcRenderer;
import dev.rustmem.render.view.BoxFactory;
import dev.rustmem.render.view.LayoutReport;
import dev.rustmem.render.view.ReportBuilder;
import dev.rustmem.render.view.ViewBuilder;
import dev.rustmem.source.SourceFile;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.expand.MacroExpander;
import dev.rustmem.syntax.parse.ParseResult;
import dev.rustmem.syntax.parse.Parser;
import dev.rustmem.types.NamedType;
import dev.rustmem.types.Ty;
import dev.rustmem.types.TyCtxt;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The real pipeline for one target, with {@code probe_prelude.rs} (the imports record.sh's probes
 * use) as the user's file, so that type texts from types.txt resolve exactly as rustc saw them.
 */
final class StdPipeline {
    final Target target;
    final TyCtxt tcx;
    final LayoutEngine engine;

    StdPipeline(Target target) {
        this.target = target;
        SourceFile file = new SourceFile("probe_prelude.rs", StdFacts.read("probe_prelude.rs"));
        Diagnostics diags = new Diagnostics();
        ParseResult<Crate> parsed = Parser.parseCrate(file);
        diags.addAll(parsed.diagnostics());
        ParseResult<Crate> expanded = MacroExpander.expand(parsed.value(), target.cfg());
        diags.addAll(expanded.diagnostics());
        this.tcx = TyCtxt.load(expanded.value(), target.cfg(), diags);
        if (diags.hasErrors()) {
            throw new IllegalStateException("the std model or probe_prelude.rs does not load:\n" + messages(diags));
        }
        this.engine = new LayoutEngine(target.dl());
    }

    /** The type a types.txt line names; fails with the diagnostics when it does not resolve. */
    Ty resolve(String text) {
        Diagnostics diags = new Diagnostics();
        return tcx.resolveTypeText(new SourceFile("--type", text), diags)
                .orElseThrow(() -> new AssertionError("`" + text + "` does not resolve:\n" + messages(diags)));
    }

    Layout layout(Ty ty) {
        return engine.layoutOf(ty);
    }

    /** What {@code rustmem layout --format rustc --type TEXT} prints. */
    String rustcBlocks(String text, Ty ty) {
        NamedType nt = new NamedType(ty, NamedType.Origin.REQUESTED, text, new Span(0, text.length()));
        LayoutReport report = new ReportBuilder(new ViewBuilder(engine, tcx.printer()::print, BoxFactory.NONE))
                .build(target.triple(), List.of(nt));
        return new RustcRenderer().render(report);
    }

    private static String messages(Diagnostics diags) {
        return diags.all().stream().map(Diagnostic::message).collect(Collectors.joining("\n"));
    }
}
