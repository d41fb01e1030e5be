package dev.rustmem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.render.json.MiniJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The JSON output of every layout golden parses back, has exactly the keys of
 * {@code docs/layout-json.md} in that order, and its rows account for every byte.
 */
class JsonOutputTest {
    static final List<String> TYPE_KEYS = List.of("header", "name", "kind", "sized", "uninhabited",
            "size", "align", "packed", "rows",
            "tag", "variants", "niche", "data_bytes", "padding_bytes", "advice");

    @TestFactory
    Stream<DynamicTest> jsonMatchesTheDocumentedSchema() throws IOException {
        return GoldenLayoutTest.sources().stream()
                .map(src -> DynamicTest.dynamicTest(src.getFileName().toString(), () -> check(src)));
    }

    @SuppressWarnings("unchecked")
    static void check(Path src) {
        CliRun r = GoldenLayoutTest.run(src, Format.JSON);
        assertThat(r.status()).isZero();
        Map<String, Object> root = (Map<String, Object>) MiniJson.parse(r.out());
        assertThat(root.keySet()).containsExactly("target", "types");
        List<Object> types = (List<Object>) root.get("types");
        assertThat(types).isNotEmpty();
        for (Object o : types) {
            Map<String, Object> t = (Map<String, Object>) o;
            assertThat(t.keySet()).as("keys of %s", t.get("name")).containsExactlyElementsOf(TYPE_KEYS);
            long size = num(t.get("size"));
            assertThat(num(t.get("data_bytes")) + num(t.get("padding_bytes"))).isEqualTo(size);
            if (t.get("tag") == null) {
                coversEveryByte((List<Object>) t.get("rows"), size, t.get("kind").equals("union"));
            } else {
                assertThat((List<Object>) t.get("rows")).isEmpty();
                for (Object v : (List<Object>) t.get("variants")) {
                    coversEveryByte((List<Object>) ((Map<String, Object>) v).get("rows"), size, false);
                }
            }
        }
    }

    /** Rows are sorted and contiguous from 0 to size (union fields overlap at 0). */
    @SuppressWarnings("unchecked")
    private static void coversEveryByte(List<Object> rows, long size, boolean union) {
        long covered = 0;
        for (Object o : rows) {
            Map<String, Object> row = (Map<String, Object>) o;
            long off = num(row.get("offset"));
            if (!union) {
                assertThat(off).as("row %s starts where the previous ended", row).isEqualTo(covered);
            }
            assertThat(off).isLessThanOrEqualTo(covered);
            covered = Math.max(covered, off + num(row.get("size")));
        }
        assertThat(covered).as("rows end at the size").isEqualTo(size);
    }

    private static long num(Object o) {
        return ((BigDecimal) o).longValueExact();
    }
}
