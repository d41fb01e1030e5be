package dev.rustmem.syntax.expand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every corpus program expands without diagnostics and leaves no macro invocation behind. */
class CorpusExpandTest {
    private static final Path DIR = Path.of("src/test/resources/expand/corpus");

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.sorted().toList().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
                    () -> {
                        ExpandFixture f = ExpandFixture.of(p.getFileName().toString(), Files.readString(p));
                        assertThat(f.errors()).isEmpty();
                        assertThat(f.render()).doesNotContain("!(..)");
                    }));
        }
    }
}
