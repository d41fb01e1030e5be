package dev.rustmem.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.diag.DiagnosticRenderer;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.LineIndex;
import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.expand.MacroExpander;
import dev.rustmem.syntax.parse.ParseResult;
import dev.rustmem.syntax.parse.Parser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code namedTypes()} for the corpus programs (src/test/resources/corpus; goldens in
 * src/test/resources/types/corpus), parsed, macro-expanded and resolved against the bundled std. Each
 * {@code NAME.named.txt} lists one entry per line: origin, printed type, label, line:column.
 * {@code -Dgolden.update=true} rewrites them.
 */
class NamedTypesGoldenTest {
    private static final Path DIR = Paths.get("src/test/resources/types/corpus");

    @TestFactory
    Stream<DynamicTest> corpus() {
        List<dev.rustmem.Corpus.Program> programs = dev.rustmem.Corpus.programs();
        assertThat(programs).isNotEmpty();
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> check(p)));
    }

    private static void check(dev.rustmem.Corpus.Program p) throws IOException {
        String actual = describe(p.main());
        Path golden = DIR.resolve(p.name() + ".named.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(golden)).as("%s (bless with -Dgolden.update=true)", golden).isTrue();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    static String describe(Path rs) throws IOException {
        SourceFile file = new SourceFile(rs.getParent().getFileName() + ".rs",
                Files.readString(rs, StandardCharsets.UTF_8));
        ParseResult<Crate> parsed = Parser.parseCrate(file);
        ParseResult<Crate> expanded = MacroExpander.expand(parsed.value(), Fixture.CFG);
        Diagnostics diags = new Diagnostics();
        diags.addAll(parsed.diagnostics());
        diags.addAll(expanded.diagnostics());
        TyCtxt tcx = TyCtxt.load(expanded.value(), Fixture.CFG, diags);
        assertThat(diags.all()).as(new DiagnosticRenderer(file).renderAll(diags)).isEmpty();
        LineIndex li = file.lines();
        StringBuilder sb = new StringBuilder();
        for (NamedType n : tcx.namedTypes()) {
            int off = n.span().start();
            sb.append(n.origin()).append(' ').append(tcx.printer().print(n.ty())).append("  [").append(n.label())
                    .append("] ").append(li.line(off)).append(':').append(li.column(off)).append('\n');
        }
        return sb.toString();
    }
}
