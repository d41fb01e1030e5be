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
    @TestFactory
    Stream<DynamicTest> corpus() {
        return dev.rustmem.Corpus.programs().stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> {
            ExpandFixture f = ExpandFixture.of(p.name() + ".rs", p.read("main.rs"));
            assertThat(f.errors()).isEmpty();
            assertThat(f.render()).doesNotContain("!(..)");
        }));
    }
}
