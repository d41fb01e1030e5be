package dev.rustmem.syntax.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Live differential check against the installed rustc: seeded token-level mutations of valid
 * programs must be accepted or rejected by our parser exactly when {@code rustc
 * -Zparse-crate-root-only} accepts or rejects them. Skipped, with a notice, without rustc.
 */
class LiveParseDifferentialTest {
    private static final String[] WORDS = {"<", ">", ">>", "::", ";", ",", "|", "||", "&&", "'a", "fn", "let", "if",
        "match", "=>", "..", "..=", "as", "impl", "struct", "where", "!", "?", ".", "0.1", "dyn", "&", "*", "-", "=",
        "move", "async", "unsafe", "else", "loop", "mut", "ref", "_", "@", "+", "1", "x", "{}", "()", "[]", "Self",
        "return", "break", "const", "pub", "in", "for", ":", "#[a]"};
    private static final int SAMPLES = 60;

    @Test
    void acceptsExactlyWhatRustcAccepts() throws Exception {
        Assumptions.assumeTrue(rustcAvailable(), () -> {
            System.err.println("NOTICE: rustc not on PATH; LiveParseDifferentialTest skipped");
            return "rustc not available";
        });
        List<String> programs = new ArrayList<>();
        for (Path p : CorpusParseTest.corpus()) {
            programs.add(Files.readString(p));
        }
        programs.add(Files.readString(Path.of("src/test/resources/syntax/exprs.rs")));
        Path dir = Files.createTempDirectory("rustmem-parse-diff");
        List<String> disagreements = new ArrayList<>();
        int accepted = 0;
        for (int seed = 0; seed < SAMPLES; seed++) {
            String src = mutate(programs, new Random(seed));
            Path file = dir.resolve("m" + seed + ".rs");
            Files.writeString(file, src);
            List<Diagnostic> ours = Parser.parseCrate(new SourceFile(file.toString(), src)).diagnostics().sorted();
            boolean rustcOk = rustcAccepts(file);
            accepted += rustcOk ? 1 : 0;
            // rustc reports these after parsing proper; -Zparse-crate-root-only stops before them
            boolean lateOnly = rustcOk && ours.stream().allMatch(d -> d.message().equals("`match` arm with no body")
                    || d.message().startsWith("invalid suffix"));
            if (ours.isEmpty() != rustcOk && !lateOnly) {
                disagreements.add("seed " + seed + ": rustc " + (rustcOk ? "accepts" : "rejects") + ", we report "
                        + ours.stream().map(Diagnostic::message).toList() + " for " + file);
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(accepted).as("mutations both accepted and rejected").isBetween(5, SAMPLES - 5);
    }

    /** Inserts or deletes whole words at spaces, keeping delimiters balanced. */
    private static String mutate(List<String> programs, Random rnd) {
        StringBuilder sb = new StringBuilder(programs.get(rnd.nextInt(programs.size())));
        for (int e = 0; e < 1 + rnd.nextInt(2); e++) {
            int at = sb.indexOf(" ", rnd.nextInt(sb.length()));
            if (at < 0) {
                at = sb.length();
            }
            int end = sb.indexOf(" ", at + 1);
            if (rnd.nextInt(3) == 0 && end > at
                    && sb.substring(at, end).chars().noneMatch(ch -> "()[]{}\"'/".indexOf(ch) >= 0)) {
                sb.delete(at, end);
            } else {
                sb.insert(at, " " + WORDS[rnd.nextInt(WORDS.length)] + " ");
            }
        }
        return sb.toString();
    }

    private static boolean rustcAvailable() {
        try {
            Process p = new ProcessBuilder("rustc", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean rustcAccepts(Path file) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("rustc", "--edition", "2024", "-Zparse-crate-root-only",
                file.toString()).redirectErrorStream(true).directory(file.getParent().toFile());
        pb.environment().put("RUSTC_BOOTSTRAP", "1");
        Process p = pb.start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return p.exitValue() == 0;
    }
}
