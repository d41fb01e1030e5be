package dev.rustmem.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8OrderTest {
    private static int bytewise(String a, String b) {
        return Integer.signum(Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void agreesWithUtf8ByteOrder() {
        // ASCII, Latin-1, the U+E000..U+FFFF block and code points above U+FFFF (surrogate pairs).
        List<String> words = List.of("", "a", "ab", "b", "A", "S1<u8>", "S1<u16>", "é", "\uE000", "\uFFFD", "\uD7FF",
                "😀", "😁", "a😀", "a\uFFFD", "𐀀", "日本", "日");
        for (String a : words) {
            for (String b : words) {
                assertThat(Integer.signum(Utf8Order.compare(a, b))).as("%s vs %s", a, b).isEqualTo(bytewise(a, b));
            }
        }
    }

    @Test
    void javaOrderDiffersWhereSurrogatesMeetTheHighBlock() {
        assertThat("😀".compareTo("\uFFFD")).isNegative();
        assertThat(Utf8Order.compare("😀", "\uFFFD")).isPositive();
    }
}
