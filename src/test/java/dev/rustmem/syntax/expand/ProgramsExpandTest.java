package dev.rustmem.syntax.expand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Macro-heavy programs (tt munchers, internal rules, item and impl macros, hygiene, line!)
 * expand without diagnostics and leave no invocation behind. Each has the stdout rustc 1.95's
 * binary printed next to it, for the interpreter's goldens.
 */
class ProgramsExpandTest {
    private static final Path DIR = Path.of("src/test/resources/expand/programs");

    @TestFactory
    Stream<DynamicTest> programs() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".rs")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                        ExpandFixture f = ExpandFixture.of(p.getFileName().toString(), Files.readString(p));
                        assertThat(f.errors()).isEmpty();
                        assertThat(f.render()).doesNotContain("!(..)");
                        assertThat(DIR.resolve(p.getFileName().toString().replace(".rs", ".stdout"))).exists();
                    }));
        }
    }
}
