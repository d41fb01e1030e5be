package dev.rustmem.std;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.layout.LayoutEngine;
import dev.rustmem.layout.Target;
import dev.rustmem.render.text.RustcRenderer;
import dev.rustmem.render.view.BoxFactory;
import dev.rustmem.render.view.LayoutReport;
import dev.rustmem.render.view.ReportBuilder;
import dev.rustmem.render.view.ViewBuilder;
import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.expand.MacroExpander;
import dev.rustmem.syntax.parse.ParseResult;
import dev.rustmem.syntax.parse.Parser;
import dev.rustmem.types.NamedType;
import dev.rustmem.types.TyCtxt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The numbered, narrated programs in {@code examples/}: each goes through rustmem's front end,
 * and every block {@code rustmem layout --format rustc} prints for the types it reports must be
 * the block rustc 1.95 printed when compiling the example ({@code examples/NAME.pts}, recorded by
 * record.sh). Every type the example defines must be among them.
 */
class ExamplesTest {
    private static final Path EXAMPLES = Path.of("examples");

    @TestFactory
    Stream<DynamicTest> examplesMatchRustc() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            files = s.filter(p -> p.toString().endsWith(".rs")).sorted().collect(Collectors.toList());
        }
        assertThat(files).as("examples/*.rs").hasSizeGreaterThanOrEqualTo(6);
        return files.stream().map(f -> {
            String name = f.getFileName().toString().replace(".rs", "");
            return DynamicTest.dynamicTest(name, () -> check(f, name));
        });
    }

    private static void check(Path file, String name) throws IOException {
        Target target = Target.byTriple(Target.DEFAULT).orElseThrow();
        SourceFile src = new SourceFile(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        Diagnostics diags = new Diagnostics();
        ParseResult<Crate> parsed = Parser.parseCrate(src);
        diags.addAll(parsed.diagnostics());
        TyCtxt tcx = null;
        if (parsed.ok()) {
            ParseResult<Crate> expanded = MacroExpander.expand(parsed.value(), target.cfg());
            diags.addAll(expanded.diagnostics());
            if (expanded.ok()) {
                tcx = TyCtxt.load(expanded.value(), target.cfg(), diags);
            }
        }
        assertThat(diags.all().stream().map(Diagnostic::message)).as("diagnostics for %s", file).isEmpty();
        List<NamedType> named = tcx.namedTypes();
        LayoutEngine engine = new LayoutEngine(target.dl());
        LayoutReport report = new ReportBuilder(new ViewBuilder(engine, tcx.printer()::print, BoxFactory.NONE))
                .build(target.triple(), named);
        Map<String, String> mine = StdFacts.blocks(new RustcRenderer().render(report));
        Map<String, String> rustc = StdFacts.blocks(StdFacts.read("examples/" + name + ".pts"));
        StringBuilder problems = new StringBuilder();
        for (Map.Entry<String, String> e : mine.entrySet()) {
            String theirs = rustc.get(e.getKey());
            if (theirs != null && !theirs.equals(e.getValue())) {
                problems.append("\nrustc:\n").append(theirs).append("rustmem:\n").append(e.getValue());
            }
        }
        for (String t : rustc.keySet()) {
            // The example's own types (no path) must all be reported.
            if (!t.contains("::") && !t.startsWith("{") && !mine.containsKey(t)) {
                problems.append("\nrustmem does not report `").append(t).append("`");
            }
        }
        assertThat(problems.toString()).as("%s against rustc", file).isEmpty();
    }
}
