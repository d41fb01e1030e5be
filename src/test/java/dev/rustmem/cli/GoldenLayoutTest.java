package dev.rustmem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests of {@code rustmem layout}: each {@code src/test/resources/golden/layout/NAME.rs} is
 * run in every format and compared with {@code NAME.table.txt}, {@code NAME.rustc.txt} and
 * {@code NAME.json}. {@code -Dgolden.update=true} rewrites the expected files (rustc's
 * {@code --bless}); review the diff.
 *
 * <p>The {@code .rustc.txt} files are blessed only after checking them against real rustc 1.95:
 * {@code src/test/resources/golden/rustc-type-sizes.sh --check NAME.rs} compiles the same file with
 * {@code rustc -Zprint-type-sizes} and requires every block of the golden to be rustc's block,
 * byte for byte, in rustc's order. {@link RustcDifferentialTest} repeats that check live whenever
 * rustc is on the PATH.
 */
class GoldenLayoutTest {
    static final Path DIR = Path.of("src/test/resources/golden/layout");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".rs")).sorted().collect(Collectors.toList());
        }
    }

    @TestFactory
    Stream<DynamicTest> goldens() throws IOException {
        return sources().stream().flatMap(src -> Stream.of(Format.values())
                .map(f -> DynamicTest.dynamicTest(src.getFileName() + " --format " + f.spelling(), () -> check(src, f))));
    }

    static String extension(Format f) {
        return switch (f) {
            case TABLE -> ".table.txt";
            case RUSTC -> ".rustc.txt";
            case JSON -> ".json";
        };
    }

    static CliRun run(Path src, Format f) {
        return CliRun.of("layout", src.toString(), "--format", f.spelling());
    }

    private static void check(Path src, Format f) throws IOException {
        CliRun r = run(src, f);
        assertThat(r.err()).as("stderr").isEmpty();
        assertThat(r.status()).as("exit status").isZero();
        String name = src.getFileName().toString().replaceFirst("\\.rs$", "");
        Path expected = DIR.resolve(name + extension(f));
        if (UPDATE) {
            Files.writeString(expected, r.out(), StandardCharsets.UTF_8);
            return;
        }
        assertThat(expected).as("golden file (bless with -Dgolden.update=true)").exists();
        assertThat(r.out()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
        // Metamorphic: a second run gives the same bytes.
        assertThat(run(src, f).out()).as("deterministic output").isEqualTo(r.out());
    }
}
