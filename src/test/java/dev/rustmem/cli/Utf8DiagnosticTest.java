package dev.rustmem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The error for a source file that is not UTF-8, byte for byte as rustc 1.95 prints it. Every
 * expected text is rustc's stderr for the same bytes (run in the file's directory, so it names the
 * file as given; rustmem is given the full path), to its end: the {@code aborting} line and the
 * blank line after it (no {@code rustc --explain} hint: the error has no code).
 */
class Utf8DiagnosticTest {
    @TempDir
    Path dir;

    @Test
    void loneInvalidByte() throws Exception {
        // A byte that starts no sequence: its value; only the first error is reported.
        assertRustcError("bad.rs", bytes('f', 'n', 0xff, 0xfe),
                "error: couldn't read `bad.rs`: stream did not contain valid UTF-8",
                " --> bad.rs:1:3",
                "  |",
                "1 | fn\uFFFD\uFFFD",
                "  |   ^ byte `255` is not valid utf-8",
                "",
                "error: aborting due to 1 previous error",
                "");
    }

    @Test
    void invalidContinuation() throws Exception {
        // A lead byte followed by a byte that does not continue it: the lead byte alone.
        assertRustcError("cont.rs", bytes('f', 'n', ' ', 0xc3, '(', ' ', 'x'),
                "error: couldn't read `cont.rs`: stream did not contain valid UTF-8",
                " --> cont.rs:1:4",
                "  |",
                "1 | fn \uFFFD( x",
                "  |    ^ byte `195` is not valid utf-8",
                "",
                "error: aborting due to 1 previous error",
                "");
    }

    @Test
    void surrogate() throws Exception {
        // An encoded surrogate is three errors (one U+FFFD each); the label names the first byte.
        assertRustcError("surr.rs", bytes('a', 'b', 0xed, 0xa0, 0x80, 'c', 'd'),
                "error: couldn't read `surr.rs`: stream did not contain valid UTF-8",
                " --> surr.rs:1:3",
                "  |",
                "1 | ab\uFFFD\uFFFD\uFFFDcd",
                "  |   ^ byte `237` is not valid utf-8",
                "",
                "error: aborting due to 1 previous error",
                "");
    }

    @Test
    void overlong() throws Exception {
        // An overlong form: C0 starts no sequence.
        assertRustcError("overlong.rs", bytes('a', 'b', 0xc0, 0x80, 'c', 'd'),
                "error: couldn't read `overlong.rs`: stream did not contain valid UTF-8",
                " --> overlong.rs:1:3",
                "  |",
                "1 | ab\uFFFD\uFFFDcd",
                "  |   ^ byte `192` is not valid utf-8",
                "",
                "error: aborting due to 1 previous error",
                "");
    }

    @Test
    void truncatedInTheMiddle() throws Exception {
        // A sequence cut short by another character: all its bytes, one U+FFFD.
        assertRustcError("mid.rs", bytes('a', 'b', 0xe2, 0x82, ' ', 'c', 'd'),
                "error: couldn't read `mid.rs`: stream did not contain valid UTF-8",
                " --> mid.rs:1:3",
                "  |",
                "1 | ab\uFFFD cd",
                "  |   ^ bytes `[226, 130]` are not valid utf-8",
                "",
                "error: aborting due to 1 previous error",
                "");
    }

    @Test
    void truncatedFourByteSequence() throws Exception {
        assertRustcError("mid4.rs", bytes('a', 'b', 0xf0, 0x9f, 0x98, 'x'),
                "error: couldn't read `mid4.rs`: stream did not contain valid UTF-8",
                " --> mid4.rs:1:3",
                "  |",
                "1 | ab\uFFFDx",
                "  |   ^ bytes `[240, 159, 152]` are not valid utf-8",
                "",
                "error: aborting due to 1 previous error",
                "");
    }

    @Test
    void truncatedAtTheEnd() throws Exception {
        // A sequence cut short by the end of the file: the byte offset instead of the bytes.
        assertRustcError("late.rs", bytes('/', '/', 0xc3, 0xa9, '\n', 0xc3),
                "error: couldn't read `late.rs`: stream did not contain valid UTF-8",
                " --> late.rs:2:1",
                "  |",
                "2 | \uFFFD",
                "  | ^ invalid utf-8 at byte `5`",
                "",
                "error: aborting due to 1 previous error",
                "");
    }

    @Test
    void truncatedAtTheEndOfALine() throws Exception {
        assertRustcError("end.rs", bytes('a', 'b', 0xf0, 0x9f),
                "error: couldn't read `end.rs`: stream did not contain valid UTF-8",
                " --> end.rs:1:3",
                "  |",
                "1 | ab\uFFFD",
                "  |   ^ invalid utf-8 at byte `2`",
                "",
                "error: aborting due to 1 previous error",
                "");
    }

    @Test
    void oneInvalidByte() throws Exception {
        // An error at offset 0 has a dummy span in rustc: a note instead of a snippet.
        assertRustcError("one.rs", bytes(0xff),
                "error: couldn't read `one.rs`: stream did not contain valid UTF-8",
                "  |",
                "  = note: invalid utf-8 at byte `0`",
                "",
                "error: aborting due to 1 previous error",
                "");
    }

    @Test
    void truncatedAtOffsetZero() throws Exception {
        assertRustcError("zero.rs", bytes(0xc3, '(', 'a', 'b'),
                "error: couldn't read `zero.rs`: stream did not contain valid UTF-8",
                "  |",
                "  = note: invalid utf-8 at byte `0`",
                "",
                "error: aborting due to 1 previous error",
                "");
    }

    @Test
    void byteOrderMark() throws Exception {
        // A byte order mark is not shown or counted in the column, but is counted in the byte offset.
        assertRustcError("bom.rs", bytes(0xef, 0xbb, 0xbf, 'a', 'b', 0xf0, 0x9f),
                "error: couldn't read `bom.rs`: stream did not contain valid UTF-8",
                " --> bom.rs:1:3",
                "  |",
                "1 | ab\uFFFD",
                "  |   ^ invalid utf-8 at byte `5`",
                "",
                "error: aborting due to 1 previous error",
                "");
    }

    @Test
    void errorRightAfterTheByteOrderMark() throws Exception {
        assertRustcError("bom0.rs", bytes(0xef, 0xbb, 0xbf, 0xff),
                "error: couldn't read `bom0.rs`: stream did not contain valid UTF-8",
                "  |",
                "  = note: invalid utf-8 at byte `3`",
                "",
                "error: aborting due to 1 previous error",
                "");
    }

    @Test
    void crlf() throws Exception {
        // CR LF is LF in the shown file.
        assertRustcError("crlf.rs", bytes('a', '\r', '\n', 'b', '\r', '\n', 'c', 0xff, '\r', '\n'),
                "error: couldn't read `crlf.rs`: stream did not contain valid UTF-8",
                " --> crlf.rs:3:2",
                "  |",
                "3 | c\uFFFD",
                "  |  ^ byte `255` is not valid utf-8",
                "",
                "error: aborting due to 1 previous error",
                "");
    }

    @Test
    void byteOrderMarkAndCrlfPastTheEnd() throws Exception {
        // rustc gives up the span when the original offset passes the length of the normalised lossy text.
        assertRustcError("bomcrlf.rs", bytes(0xef, 0xbb, 0xbf, 'a', '\r', '\n', 'b', 0xff),
                "error: couldn't read `bomcrlf.rs`: stream did not contain valid UTF-8",
                "  |",
                "  = note: invalid utf-8 at byte `7`",
                "",
                "error: aborting due to 1 previous error",
                "");
    }

    @Test
    void byteOrderMarkAndCrlfWithinTheEnd() throws Exception {
        assertRustcError("bomcrlf2.rs", bytes(0xef, 0xbb, 0xbf, 'a', '\r', '\n', 0xff, 'z'),
                "error: couldn't read `bomcrlf2.rs`: stream did not contain valid UTF-8",
                " --> bomcrlf2.rs:2:1",
                "  |",
                "2 | \uFFFDz",
                "  | ^ byte `255` is not valid utf-8",
                "",
                "error: aborting due to 1 previous error",
                "");
    }

    @Test
    void tabs() throws Exception {
        // The column counts a tab as one character; the snippet shows it as four spaces.
        assertRustcError("tab.rs", bytes('\t', 'f', 'n', '\t', 0xff),
                "error: couldn't read `tab.rs`: stream did not contain valid UTF-8",
                " --> tab.rs:1:5",
                "  |",
                "1 |     fn    \uFFFD",
                "  |           ^ byte `255` is not valid utf-8",
                "",
                "error: aborting due to 1 previous error",
                "");
    }

    @Test
    void severalBadLines() throws Exception {
        assertRustcError("multi.rs", bytes('a', 0xff, '\n', 'b', 0xfe, '\n', 'c', 0xc3),
                "error: couldn't read `multi.rs`: stream did not contain valid UTF-8",
                " --> multi.rs:1:2",
                "  |",
                "1 | a\uFFFD",
                "  |  ^ byte `255` is not valid utf-8",
                "",
                "error: aborting due to 1 previous error",
                "");
    }

    @Test
    void controlCharacters() throws Exception {
        // Control characters are shown as control pictures, CR alone too.
        assertRustcError("ctrl.rs", bytes('a', 0x01, 0x00, 0x1b, 0x7f, '\r', 'z', 0xff),
                "error: couldn't read `ctrl.rs`: stream did not contain valid UTF-8",
                " --> ctrl.rs:1:8",
                "  |",
                "1 | a\u2401\u2400\u241B\u2421\u240Dz\uFFFD",
                "  |        ^ byte `255` is not valid utf-8",
                "",
                "error: aborting due to 1 previous error",
                "");
    }

    @Test
    void bidiAndJoiner() throws Exception {
        // Bidirectional overrides and isolates are shown as U+FFFD, a zero-width joiner not at all.
        assertRustcError("bidi.rs", bytes('a', 0xe2, 0x80, 0xae, 0xe2, 0x81, 0xa6, 0xe2, 0x80, 0x8d, 'z', 0xff),
                "error: couldn't read `bidi.rs`: stream did not contain valid UTF-8",
                " --> bidi.rs:1:6",
                "  |",
                "1 | a\uFFFD\uFFFDz\uFFFD",
                "  |     ^ byte `255` is not valid utf-8",
                "",
                "error: aborting due to 1 previous error",
                "");
    }

    @Test
    void twoDigitLineNumber() throws Exception {
        assertRustcError("l12.rs", bytes("x\n".repeat(11) + "yy", 0xff, 'z', '\n'),
                "error: couldn't read `l12.rs`: stream did not contain valid UTF-8",
                "  --> l12.rs:12:3",
                "   |",
                "12 | yy\uFFFDz",
                "   |   ^ byte `255` is not valid utf-8",
                "",
                "error: aborting due to 1 previous error",
                "");
    }

    @Test
    void realReplacementCharacterBeforeTheError() throws Exception {
        assertRustcError("repl.rs", bytes('x', '\n', 0xef, 0xbf, 0xbd, '\n', 0xff),
                "error: couldn't read `repl.rs`: stream did not contain valid UTF-8",
                " --> repl.rs:3:1",
                "  |",
                "3 | \uFFFD",
                "  | ^ byte `255` is not valid utf-8",
                "",
                "error: aborting due to 1 previous error",
                "");
    }

    @Test
    void crCrLf() throws Exception {
        // A CR before CR LF is not shown; a CR at the end of the file is.
        assertRustcError("crcrlf.rs", bytes('a', 'b', 0xff, '\r', '\r', '\n'),
                "error: couldn't read `crcrlf.rs`: stream did not contain valid UTF-8",
                " --> crcrlf.rs:1:3",
                "  |",
                "1 | ab\uFFFD",
                "  |   ^ byte `255` is not valid utf-8",
                "",
                "error: aborting due to 1 previous error",
                "");
    }

    @Test
    void crAtTheEnd() throws Exception {
        assertRustcError("crend.rs", bytes('a', 'b', 0xff, '\r'),
                "error: couldn't read `crend.rs`: stream did not contain valid UTF-8",
                " --> crend.rs:1:3",
                "  |",
                "1 | ab\uFFFD\u240D",
                "  |   ^ byte `255` is not valid utf-8",
                "",
                "error: aborting due to 1 previous error",
                "");
    }

    /** Writes {@code content} as {@code name} and checks rustmem prints rustc's lines for it. */
    private void assertRustcError(String name, byte[] content, String... rustcLines) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content);
        CliRun run = CliRun.of("layout", file.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(String.join("\n", rustcLines).replace(name, file.toString()) + "\n");
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    /** An ASCII text followed by more bytes. */
    private static byte[] bytes(String ascii, int... more) {
        byte[] head = ascii.getBytes(StandardCharsets.US_ASCII);
        byte[] b = java.util.Arrays.copyOf(head, head.length + more.length);
        System.arraycopy(bytes(more), 0, b, head.length, more.length);
        return b;
    }
}
