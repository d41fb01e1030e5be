package dev.rustmem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The launcher trains its class-data archive on src/main/cds/train.rs in every format: the file
 * must lay out without errors, or the archive is silently skipped and every run starts slower.
 */
class CdsTrainingTest {
    @Test
    void trainingFileLaysOutInEveryFormat() {
        for (String format : new String[] {"table", "rustc", "json"}) {
            CliRun r = CliRun.of("layout", "src/main/cds/train.rs", "--format", format);
            assertThat(r.err()).as(format).isEmpty();
            assertThat(r.status()).as(format).isZero();
            assertThat(r.out()).as(format).contains("ByProjection");
        }
    }
}
