package dev.rustmem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit statuses and messages of the command line that do not depend on the input's contents. */
class MainTest {
    @Test
    void helpAndVersionGoToStdoutWithStatus0() {
        CliRun help = CliRun.of("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("Usage: rustmem <COMMAND>").contains("layout");
        assertThat(help.err()).isEmpty();

        CliRun layoutHelp = CliRun.of("layout", "--help");
        assertThat(layoutHelp.status()).isZero();
        assertThat(layoutHelp.out()).contains(Usage.LAYOUT_USAGE).contains("--list-targets").contains("--format");

        CliRun version = CliRun.of("--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("rustmem 0.1.0");
    }

    @Test
    void noArgumentsIsAUsageError() {
        CliRun r = CliRun.of();
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("Usage: rustmem <COMMAND>");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownSubcommandAndOptionAreUsageErrorsWithAHint() {
        CliRun r = CliRun.of("frobnicate");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: unrecognized subcommand 'frobnicate'\n\nUsage: rustmem <COMMAND> [OPTIONS]\n\n"
                + "For more information, try 'rustmem --help'.\n");

        CliRun opt = CliRun.of("layout", "x.rs", "--colour");
        assertThat(opt.status()).isEqualTo(2);
        assertThat(opt.err()).startsWith("error: unexpected argument '--colour' found\n\n" + Usage.LAYOUT_USAGE)
                .endsWith("For more information, try 'rustmem layout --help'.\n");
    }

    @Test
    void unknownFormatListsThePossibleValues() {
        CliRun r = CliRun.of("layout", "x.rs", "--format", "xml");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: invalid value 'xml' for '--format <FORMAT>'\n"
                + "  [possible values: table, rustc, json]\n");
        assertThat(CliRun.of("layout", "x.rs", "--format=yaml").err()).contains("invalid value 'yaml'");
        assertThat(CliRun.of("layout", "x.rs", "--format").err())
                .contains("a value is required for '--format <FORMAT>' but none was supplied");
    }

    @Test
    void unknownTargetPointsToListTargets() {
        CliRun r = CliRun.of("layout", "x.rs", "--target", "sparc-sun-solaris");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: unknown target `sparc-sun-solaris`\n  |\n"
                + "  = help: run `rustmem layout --list-targets` to see the supported targets\n");
    }

    @Test
    void listTargetsStartsWithTheDefault() {
        CliRun r = CliRun.of("layout", "--list-targets");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("x86_64-unknown-linux-gnu").contains("64-bit pointers (default)\n")
                .contains("i686-unknown-linux-gnu").contains("32-bit pointers\n");
    }

    @Test
    void internalErrorsLookLikeRustcIcesWithoutAStackTrace() {
        java.io.StringWriter err = new java.io.StringWriter();
        int status = Main.internalError(new IllegalStateException("tag out of range"), new java.io.PrintWriter(err));
        assertThat(status).isEqualTo(101);
        assertThat(err.toString()).isEqualTo("error: internal compiler error: IllegalStateException: tag out of range\n\n"
                + "note: rustmem unexpectedly failed; this is a bug, please report it with the input that caused it\n");
    }

    @Test
    void layoutWithoutInputIsAUsageError() {
        CliRun r = CliRun.of("layout");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: no input: give a FILE.rs, or a type with --type\n");
        assertThat(CliRun.of("layout", "a.rs", "b.rs").err()).contains("only one FILE.rs is allowed");
    }

    @Test
    void unreadableFilesAreReportedLikeRustc(@TempDir Path dir) throws Exception {
        CliRun missing = CliRun.of("layout", "no_such_file.rs");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("error: couldn't read `no_such_file.rs`: No such file or directory (os error 2)\n\n"
                + "error: aborting due to 1 previous error\n\n");
        assertThat(missing.out()).isEmpty();

        CliRun directory = CliRun.of("layout", dir.toString());
        assertThat(directory.status()).isEqualTo(1);
        assertThat(directory.err()).startsWith("error: couldn't read `" + dir + "`: Is a directory (os error 21)\n");

        Path bad = dir.resolve("bad.rs");
        Files.write(bad, new byte[] {'f', 'n', (byte) 0xff, (byte) 0xfe});
        CliRun utf8 = CliRun.of("layout", bad.toString());
        assertThat(utf8.status()).isEqualTo(1);
        // rustc 1.95's text; Utf8DiagnosticTest has the other kinds of bad input.
        assertThat(utf8.err()).isEqualTo("error: couldn't read `" + bad + "`: stream did not contain valid UTF-8\n"
                + " --> " + bad + ":1:3\n  |\n1 | fn\uFFFD\uFFFD\n  |   ^ byte `255` is not valid utf-8\n\n"
                + "error: aborting due to 1 previous error\n\n");

        // Valid UTF-8 that holds U+FFFD itself, and a byte order mark, read as rustc reads them.
        Path replacement = dir.resolve("replacement.rs");
        Files.writeString(replacement, "\uFEFF// \uFFFD and \u00e9\nstruct S(u8, u32); // \uFFFD\n",
                java.nio.charset.StandardCharsets.UTF_8);
        CliRun fine = CliRun.of("layout", replacement.toString(), "--format", "rustc");
        assertThat(fine.err()).isEmpty();
        assertThat(fine.status()).isZero();
        assertThat(fine.out()).startsWith("print-type-size type: `S`: 8 bytes, alignment: 4 bytes\n");

        // A sequence cut off by the end of the file after non-ASCII text: the label gives the byte
        // offset, the location counts characters.
        Path late = dir.resolve("late.rs");
        Files.write(late, new byte[] {'/', '/', (byte) 0xc3, (byte) 0xa9, '\n', (byte) 0xc3});
        CliRun lateRun = CliRun.of("layout", late.toString());
        assertThat(lateRun.status()).isEqualTo(1);
        assertThat(lateRun.err()).isEqualTo("error: couldn't read `" + late + "`: stream did not contain valid UTF-8\n"
                + " --> " + late + ":2:1\n  |\n2 | \uFFFD\n  | ^ invalid utf-8 at byte `5`\n\n"
                + "error: aborting due to 1 previous error\n\n");
    }
}
