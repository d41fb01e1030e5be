package dev.rustmem.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.TestPipeline;
import dev.rustmem.layout.Target;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every size the seed articles state, as rustc 1.95 states it. The expected numbers are not
 * written here: they are read from what the seed programs printed when rustc 1.95 compiled and ran
 * them natively ({@code stdout} next to each {@code main.rs}, recorded by the oracle), and rustmem
 * computes the same sizes from the same program's types.
 */
class SeedSizesTest {
    private static final Target X86_64 = Target.byTriple(Target.DEFAULT).orElseThrow();

    private static List<String> stdout(String seed) {
        return List.of(TestPipeline.resource("corpus/run/" + seed + "/stdout").split("\n"));
    }

    private static TestPipeline pipeline(String seed) {
        return TestPipeline.ofResource("corpus/run/" + seed + "/main.rs", X86_64);
    }

    /** The show_size! table: T, Option<T>, Result<T, io::Error> for each row's type. */
    @Test
    void showSizeTable() {
        TestPipeline p = pipeline("seed000_show_size");
        List<String> lines = stdout("seed000_show_size");
        List<String> rows = new ArrayList<>();
        for (String line : lines.subList(2, lines.size())) {
            // "HashMap<String, String>    48       48           48": the type is everything before the numbers.
            String[] parts = line.trim().split("\\s{2,}");
            String ty = parts[0];
            String ours = ty + " " + p.sizeOf(ty) + " " + p.sizeOf("Option<" + ty + ">") + " "
                    + p.sizeOf("Result<" + ty + ", std::io::Error>");
            rows.add(ours);
            assertThat(ours).isEqualTo(ty + " " + parts[1] + " " + parts[2] + " " + parts[3]);
        }
        assertThat(rows).hasSize(9);
    }

    @Test
    void structReorder() {
        TestPipeline p = pipeline("seed000_struct_reorder");
        List<String> out = stdout("seed000_struct_reorder");
        assertThat(out.get(0)).isEqualTo("sizeof S1: " + p.sizeOf("S1") + ", S2: " + p.sizeOf("S2"));
        assertThat(out.get(1)).isEqualTo("alignof S1: " + p.alignOf("S1") + ", S2: " + p.alignOf("S2"));
        assertThat(out.get(2)).isEqualTo("repr(C) C1: " + p.sizeOf("C1"));
    }

    /** {@code (char, u8, i32)} is 12 bytes with alignment 4; char is 4; usize and &&i32 are 8. */
    @Test
    void tupleLayout() {
        TestPipeline p = pipeline("seed001_tuple_layout");
        List<String> out = stdout("seed001_tuple_layout");
        assertThat(out.get(0)).isEqualTo(p.sizeOf("(char, u8, i32)") + " " + p.alignOf("(char, u8, i32)"));
        assertThat(out.get(2)).startsWith(p.sizeOf("char") + " " + p.sizeOf("char") + " ");
        assertThat(out.get(3)).isEqualTo(p.sizeOf("usize") + " " + p.sizeOf("&&i32"));
    }

    @Test
    void enums() {
        TestPipeline p = pipeline("seed001_enums");
        List<String> out = stdout("seed001_enums");
        assertThat(out.get(0)).isEqualTo(p.sizeOf("HTTPStatuses") + " " + p.sizeOf("HTTPCodes"));
        assertThat(out.get(1)).isEqualTo(p.sizeOf("Data") + " " + p.sizeOf("BoxedData"));
    }

    @Test
    void distribution() {
        TestPipeline p = pipeline("seed002_distribution");
        List<String> out = stdout("seed002_distribution");
        assertThat(out.get(2)).isEqualTo(p.sizeOf("Unit") + " " + p.sizeOf("Data") + " " + p.sizeOf("Option<Box<i32>>"));
        assertThat(out.get(3)).endsWith(" " + p.sizeOf("Box<(i32, String)>"));
    }
}
