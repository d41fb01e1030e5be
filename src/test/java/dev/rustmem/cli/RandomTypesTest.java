package dev.rustmem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JOL-style seeded random check of the view invariants on files of random structs, enums and
 * unions: every format succeeds, the JSON has the documented shape and accounts for every byte
 * (see {@link JsonOutputTest}), and output is identical across runs. The seed is in the failure
 * message.
 */
class RandomTypesTest {
    private static final List<String> LEAVES = List.of("u8", "u16", "u32", "u64", "u128", "i8", "i64", "bool", "char",
            "f32", "f64", "usize", "()", "&'static u8", "&'static str", "&'static [u16]", "Option<u8>",
            "Option<&'static u32>", "Box<u64>", "[u8; 3]", "(u8, u32)", "std::num::NonZeroU16");

    @Test
    void randomFilesKeepTheInvariants(@TempDir Path dir) throws IOException {
        long seed = Long.getLong("random.seed", 20261121L);
        Random rnd = new Random(seed);
        for (int file = 0; file < 12; file++) {
            Path src = dir.resolve("random" + file + ".rs");
            Files.writeString(src, randomFile(rnd, 12));
            String what = "seed " + seed + ", file " + file + ":\n" + Files.readString(src);
            for (Format f : Format.values()) {
                CliRun r = GoldenLayoutTest.run(src, f);
                assertThat(r.err()).as(what).isEmpty();
                assertThat(r.status()).as(what).isZero();
                assertThat(GoldenLayoutTest.run(src, f).out()).as(what).isEqualTo(r.out());
            }
            JsonOutputTest.check(src);
        }
    }

    private static String randomFile(Random rnd, int types) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < types; i++) {
            String repr = switch (rnd.nextInt(8)) {
                case 0 -> "#[repr(C)]\n";
                case 1 -> "#[repr(align(8))]\n";
                default -> "";
            };
            switch (rnd.nextInt(3)) {
                case 0 -> sb.append(repr).append("pub struct T").append(i).append(" {").append(fields(rnd, i, "f"))
                        .append(" }\n");
                case 1 -> {
                    sb.append(repr).append("pub enum T").append(i).append(" {");
                    int variants = 1 + rnd.nextInt(5);
                    for (int v = 0; v < variants; v++) {
                        int n = rnd.nextInt(3);
                        sb.append(" V").append(v);
                        if (n > 0) {
                            sb.append('(');
                            for (int k = 0; k < n; k++) {
                                sb.append(k > 0 ? ", " : "").append(leaf(rnd, i));
                            }
                            sb.append(')');
                        }
                        sb.append(',');
                    }
                    sb.append(" }\n");
                }
                default -> sb.append("pub union T").append(i).append(" {").append(fields(rnd, i, "u").replace("&'static str",
                        "u16").replace("Box<u64>", "u64").replace("Option<u8>", "u8")).append(" }\n");
            }
        }
        return sb.toString();
    }

    private static String fields(Random rnd, int i, String prefix) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + rnd.nextInt(5);
        for (int k = 0; k < n; k++) {
            sb.append(' ').append(prefix).append(k).append(": ").append(leaf(rnd, i)).append(',');
        }
        return sb.toString();
    }

    /** A leaf type, or an earlier random type (never a later one: no cycles). */
    private static String leaf(Random rnd, int i) {
        if (i > 0 && rnd.nextInt(4) == 0) {
            return "T" + rnd.nextInt(i);
        }
        return LEAVES.get(rnd.nextInt(LEAVES.size()));
    }
}
