package dev.rustmem.difftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential test against the installed rustc, on fresh seeds: two x86_64 files of 300
 * definitions and one 200-definition file each for i686, armv7 and avr. Seeds change every day
 * (UTC); {@code -Ddifftest.seed=N} pins them. Every seed is printed so a failure can be
 * reproduced, and a failing file is kept under {@code target/difftest-failures/}. Skipped, with a
 * message, when {@code rustc} is not on the PATH.
 */
class LiveDifferentialTest {
    private static final int MAX_SHOWN = 15;

    @TestFactory
    Stream<DynamicTest> freshSeedsMatchLiveRustc() {
        if (!RustcOracle.available()) {
            System.out.println("live differential tests SKIPPED: rustc not on PATH");
            Assumptions.abort("live differential tests SKIPPED: rustc not on PATH");
        }
        String pinned = System.getProperty("difftest.seed", "");
        long base = pinned.isBlank() ? LocalDate.now(ZoneOffset.UTC).toEpochDay() * 100 : Long.parseLong(pinned.trim());
        List<DynamicTest> tests = new ArrayList<>();
        System.out.println("live differential tests: base seed " + base + " (pin with -Ddifftest.seed=" + base + ")");
        tests.add(live(GenProfile.X86_64, base, 300));
        tests.add(live(GenProfile.X86_64, base + 1, 300));
        tests.add(live(GenProfile.I686, base + 2, 200));
        tests.add(live(GenProfile.ARMV7, base + 3, 200));
        tests.add(live(GenProfile.AVR, base + 4, 200));
        return tests.stream();
    }

    private static DynamicTest live(GenProfile profile, long seed, int count) {
        String label = profile.target() + " seed " + seed;
        return DynamicTest.dynamicTest(label, () -> {
            System.out.println("live differential: " + label + " (" + count + " definitions; the file: "
                    + "GenMain " + seed + " " + count + " " + profile.target() + ")");
            RustTypeGenerator.GeneratedFile gen = RustTypeGenerator.generate(seed, count, profile);
            Path dir = Files.createTempDirectory("rustmem-live");
            try {
                Path rs = dir.resolve(seed + ".rs");
                Files.writeString(rs, gen.source(), StandardCharsets.UTF_8);
                String pts = RustcOracle.printTypeSizes(rs, profile);
                RustmemRunner.Result rustmem = RustmemRunner.layout(rs, profile);
                LayoutDiff.Outcome outcome =
                        LayoutDiff.compare(gen.source(), gen.requiredNames(), rustmem, PtsBlocks.parse(pts));
                System.out.println(outcome.summary(label));
                if (!outcome.ok()) {
                    keep(profile, seed, gen.source(), pts);
                }
                assertThat(outcome.ok()).as(outcome.report(label, MAX_SHOWN)).isTrue();
            } finally {
                RustcOracle.deleteTree(dir);
            }
        });
    }

    /** Keeps a failing file and rustc's output where a developer can look at them. */
    private static void keep(GenProfile profile, long seed, String source, String pts) throws IOException {
        Path out = Path.of("target", "difftest-failures", profile.shortName());
        Files.createDirectories(out);
        Files.writeString(out.resolve(seed + ".rs"), source, StandardCharsets.UTF_8);
        Files.writeString(out.resolve(seed + ".pts"), pts, StandardCharsets.UTF_8);
        System.out.println("kept failing case in " + out.resolve(seed + ".rs"));
    }
}
