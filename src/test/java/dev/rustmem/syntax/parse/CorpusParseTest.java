package dev.rustmem.syntax.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.diag.DiagnosticRenderer;
import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.Crate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every program of the shared corpus (copied to test resources) parses without diagnostics. */
class CorpusParseTest {
    static List<Path> corpus() {
        return dev.rustmem.Corpus.programs().stream().map(dev.rustmem.Corpus.Program::main)
                .collect(Collectors.toList());
    }

    @TestFactory
    Stream<DynamicTest> corpusParses() throws IOException {
        List<Path> files = corpus();
        assertThat(files).hasSizeGreaterThanOrEqualTo(18);
        return files.stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> {
            SourceFile f = SourceFile.read(p);
            ParseResult<Crate> r = Parser.parseCrate(f);
            assertThat(new DiagnosticRenderer(f).renderAll(r.diagnostics())).isEmpty();
            assertThat(r.value().items()).isNotEmpty();
        }));
    }
}
