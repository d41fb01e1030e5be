package dev.rustmem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README.md shows real output: every {@code <!-- run: ARGS -->} marker is followed by a code
 * block {@code $ ./rustmem ARGS} plus the output, which must be what rustmem prints now.
 */
class ReadmeTest {
    private static final Pattern RUN = Pattern.compile("<!-- run: (.*?) -->\n```\n\\$ \\./rustmem (.*?)\n(.*?)```\n",
            Pattern.DOTALL);

    @Test
    void pastedOutputIsARealRun() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher m = RUN.matcher(readme);
        int runs = 0;
        while (m.find()) {
            runs++;
            assertThat(m.group(2)).as("the shown command is the marked one").isEqualTo(m.group(1));
            CliRun r = CliRun.of(shellWords(m.group(1)));
            assertThat(r.err()).as("stderr of %s", m.group(1)).isEmpty();
            assertThat(r.status()).isZero();
            assertThat(r.out()).as("output of %s", m.group(1)).isEqualTo(m.group(3));
        }
        assertThat(runs).as("runs shown in the README").isPositive();
    }

    /** Splits like a POSIX shell for the simple quoting used in the README ('single quotes'). */
    static String[] shellWords(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(w.toString());
                }
                w.setLength(0);
                any = false;
            } else {
                w.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(w.toString());
        }
        return words.toArray(String[]::new);
    }
}
