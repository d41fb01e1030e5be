package dev.rustmem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Laying definitions out ahead while the load runs ({@code EngineOracle.layingOutAhead}) changes
 * nothing a user sees: the same output, diagnostics and exit status as the layout pass alone, on
 * every recorded differential file of every target (the thread started after the first
 * definition, and run several times: it races with the load), on inputs with errors, and on a
 * large file with the real threshold.
 */
class LayoutAheadTest {
    private static final int NEVER = Integer.MAX_VALUE;

    @TempDir
    Path dir;

    static Stream<Arguments> recordedFiles() throws IOException {
        Path root = Path.of("src/test/resources/difftest/recorded");
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> targets = Files.list(root)) {
            for (Path t : targets.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(t)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".rs")).sorted().toList()) {
                        String first = Files.readAllLines(f).get(0);
                        String triple = first.substring(first.indexOf("target ") + "target ".length()).trim();
                        out.add(Arguments.of(f.toString(), triple));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("recordedFiles")
    void recordedFilesPrintTheSame(String file, String triple) {
        CliRun alone = run(NEVER, file, "--format", "rustc", "--target", triple);
        assertThat(alone.status()).isZero();
        assertThat(alone.out()).contains("print-type-size type:");
        for (int i = 0; i < 3; i++) {
            assertThat(run(1, file, "--format", "rustc", "--target", triple)).isEqualTo(alone);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"table", "json"})
    void otherFormatsPrintTheSame(String format) throws IOException {
        String file = recordedFiles().findFirst().orElseThrow().get()[0].toString();
        CliRun alone = run(NEVER, file, "--format", format);
        assertThat(alone.status()).isZero();
        assertThat(run(1, file, "--format", format)).isEqualTo(alone);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // cycles found when a layout fails (E0072 left to the layouts)
        "struct A(B);\nstruct B(A);\nstruct C(u8);\nstruct D(Option<C>);\n",
        "struct O(Option<O>);\nstruct Z([Z; 0]);\nstruct T((u8, T));\n",
        "struct G<T>(T);\nstruct R(G<R>);\nstruct Q(Option<Box<Q>>);\n",
        // layouts that fail: too big, and next to good ones that use the same instantiations
        "struct Big([u64; 1 << 61]);\nstruct Ok1(Option<u8>);\nstruct Huge([Big; 8]);\nstruct Ok2(Option<u8>, Big);\n",
        "struct W<T>([T; 1 << 40]);\nstruct V(W<u64>);\nstruct U(Option<W<u8>>);\n",
        // errors of the load itself (no layout is shown), also in definitions that an earlier
        // definition's tail reaches (built ahead of their own items)
        "struct A(Option<A>);\nstruct M(Missing);\n",
        "struct X(u8, Y);\nstruct Y(u8, Z);\n#[repr(u8)] struct Z(u8);\nenum E { A = 1, B = 1 }\nstruct F(E);\n",
        "struct X(u8, Y);\nstruct Y(u16, [W; 2]);\n#[repr(packed, align(4))] struct W(u8);\n",
        "#[repr(transparent)] struct Tr(u8, u16);\nstruct S(Vec<S>);\n",
        // generic definitions, enums with niches, unsized tails
        "struct S<T: ?Sized>(u8, T);\nstruct U(S<[u16]>);\nenum E { A(Box<str>), B(S<u8>), C }\nstruct N(Option<E>, Option<Option<bool>>);\n",
    })
    void inputsWithErrorsOrEdgesGetTheSameAnswer(String source) throws IOException {
        Path f = dir.resolve("case.rs");
        Files.writeString(f, source);
        for (String format : new String[] {"rustc", "table"}) {
            CliRun alone = run(NEVER, f.toString(), "--format", format);
            for (int i = 0; i < 3; i++) {
                assertThat(run(1, f.toString(), "--format", format)).as(format).isEqualTo(alone);
            }
        }
    }

    /** A file large enough for the real threshold (through {@code Main}, as a user runs it). */
    @Test
    void aLargeFileWithTheRealThreshold() throws IOException {
        StringBuilder src = new StringBuilder();
        int n = dev.rustmem.layout.EngineOracle.AHEAD_AFTER + 1000;
        for (int i = 0; i < n; i++) {
            src.append("pub struct S").append(i).append("(pub u8, pub Option<Box<S").append(i)
                    .append(">>, pub Vec<u16>, pub [Option<char>; 2], pub Option<")
                    .append(i == 0 ? "u8" : "E" + (i - 1)).append(">);\n");
            src.append("pub enum E").append(i).append(" { A(S").append(i / 2).append(", u32), B { b: bool }, C(")
                    .append(i % 3 == 0 ? "std::cell::Cell<std::num::NonZero<u16>>" : "Result<u8, (char, i64)>")
                    .append("), D }\npub type A").append(i).append(" = Option<E").append(i).append(">;\n");
        }
        Path f = dir.resolve("large.rs");
        Files.writeString(f, src);
        CliRun alone = run(NEVER, f.toString(), "--format", "rustc");
        assertThat(alone.status()).isZero();
        assertThat(CliRun.of("layout", f.toString(), "--format", "rustc")).isEqualTo(alone);
    }

    /**
     * Generated files of the benchmark's kind, large enough for the real threshold, through
     * {@code Main}: on x86_64 they lay out; on i686 the load reports errors (discriminants that do
     * not fit a 32-bit {@code isize}), and nothing is laid out ahead after the first one.
     */
    @ParameterizedTest
    @ValueSource(longs = {31, 32})
    void generatedFilesGetTheSameAnswerOnTwoTargets(long seed) throws IOException {
        Path f = dir.resolve("gen" + seed + ".rs");
        Files.writeString(f, dev.rustmem.difftest.BenchFile.source(dev.rustmem.layout.EngineOracle.AHEAD_AFTER + 1000, seed));
        for (String target : new String[] {"x86_64-unknown-linux-gnu", "i686-unknown-linux-gnu"}) {
            CliRun alone = run(NEVER, f.toString(), "--format", "rustc", "--target", target);
            assertThat(alone.status()).as(target).isEqualTo(target.startsWith("x86_64") ? 0 : 1);
            assertThat(alone.out().length() + alone.err().length()).isGreaterThan(10_000);
            assertThat(CliRun.of("layout", f.toString(), "--format", "rustc", "--target", target))
                    .as(target).isEqualTo(alone);
        }
    }

    /** {@code rustmem layout ARGS} with layouts started ahead after {@code aheadAfter} definitions. */
    private static CliRun run(int aheadAfter, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err);
        int status = new LayoutCommand(o, null, e, aheadAfter).run(List.of(args));
        o.flush();
        e.flush();
        return new CliRun(status, out.toString(), err.toString());
    }
}
