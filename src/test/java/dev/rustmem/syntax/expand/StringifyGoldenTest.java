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
import org.junit.jupiter.api.Test;

/**
 * {@code stringify/cases.rs} prints one {@code stringify!} per line; {@code cases.stdout} is what
 * rustc 1.95's binary printed. The expansion must produce exactly those strings. When rustc is on
 * the PATH the recording itself is re-checked live ({@code -Dgolden.update=true} re-records it).
 */
class StringifyGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/expand/stringify");

    @Test
    void expansionMatchesRecordedRustcOutput() throws IOException {
        ExpandFixture f = ExpandFixture.of("cases.rs", Files.readString(DIR.resolve("cases.rs")));
        assertThat(f.errors()).isEmpty();
        Item.Fn main = (Item.Fn) f.crate().items().stream().filter(i -> i instanceof Item.Fn).findFirst()
                .orElseThrow();
        List<String> got = new ArrayList<>();
        for (Stmt s : main.body().orElseThrow().stmts()) {
            var println = (Expr.BuiltinMacro) ((Stmt.ExprStmt) s).expr();
            Expr arg = ((BuiltinArgs.Format) println.args()).args().get(0).value();
            got.add(((Literal.Str) ((Expr.Lit) arg).value()).value());
        }
        assertThat(String.join("\n", got) + "\n").isEqualTo(Files.readString(DIR.resolve("cases.stdout")));
    }

    @Test
    void recordingMatchesLiveRustc() throws Exception {
        assumeTrue(onPath("rustc"), "rustc not on PATH: live stringify check skipped");
        Path tmp = Files.createTempDirectory("rustmem-stringify");
        Path bin = tmp.resolve("cases");
        Process c = new ProcessBuilder("rustc", "--edition", "2024", "-o", bin.toString(),
                DIR.resolve("cases.rs").toString()).redirectErrorStream(true).start();
        assertThat(c.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(c.exitValue()).as(new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        Process r = new ProcessBuilder(bin.toString()).start();
        String out = new String(r.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(r.waitFor(30, TimeUnit.SECONDS)).isTrue();
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(DIR.resolve("cases.stdout"), out);
        }
        assertThat(out).isEqualTo(Files.readString(DIR.resolve("cases.stdout")));
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
