package dev.rustmem.syntax.expand;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The corpus program seed000_show_size: {@code show_size!($t:ty)} must substitute the concrete
 * types into {@code size_of::<Option<$t>>()} and {@code stringify!($t)} must spell the types as
 * rustc did in the recorded stdout.
 */
class ShowSizeTest {
    private static final Path DIR = Path.of("src/test/resources/corpus/run/seed000_show_size");

    @Test
    void typesAreSubstitutedAndStringifiedAsRustcDoes() throws Exception {
        ExpandFixture f = ExpandFixture.of("show_size.rs", Files.readString(DIR.resolve("main.rs")));
        assertThat(f.errors()).isEmpty();
        String out = f.render();
        List<String> stdout = Files.readAllLines(DIR.resolve("stdout"));
        List<String> names = new ArrayList<>();
        for (String line : stdout.subList(2, stdout.size())) {
            names.add(line.split(" {2,}")[0]); // rustc pads `{:<24}`: the name ends at the first double space
        }
        assertThat(names).containsExactly("u8", "f64", "&u8", "Box<u8>", "&[u8]", "String", "Vec<u8>",
                "HashMap<String, String>", "E");
        for (String t : names) {
            assertThat(out).contains("println!(\"{:<24} {:4} {:8} {:12}\", \"" + t + "\", size_of::<" + t + ">(), "
                    + "size_of::<Option<" + t + ">>(), size_of::<Result<" + t + ", std::io::Error>>())");
        }
        assertThat(out).contains("println!(\"{}\", \"-\".repeat(64));");
    }
}
