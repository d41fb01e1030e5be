package dev.rustmem.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ByteSinkTest {
    @Test
    void numbersPrintAsUnsignedDecimalsAcrossBufferBoundaries() throws Exception {
        long[] numbers = {0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 65_535, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L,
                1_234_567_890_123L, Long.MAX_VALUE, -1, -4};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // A buffer smaller than some numbers: every write has to drain first.
        ByteSink sink = new ByteSink(bytes, 16);
        StringBuilder expected = new StringBuilder();
        for (long n : numbers) {
            sink.unsigned(n);
            sink.ascii(' ');
            expected.append(Long.toUnsignedString(n)).append(' ');
        }
        sink.flush();
        assertThat(bytes.toString(StandardCharsets.US_ASCII)).isEqualTo(expected.toString());
    }

    @Test
    void textIsUtf8AndLongPiecesBypassTheBuffer() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ByteSink sink = new ByteSink(bytes, 8);
        String[] pieces = {"ab", "Ä😀x", "0123456789abcdef", "é", "", "z"};
        for (String p : pieces) {
            sink.text(p);
        }
        sink.bytes("--constant--".getBytes(StandardCharsets.US_ASCII));
        sink.flush();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(String.join("", pieces) + "--constant--");
    }
}
