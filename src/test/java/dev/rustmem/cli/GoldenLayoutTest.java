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
 * <p>Sources in {@code golden/layout-targets} use no std and are also run for the 32- and 16-bit
 * targets ({@code NAME.TRIPLE.table.txt}, {@code NAME.TRIPLE.rustc.txt}).
 *
 * <p>The {@code .rustc.txt} files are blessed only after checking them against real rustc 1.95:
 * {@code src/test/resources/golden/rustc-type-sizes.sh --check NAME.rs} compiles the same file with
 * {@code rustc -Zprint-type-sizes} (for other targets: {@code TARGET=TRIPLE rustc-type-sizes.sh}, a
 * {@code #![no_core]} build through {@code src/test/resources/difftest/layout32.sh}) and requires every block of the golden to be rustc's block,
 * byte for byte, in rustc's order. {@link RustcDifferentialTest} repeats that check live whenever
 * rustc is on the PATH.
 */
class GoldenLayoutTest {
    static final Path DIR = Path.of("src/test/resources/golden/layout");
    /** Sources without std, laid out for every target ({@code NAME.TRIPLE.rustc.txt}, ...). */
    static final Path TARGETS_DIR = Path.of("src/test/resources/golden/layout-targets");
    static final List<String> OTHER_TARGETS = List.of("x86_64-unknown-linux-gnu", "i686-unknown-linux-gnu", "armv7-unknown-linux-gnueabihf",
            "wasm32-unknown-unknown", "avr-none", "msp430-none-elf");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static List<Path> sources() throws IOException {
        return list(DIR);
    }

    static List<Path> targetSources() throws IOException {
        return list(TARGETS_DIR);
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".rs")).sorted().collect(Collectors.toList());
        }
    }

    @TestFactory
    Stream<DynamicTest> otherTargets() throws IOException {
        return targetSources().stream().flatMap(src -> OTHER_TARGETS.stream().flatMap(t -> Stream.of(Format.TABLE, Format.RUSTC)
                .map(f -> DynamicTest.dynamicTest(src.getFileName() + " --target " + t + " --format " + f.spelling(),
                        () -> check(src, f, t)))));
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

    static CliRun run(Path src, Format f, String target) {
        return CliRun.of("layout", src.toString(), "--format", f.spelling(), "--target", target);
    }

    private static void check(Path src, Format f) throws IOException {
        check(src, f, null);
    }

    private static void check(Path src, Format f, String target) throws IOException {
        CliRun r = target == null ? run(src, f) : run(src, f, target);
        assertThat(r.err()).as("stderr").isEmpty();
        assertThat(r.status()).as("exit status").isZero();
        String name = src.getFileName().toString().replaceFirst("\\.rs$", "") + (target == null ? "" : "." + target);
        Path expected = src.resolveSibling(name + extension(f));
        if (UPDATE) {
            Files.writeString(expected, r.out(), StandardCharsets.UTF_8);
            return;
        }
        assertThat(expected).as("golden file (bless with -Dgolden.update=true)").exists();
        assertThat(r.out()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
        // Metamorphic: a second run gives the same bytes.
        assertThat((target == null ? run(src, f) : run(src, f, target)).out()).as("deterministic output")
                .isEqualTo(r.out());
    }
}
