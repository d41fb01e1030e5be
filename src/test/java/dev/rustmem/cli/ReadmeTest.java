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
 * {@code -Dgolden.update=true} rewrites those outputs in README.md (review the diff).
 */
class ReadmeTest {
    private static final Pattern RUN = Pattern.compile("<!-- run: (.*?) -->\n```\n\\$ \\./rustmem (.*?)\n(.*?)```\n",
            Pattern.DOTALL);

    @Test
    void pastedOutputIsARealRun() throws IOException {
        Path path = Path.of("README.md");
        String readme = Files.readString(path);
        Matcher m = RUN.matcher(readme);
        StringBuilder updated = new StringBuilder();
        int runs = 0;
        while (m.find()) {
            runs++;
            assertThat(m.group(2)).as("the shown command is the marked one").isEqualTo(m.group(1));
            CliRun r = CliRun.of(shellWords(m.group(1)));
            assertThat(r.err()).as("stderr of %s", m.group(1)).isEmpty();
            assertThat(r.status()).isZero();
            if (Boolean.getBoolean("golden.update")) {
                String block = "<!-- run: " + m.group(1) + " -->\n```\n$ ./rustmem " + m.group(1) + "\n" + r.out() + "```\n";
                m.appendReplacement(updated, Matcher.quoteReplacement(block));
            } else {
                assertThat(r.out()).as("output of %s (refresh with -Dgolden.update=true)", m.group(1))
                        .isEqualTo(m.group(3));
            }
        }
        assertThat(runs).as("runs shown in the README").isPositive();
        if (Boolean.getBoolean("golden.update")) {
            m.appendTail(updated);
            Files.writeString(path, updated.toString());
        }
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
