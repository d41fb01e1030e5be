package dev.rustmem.syntax.expand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rustmem.syntax.ast.BuiltinArgs;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.ast.Literal;
import dev.rustmem.syntax.ast.Stmt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential test of macro_rules! matching, transcription and stringify! spacing against
 * rustc: generated programs ({@link MacroDiffProgram}) with the output rustc 1.95's binaries
 * printed, recorded under {@code expand/diff} so the build passes without rustc. When rustc is
 * on the PATH, each recording is regenerated and re-run live ({@code -Dgolden.update=true}
 * rewrites the recordings).
 */
class MacroDiffTest {
    private static final Path DIR = Path.of("src/test/resources/expand/diff");
    private static final long[] SEEDS = {1, 2, 3, 4, 5, 6, 7, 8};
    private static final int COUNT = 60;

    @TestFactory
    Stream<DynamicTest> recorded() {
        return java.util.Arrays.stream(SEEDS).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Path rs = DIR.resolve("seed" + seed + ".rs");
            assertThat(Files.readString(rs)).as("generator unchanged").isEqualTo(MacroDiffProgram.generate(seed, COUNT));
            String expected = Files.readString(DIR.resolve("seed" + seed + ".stdout"));
            assertThat(String.join("\n", strings(rs)) + "\n").isEqualTo(expected);
        }));
    }

    @TestFactory
    Stream<DynamicTest> live() {
        return java.util.Arrays.stream(SEEDS).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            assumeTrue(onPath("rustc"), "rustc not on PATH: live macro differential test skipped");
            String src = MacroDiffProgram.generate(seed, COUNT);
            String out = runRustc(src);
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(DIR);
                Files.writeString(DIR.resolve("seed" + seed + ".rs"), src);
                Files.writeString(DIR.resolve("seed" + seed + ".stdout"), out);
            }
            assertThat(out).isEqualTo(Files.readString(DIR.resolve("seed" + seed + ".stdout")));
        }));
    }

    /** The string each println! of main prints, from our expansion. */
    private static List<String> strings(Path rs) throws IOException {
        ExpandFixture f = ExpandFixture.of(rs.getFileName().toString(), Files.readString(rs));
        assertThat(f.errors()).isEmpty();
        Item.Fn main = (Item.Fn) f.crate().items().stream().filter(i -> i instanceof Item.Fn).findFirst()
                .orElseThrow();
        List<String> got = new ArrayList<>();
        for (Stmt s : main.body().orElseThrow().stmts()) {
            var println = (Expr.BuiltinMacro) ((Stmt.ExprStmt) s).expr();
            Expr arg = ((BuiltinArgs.Format) println.args()).args().get(0).value();
            got.add(((Literal.Str) ((Expr.Lit) arg).value()).value());
        }
        return got;
    }

    private static String runRustc(String src) throws Exception {
        Path tmp = Files.createTempDirectory("rustmem-macrodiff");
        Path file = tmp.resolve("gen.rs");
        Files.writeString(file, src);
        Path bin = tmp.resolve("gen");
        Process c = new ProcessBuilder("rustc", "--edition", "2024", "-A", "warnings", "-o", bin.toString(),
                file.toString()).redirectErrorStream(true).start();
        String log = new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(c.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(c.exitValue()).as(log).isZero();
        Process r = new ProcessBuilder(bin.toString()).start();
        String out = new String(r.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(r.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    private static boolean onPath(String exe) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, exe))) {
                return true;
            }
        }
        return false;
    }
}
