package dev.rustmem.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * rustc 1.95's recorded answers (src/test/resources/layout/oracle, written by
 * {@link OracleRecorder}) for generated types on every supported target, checked without rustc:
 * the generator must still produce the recorded source for each seed, and every probe's layout
 * (size, align, ABI, offsets, memory order, niche, tag, encoding, variants) must match exactly.
 */
class OracleRecordedTest {
    private static final String DIR = "/layout/oracle/";

    @TestFactory
    Stream<DynamicTest> everyTargetAgreesWithRustc() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Target t : Target.all()) {
            tests.add(DynamicTest.dynamicTest(t.triple(), () -> checkTarget(t)));
        }
        return tests.stream();
    }

    private void checkTarget(Target t) throws IOException {
        Map<Long, List<String>> bySeed = new LinkedHashMap<>();
        for (String line : read(DIR + t.triple() + ".jsonl").split("\n")) {
            if (!line.isBlank()) {
                long seed = Long.parseLong(line.substring("{\"seed\":".length(), line.indexOf(',')));
                bySeed.computeIfAbsent(seed, k -> new ArrayList<>()).add(line);
            }
        }
        assertThat(bySeed).as("recorded seeds for %s", t.triple()).isNotEmpty();
        List<String> mismatches = new ArrayList<>();
        int total = 0;
        for (Map.Entry<Long, List<String>> e : bySeed.entrySet()) {
            long seed = e.getKey();
            List<String> want = e.getValue();
            TypeGen.GenFile file = TypeGen.generate(seed, want.size());
            assertThat(file.source()).as("generator drifted for seed %d: re-record", seed)
                    .isEqualTo(read(DIR + "seed-" + seed + ".rs"));
            LayoutEngine engine = new LayoutEngine(t.dl());
            for (int i = 0; i < want.size(); i++) {
                TypeGen.Probe p = file.probes().get(i);
                String got = OracleRecorder.line(seed, i, p.rust(), OracleRunner.ours(engine, p));
                total++;
                if (!got.equals(want.get(i))) {
                    mismatches.add("want " + want.get(i) + "\ngot  " + got);
                }
            }
        }
        assertThat(total).isGreaterThanOrEqualTo(300);
        assertThat(mismatches).as("%s disagreements", t.triple()).isEmpty();
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = OracleRecordedTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
