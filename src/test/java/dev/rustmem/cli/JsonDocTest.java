package dev.rustmem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/layout-json.md stays true: its example is a real run, and every key is documented. */
class JsonDocTest {
    private static final Path DOC = Path.of("docs/layout-json.md");

    private static String fenced(String doc, String lang) {
        int start = doc.indexOf("```" + lang + "\n");
        assertThat(start).as("```%s block in %s", lang, DOC).isNotNegative();
        start += lang.length() + 4;
        return doc.substring(start, doc.indexOf("```\n", start));
    }

    @Test
    void exampleIsWhatRustmemPrints(@TempDir Path dir) throws IOException {
        String doc = Files.readString(DOC);
        Path src = dir.resolve("example.rs");
        Files.writeString(src, fenced(doc, "rust"));
        CliRun r = CliRun.of("layout", src.toString(), "--format", "json");
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo(fenced(doc, "json"));
    }

    @Test
    void everyKeyIsDocumented() throws IOException {
        String doc = Files.readString(DOC);
        for (String key : JsonOutputTest.TYPE_KEYS) {
            assertThat(doc).contains("| `" + key + "` |");
        }
        for (String key : new String[] {"encoding", "untagged_variant", "values", "int_type", "holder", "valid_start",
                "spare", "saved_bytes", "uninhabited", "index"}) {
            assertThat(doc).contains("`" + key + "`");
        }
    }
}
