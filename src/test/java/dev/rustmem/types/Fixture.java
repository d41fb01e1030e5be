package dev.rustmem.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.DiagnosticRenderer;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.layout.Target;
import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.parse.ParseResult;
import dev.rustmem.syntax.parse.Parser;
import dev.rustmem.types.resolve.StdLibrary;
import java.util.ArrayList;
import java.util.List;

/** Loads small programs against the tests' tiny std (src/test/resources/types/std). */
final class Fixture {
    static final List<StdLibrary.StdCrate> TINY_STD = StdLibrary.load("/types/std/");
    static final Cfg CFG = Target.byTriple(Target.DEFAULT).orElseThrow().cfg();

    private Fixture() {}

    record Loaded(TyCtxt tcx, Diagnostics diags, SourceFile file) {
        /** Every diagnostic as {@code demo.rs:L:C: error[CODE]: message}, in source order. */
        List<String> errors() {
            DiagnosticRenderer r = new DiagnosticRenderer(file);
            List<String> out = new ArrayList<>();
            for (Diagnostic d : diags.sorted()) {
                out.add(r.located(d));
            }
            return out;
        }

        String rendered() {
            return new DiagnosticRenderer(file).renderAll(diags);
        }

        Ty type(String text) {
            Diagnostics d = new Diagnostics();
            Ty t = tcx.resolveTypeText(new SourceFile("<type>", text), d).orElse(null);
            assertThat(d.all()).as("errors for %s", text).isEmpty();
            return t;
        }

        String print(String text) {
            return tcx.printer().print(type(text));
        }
    }

    static Loaded load(String src) {
        return load(src, CFG, TINY_STD);
    }

    static Loaded load(String src, Cfg cfg, List<StdLibrary.StdCrate> std) {
        SourceFile file = new SourceFile("demo.rs", src);
        ParseResult<Crate> parsed = Parser.parseCrate(file);
        assertThat(parsed.diagnostics().all()).as("parse errors").isEmpty();
        Diagnostics diags = new Diagnostics();
        TyCtxt tcx = TyCtxt.load(parsed.value(), cfg, diags, std);
        return new Loaded(tcx, diags, file);
    }

    static Loaded ok(String src) {
        Loaded l = load(src);
        assertThat(l.errors()).isEmpty();
        return l;
    }
}
