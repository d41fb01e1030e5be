package dev.rustmem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.diag.DiagnosticRenderer;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.layout.Layout;
import dev.rustmem.layout.LayoutEngine;
import dev.rustmem.layout.Target;
import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.expand.MacroExpander;
import dev.rustmem.syntax.parse.ParseResult;
import dev.rustmem.syntax.parse.Parser;
import dev.rustmem.types.Ty;
import dev.rustmem.types.TyCtxt;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The whole front end plus the layout engine for one file and target, failing the test on any diagnostic. */
public final class TestPipeline {
    private final TyCtxt tcx;
    private final LayoutEngine engine;

    private TestPipeline(TyCtxt tcx, LayoutEngine engine) {
        this.tcx = tcx;
        this.engine = engine;
    }

    public static TestPipeline of(SourceFile file, Target target) {
        ParseResult<Crate> parsed = Parser.parseCrate(file);
        assertClean(file, parsed.diagnostics());
        ParseResult<Crate> expanded = MacroExpander.expand(parsed.value(), target.cfg());
        assertClean(file, expanded.diagnostics());
        Diagnostics diags = new Diagnostics();
        TyCtxt tcx = TyCtxt.load(expanded.value(), target.cfg(), diags);
        assertClean(file, diags);
        return new TestPipeline(tcx, new LayoutEngine(target.dl()));
    }

    public static TestPipeline ofResource(String path, Target target) {
        return of(new SourceFile(path, resource(path)), target);
    }

    public static String resource(String path) {
        try (InputStream in = TestPipeline.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertClean(SourceFile file, Diagnostics diags) {
        assertThat(diags.hasErrors()).as(() -> new DiagnosticRenderer(file).renderAll(diags)).isFalse();
    }

    public TyCtxt tcx() {
        return tcx;
    }

    /** Resolves a type written in the file's root scope. */
    public Ty ty(String text) {
        SourceFile src = new SourceFile("<type>", text);
        Diagnostics d = new Diagnostics();
        Ty ty = tcx.resolveTypeText(src, d).orElse(null);
        assertClean(src, d);
        assertThat(ty).as(text).isNotNull();
        return ty;
    }

    public Layout layout(String text) {
        return engine.layoutOf(ty(text));
    }

    public long sizeOf(String text) {
        return layout(text).size();
    }

    public long alignOf(String text) {
        return layout(text).align();
    }
}
