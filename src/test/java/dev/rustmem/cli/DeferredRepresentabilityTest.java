package dev.rustmem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code rustmem layout FILE} leaves the E0072 check of what only concrete types reach to the
 * layouts (every non-generic definition is laid out, and one that cannot be represented fails);
 * with {@code --type} the load checks everything itself, as before. A file whose load has errors
 * must get the same diagnostics, in the same order, either way: the load's.
 */
class DeferredRepresentabilityTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
        // cycles that only concrete definitions reach: found when a layout fails
        "struct A(B);\nstruct B(A);\nstruct C(u8);\n",
        "struct S { next: S, x: u8 }\nfn main() {}\n",
        "enum E { A(E), B }\nunion U { u: std::mem::ManuallyDrop<U> }\n",
        "struct O(Option<O>);\nstruct Z([Z; 0]);\nstruct T((u8, T));\n",
        "type X = (u8, Y);\nstruct Y(X);\n",
        "mod m { pub struct A(super::B); }\nstruct B(m::A);\n",
        "fn f() { struct L(L2); struct L2(L); }\nfn main() {}\n",
        // with other layout failures, before and after the cycle
        "struct Big([u64; 1 << 61]);\nstruct A(A);\nstruct Huge([Big; 8]);\n",
        // cycles that a generic definition reaches: found by the load itself
        "struct G<T> { g: G<T>, t: T }\n",
        "struct G<T>(H, T);\nstruct H(G<u8>);\n",
        "struct G<T>(T);\nstruct R(G<R>);\nstruct Q(Option<Box<Q>>);\n",
        // with the repr checks' errors (E0588), which come after E0072
        "#[repr(align(8))] struct Al(u8);\n#[repr(packed)] struct P(Al);\nstruct A(B);\nstruct B(A);\n",
        "#[repr(transparent)] struct Tr(u8, u16);\nstruct S(S);\n",
        // with errors the walk reports (they come first, and nothing is deferred)
        "struct A(A);\nstruct M(Missing);\n",
        "#[repr(u8, packed)] struct P(u8);\nstruct A(A);\n",
    })
    void theLoadsDiagnosticsEitherWay(String source) throws IOException {
        Path f = dir.resolve("case.rs");
        Files.writeString(f, source);
        CliRun deferred = CliRun.of("layout", f.toString());
        CliRun checkedByLoad = CliRun.of("layout", f.toString(), "--type", "u8");
        assertThat(deferred.status()).isEqualTo(1);
        assertThat(deferred.out()).isEmpty();
        assertThat(deferred.err()).isEqualTo(checkedByLoad.err()).contains("error");
        assertThat(checkedByLoad.status()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"struct A(B);\nstruct B(A);\n", "struct G<T>(H, T);\nstruct H(G<u8>);\n",
        "fn f() { struct L(L); }\nfn main() {}\n"})
    void aCycleIsE0072InEveryFormat(String source) throws IOException {
        Path f = dir.resolve("cycle.rs");
        Files.writeString(f, source);
        for (String format : new String[] {"table", "rustc", "json"}) {
            CliRun r = CliRun.of("layout", f.toString(), "--format", format);
            assertThat(r.status()).as(format).isEqualTo(1);
            assertThat(r.out()).as(format).isEmpty();
            assertThat(r.err()).as(format).startsWith("error[E0072]: recursive type");
        }
    }
}
