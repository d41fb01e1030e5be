package dev.rustmem.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceFileTest {
    @Test
    void plainAsciiBytesMakeTheSameFileAsDecodedText() {
        for (String text : new String[] {"", "struct S(u8);\n", "fn main() {\n\tlet x = 1;\n}\n", "\u007f~ \n\n"}) {
            SourceFile plain = SourceFile.ofPlainAscii("a.rs", text.getBytes(StandardCharsets.US_ASCII));
            SourceFile decoded = new SourceFile("a.rs", text);
            assertThat(plain).isNotNull();
            assertThat(plain.name()).isEqualTo("a.rs");
            assertThat(plain.text()).isEqualTo(decoded.text());
            assertThat(plain.chars()).isEqualTo(decoded.chars()).isEqualTo(text.toCharArray());
        }
    }

    @Test
    void anythingElseIsLeftToTheUtf8Decoding() {
        assertThat(SourceFile.ofPlainAscii("a.rs", "fn f() {}\r\n".getBytes(StandardCharsets.US_ASCII))).isNull();
        assertThat(SourceFile.ofPlainAscii("a.rs", "// é\n".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(SourceFile.ofPlainAscii("a.rs", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'f'})).isNull();
        assertThat(SourceFile.ofPlainAscii("a.rs", new byte[] {'a', (byte) 0xFF})).isNull();
    }

    @Test
    void charsOfADecodedFileFollowItsNormalisedText() {
        SourceFile f = new SourceFile("a.rs", "a\r\nb");
        assertThat(f.chars()).isEqualTo("a\nb".toCharArray());
        assertThat(f.chars()).isSameAs(f.chars());
    }
}
