package dev.rustmem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Live differential check of the rustc format: rustmem's {@code --format rustc} output for every
 * layout golden must consist of rustc 1.95's own {@code -Zprint-type-sizes} blocks (checked by
 * {@code rustc-type-sizes.sh --check}). Runs when {@code rustc} is on the PATH; otherwise each test
 * is skipped with a notice.
 */
class RustcDifferentialTest {
    private static final Path SCRIPT = Path.of("src/test/resources/golden/rustc-type-sizes.sh");

    static boolean rustcAvailable() {
        try {
            Process p = new ProcessBuilder("rustc", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @TestFactory
    Stream<DynamicTest> rustcAgreesOnOtherTargets() throws IOException {
        boolean rustc = rustcAvailable();
        return GoldenLayoutTest.targetSources().stream().flatMap(src -> GoldenLayoutTest.OTHER_TARGETS.stream()
                .map(t -> DynamicTest.dynamicTest(src.getFileName() + " " + t, () -> {
                    assumeTrue(rustc, "rustc is not on the PATH: skipping the live comparison with rustc -Zprint-type-sizes");
                    compare(src, GoldenLayoutTest.run(src, Format.RUSTC, t), t);
                })));
    }

    @TestFactory
    Stream<DynamicTest> rustcAgrees() throws IOException {
        boolean rustc = rustcAvailable();
        return GoldenLayoutTest.sources().stream().map(src -> DynamicTest.dynamicTest(src.getFileName().toString(), () -> {
            assumeTrue(rustc, "rustc is not on the PATH: skipping the live comparison with rustc -Zprint-type-sizes");
            compare(src, GoldenLayoutTest.run(src, Format.RUSTC), null);
        }));
    }

    private static void compare(Path src, CliRun r, String target) throws IOException, InterruptedException {
        assertThat(r.status()).isZero();
        Path ours = Files.createTempFile("rustmem", ".rustc.txt");
        try {
            Files.writeString(ours, r.out(), StandardCharsets.UTF_8);
            ProcessBuilder pb = new ProcessBuilder("bash", SCRIPT.toString(), "--check", src.toString(), ours.toString())
                    .redirectErrorStream(true);
            if (target != null) {
                pb.environment().put("TARGET", target);
            }
            Process p = pb.start();
            String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(report).isZero();
        } finally {
            Files.deleteIfExists(ours);
        }
    }
}
