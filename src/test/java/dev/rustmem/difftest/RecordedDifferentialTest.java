package dev.rustmem.difftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential test against recorded rustc output (no rustc needed): for every
 * {@code difftest/recorded/<target>/<seed>.rs} with its {@code .pts}, the generator must still
 * produce exactly that file from its header, and {@code rustmem layout --format rustc} must print
 * exactly rustc's block for every type it prints and for every type the file defines or names.
 */
class RecordedDifferentialTest {
    private static final int MAX_SHOWN = 15;

    @TestFactory
    Stream<DynamicTest> recordedFilesMatchRustc() throws IOException, URISyntaxException {
        URL url = RecordedDifferentialTest.class.getClassLoader().getResource(RecordedSet.RESOURCE_ROOT);
        assertThat(url).as("resource " + RecordedSet.RESOURCE_ROOT).isNotNull();
        Path root = Path.of(url.toURI());
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".rs")).sorted().toList();
        }
        assertThat(files).as("recorded files").hasSizeGreaterThanOrEqualTo(RecordedSet.entries().size());
        return files.stream().map(rs -> DynamicTest.dynamicTest(root.relativize(rs).toString(), () -> check(rs)));
    }

    /**
     * Hand-written regression files ({@code difftest/targeted/<target>/*.rs}, the minimal cases of
     * mismatches found so far): required are the non-generic ADTs they define and the names listed
     * in {@code // required: NAME} comments.
     */
    @TestFactory
    Stream<DynamicTest> targetedFilesMatchRustc() throws IOException, URISyntaxException {
        return targeted(false);
    }

    /**
     * Known gap M7, kept as a case to close: a {@code repr(i128)} enum whose discriminants span more
     * than 2^127 gets a tag valid range from rustc 1.95 that rustmem's model of the rule does not
     * reproduce ({@code Option<M7>}: rustc 16 bytes with a niche, rustmem 32 bytes with a tag). The
     * README lists it under "Known gaps". Enable this test when the gap is closed.
     */
    @Disabled("known gap M7: repr(i128) tag range when discriminants span more than 2^127 (README, Known gaps)")
    @TestFactory
    Stream<DynamicTest> knownGapFilesMatchRustc() throws IOException, URISyntaxException {
        return targeted(true);
    }

    private Stream<DynamicTest> targeted(boolean knownGaps) throws IOException, URISyntaxException {
        URL url = RecordedDifferentialTest.class.getClassLoader().getResource("difftest/targeted");
        assertThat(url).as("resource difftest/targeted").isNotNull();
        Path root = Path.of(url.toURI());
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".rs"))
                    .filter(p -> p.getFileName().toString().startsWith("known-gap-") == knownGaps).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(rs -> DynamicTest.dynamicTest(root.relativize(rs).toString(), () -> {
            String dir = rs.getParent().getFileName().toString();
            GenProfile profile = GenProfile.all().stream().filter(p -> p.shortName().equals(dir)).findFirst()
                    .orElseThrow(() -> new AssertionError("no target for directory " + dir));
            String source = Files.readString(rs, StandardCharsets.UTF_8);
            List<String> required = new java.util.ArrayList<>();
            java.util.regex.Matcher adt = java.util.regex.Pattern
                    .compile("(?m)^(?:#\\[[^\\]]*\\] )*pub (?:struct|enum|union) ([A-Za-z0-9_]+)\\b(?!<)").matcher(source);
            while (adt.find()) {
                required.add(adt.group(1));
            }
            java.util.regex.Matcher req = java.util.regex.Pattern.compile("(?m)^// required: (.+)$").matcher(source);
            while (req.find()) {
                required.add(req.group(1));
            }
            compareWithRecorded(rs, source, profile, required, profile.target() + " " + rs.getFileName());
        }));
    }

    private static void compareWithRecorded(Path rs, String source, GenProfile profile, List<String> required,
                                            String label) throws IOException {
        Path pts = rs.resolveSibling(rs.getFileName().toString().replace(".rs", ".pts"));
        PtsBlocks rustc = PtsBlocks.parse(Files.readString(pts, StandardCharsets.UTF_8));
        RustmemRunner.Result rustmem = RustmemRunner.layout(rs, profile);
        LayoutDiff.Outcome outcome = LayoutDiff.compare(source, required, rustmem, rustc);
        System.out.println(outcome.summary(label));
        assertThat(outcome.ok()).as(outcome.report(label, MAX_SHOWN)).isTrue();
    }

    private static void check(Path rs) throws IOException {
        String source = Files.readString(rs, StandardCharsets.UTF_8);
        RustTypeGenerator.GeneratedFile gen = RustTypeGenerator.regenerate(source);
        assertThat(gen.source()).as("generator output for the recorded seed (re-record if the generator "
                + "changed on purpose: see difftest/recorded/README.md)").isEqualTo(source);
        compareWithRecorded(rs, source, gen.profile(), gen.requiredNames(),
                gen.profile().target() + " seed " + gen.seed());
    }
}
