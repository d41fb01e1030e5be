package dev.rustmem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Constants that need layouts ({@code size_of}, {@code align_of} in array lengths) get them from the engine. */
class ConstLayoutTest {
    @TempDir
    Path dir;

    /** rustc 1.95 prints exactly these blocks for this file (recorded with -Zprint-type-sizes). */
    @Test
    void sizeOfInAnArrayLengthUsesTheEngine() throws IOException {
        Path f = dir.resolve("so.rs");
        Files.writeString(f, "use std::mem::size_of;\n"
                + "pub struct Header { a: u32, b: u8 }\n"
                + "pub struct Buf { raw: [u8; size_of::<Header>() * 2], tag: [u16; std::mem::align_of::<u64>()] }\n"
                + "fn main() { let _ = size_of::<Buf>(); }\n");
        CliRun r = CliRun.of("layout", f.toString(), "--format", "rustc");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("""
                print-type-size type: `Buf`: 32 bytes, alignment: 2 bytes
                print-type-size     field `.raw`: 16 bytes
                print-type-size     field `.tag`: 16 bytes
                print-type-size type: `Header`: 8 bytes, alignment: 4 bytes
                print-type-size     field `.a`: 4 bytes
                print-type-size     field `.b`: 1 bytes
                print-type-size     end padding: 3 bytes
                """);
    }
}
