package dev.rustmem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end of stderr after errors, byte for byte as rustc 1.95 prints it: the {@code aborting} line,
 * a blank line, then the {@code rustc --explain} hint for the codes reported (none without codes).
 * Every expected text is {@code rustc --edition 2024 --emit=metadata NAME.rs}'s whole stderr, run in
 * the file's directory (rustmem is given the full path).
 */
class ClosingLinesTest {
    @TempDir
    Path dir;

    @Test
    void oneCodeNamesIt() throws Exception {
        assertRustcStderr("one.rs", "struct A { a: A }\nfn main() {}\n", """
                error[E0072]: recursive type `A` has infinite size
                 --> one.rs:1:1
                  |
                1 | struct A { a: A }
                  | ^^^^^^^^      - recursive without indirection
                  |
                help: insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break the cycle
                  |
                1 | struct A { a: Box<A> }
                  |               ++++ +

                error: aborting due to 1 previous error

                For more information about this error, try `rustc --explain E0072`.
                """);
    }

    @Test
    void severalCodesAreListedSortedAndTheFirstIsNamed() throws Exception {
        // E0425 is reported first, yet E0072 leads the list: rustc sorts the codes.
        assertRustcStderr("two.rs", "struct B { b: Bogus }\nstruct A { a: A }\nfn main() {}\n", """
                error[E0425]: cannot find type `Bogus` in this scope
                 --> two.rs:1:15
                  |
                1 | struct B { b: Bogus }
                  |               ^^^^^ not found in this scope

                error[E0072]: recursive type `A` has infinite size
                 --> two.rs:2:1
                  |
                2 | struct A { a: A }
                  | ^^^^^^^^      - recursive without indirection
                  |
                help: insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break the cycle
                  |
                2 | struct A { a: Box<A> }
                  |               ++++ +

                error: aborting due to 2 previous errors

                Some errors have detailed explanations: E0072, E0425.
                For more information about an error, try `rustc --explain E0072`.
                """);
    }

    @Test
    void noCodeLeavesABlankLine() throws Exception {
        assertRustcStderr("bad.rs", new byte[] {'f', 'n', ' ', (byte) 0xff}, """
                error: couldn't read `bad.rs`: stream did not contain valid UTF-8
                 --> bad.rs:1:4
                  |
                1 | fn \uFFFD
                  |    ^ byte `255` is not valid utf-8

                error: aborting due to 1 previous error

                """);
    }

    @Test
    void aMissingFileEndsLikeAnyOtherError() {
        CliRun r = CliRun.of("layout", "no_such_file.rs");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: couldn't read `no_such_file.rs`: No such file or directory (os error 2)\n"
                + "\n"
                + "error: aborting due to 1 previous error\n"
                + "\n");
    }

    private void assertRustcStderr(String name, String text, String rustcStderr) throws Exception {
        assertRustcStderr(name, text.getBytes(StandardCharsets.UTF_8), rustcStderr);
    }

    /** Writes {@code content} as {@code name} and checks rustmem's stderr is rustc's for it. */
    private void assertRustcStderr(String name, byte[] content, String rustcStderr) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content);
        CliRun run = CliRun.of("layout", file.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(rustcStderr.replace(name, file.toString()));
    }
}
