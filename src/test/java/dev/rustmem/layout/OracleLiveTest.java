package dev.rustmem.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Live differential test: fresh generated types (seed {@code -Dlayout.oracle.seed}, default 1000)
 * laid out by rustc 1.95 and by the engine on x86_64 and i686. Skipped, with a notice, when rustc
 * 1.95 or python3 is not available.
 */
class OracleLiveTest {
    @Test
    void freshRandomTypesAgreeWithRustc() throws Exception {
        boolean available = OracleRunner.available();
        if (!available) {
            System.err.println("NOTICE: OracleLiveTest skipped: rustc 1.95 or " + OracleRunner.LAYOUT_DUMP + " not found");
        }
        Assumptions.assumeTrue(available, "rustc 1.95 / layout_dump.py not available");
        long seed = Long.getLong("layout.oracle.seed", 1000L);
        Path tmp = Files.createTempDirectory("rustmem-live");
        List<String> mismatches = new ArrayList<>();
        for (TargetDataLayout dl : List.of(TargetDataLayout.X86_64, TargetDataLayout.I686)) {
            TypeGen.GenFile file = TypeGen.generate(seed, 40);
            Optional<List<String>> answers = OracleRunner.run(file, dl.triple(), tmp);
            assertThat(answers).as("rustc answered every probe (see %s)", tmp).isPresent();
            LayoutEngine engine = new LayoutEngine(dl);
            for (int i = 0; i < file.probes().size(); i++) {
                String got = OracleRunner.ours(engine, file.probes().get(i));
                if (!got.equals(answers.get().get(i))) {
                    mismatches.add(dl.triple() + " seed " + seed + " #" + i + " " + file.probes().get(i).rust()
                            + "\nwant " + answers.get().get(i) + "\ngot  " + got);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
