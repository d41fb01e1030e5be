package dev.rustmem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The path the real {@code main} takes for {@code --format rustc}: the report goes to the byte
 * stream under {@code out} ({@link Main#run(String[], PrintWriter, java.io.OutputStream, PrintWriter)}),
 * and must be the golden text byte for byte, with nothing left in {@code out}.
 */
class RustcByteOutputTest {
    @TestFactory
    Stream<DynamicTest> goldensThroughTheByteStream() throws IOException {
        return GoldenLayoutTest.sources().stream().map(src -> DynamicTest.dynamicTest(src.getFileName().toString(), () -> {
            String name = src.getFileName().toString().replaceFirst("\\.rs$", "");
            Path golden = GoldenLayoutTest.DIR.resolve(name + ".rustc.txt");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int status = Main.run(new String[] {"layout", src.toString(), "--format", "rustc"}, new PrintWriter(out),
                    bytes, new PrintWriter(err));
            assertThat(status).as(err.toString()).isZero();
            assertThat(out.toString()).isEmpty();
            assertThat(bytes.toByteArray()).isEqualTo(Files.readAllBytes(golden));
            assertThat(CliRun.of("layout", src.toString(), "--format", "rustc").out())
                    .isEqualTo(bytes.toString(StandardCharsets.UTF_8));
        }));
    }
}
