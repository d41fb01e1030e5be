package dev.rustmem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline (parse, expand, resolve, lay out, render) on seeded random mutations of real
 * programs: every run ends with exit status 0 or 1 — output or diagnostics — never an internal
 * error (101). A failure names the seed and keeps the input in the message.
 */
class PipelineRobustnessTest {
    private static final long SEED = 20261121L;
    private static final int RUNS = 250;

    /** Fragments that stress the front end and the layout rules when spliced in at random. */
    private static final String[] FRAGMENTS = {"u8", "u128", "!", "()", "&'static str", "Option<", "<", ">", ",",
        ";", "{", "}", "(", ")", "[u8; 0]", "#[repr(C)]", "#[repr(packed)]", "#[repr(align(8))]", "#[repr(u8)]",
        "enum", "struct", "union", "= -1", "= 300", "Box<", "dyn Tr", "*const ", "fn()", "Self", "impl",
        "where T: ?Sized", "::", "'a", "usize::MAX", "1 << 70", "i128::MIN", "type X = ", "[T; N]",
        "const N: usize = 3;", "Vec<", "T", "..", "?Sized", "#[cfg(all())]", "#[rustc_layout_scalar_valid_range_start(1)]"};

    @TempDir
    Path dir;

    @Test
    void mutatedProgramsNeverCrashThePipeline() throws IOException {
        List<Path> sources = sources();
        assertThat(sources).hasSizeGreaterThan(10);
        Random r = new Random(SEED);
        Path file = dir.resolve("mutant.rs");
        for (int i = 0; i < RUNS; i++) {
            String text = mutate(Files.readString(sources.get(r.nextInt(sources.size()))), r);
            Files.write(file, text.getBytes(StandardCharsets.UTF_8));
            for (String format : new String[] {"rustc", "table", "json"}) {
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                int status = Main.run(new String[] {"layout", file.toString(), "--format", format},
                        new PrintWriter(out), new PrintWriter(err));
                assertThat(status).as("seed %d run %d (%s): %s%n--- input ---%n%s", SEED, i, format, err, text)
                        .isIn(0, 1);
            }
        }
    }

    private static String mutate(String src, Random r) {
        StringBuilder sb = new StringBuilder(src);
        int edits = 1 + r.nextInt(4);
        for (int j = 0; j < edits; j++) {
            int pos = r.nextInt(sb.length() + 1);
            switch (r.nextInt(3)) {
                case 0 -> sb.insert(pos, " " + FRAGMENTS[r.nextInt(FRAGMENTS.length)] + " ");
                case 1 -> sb.delete(pos, Math.min(sb.length(), pos + 1 + r.nextInt(8)));
                default -> {
                    String piece = sb.substring(pos, Math.min(sb.length(), pos + 1 + r.nextInt(20)));
                    sb.insert(r.nextInt(sb.length() + 1), piece);
                }
            }
        }
        return sb.toString();
    }

    private static List<Path> sources() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String root : new String[] {"src/test/resources/golden/layout", "src/test/resources/corpus", "examples"}) {
            try (Stream<Path> s = Files.walk(Path.of(root))) {
                s.filter(p -> p.toString().endsWith(".rs")).sorted().forEach(out::add);
            }
        }
        return out;
    }
}
