package dev.rustmem.cli;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.source.SourceFile;
import dev.rustmem.source.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Reads the input file, reporting failures with rustc's wording ({@code couldn't read `x.rs`: ...}). */
final class SourceReader {
    private SourceReader() {}

    /** The file, or empty after printing rustc's error and summary to {@code err}. */
    static Optional<SourceFile> read(String name, Reporter reporter) {
        Path path = Path.of(name);
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                reporter.plainError("couldn't read `" + name + "`: Is a directory (os error 21)");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            reporter.plainError("couldn't read `" + name + "`: No such file or directory (os error 2)");
            return Optional.empty();
        } catch (AccessDeniedException e) {
            reporter.plainError("couldn't read `" + name + "`: Permission denied (os error 13)");
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            reporter.plainError("couldn't read `" + name + "`: " + e.getMessage());
            return Optional.empty();
        }
        SourceFile plain = SourceFile.ofPlainAscii(name, bytes);
        if (plain != null) {
            return Optional.of(plain);
        }
        // Otherwise (non-ASCII bytes or CRs) String's own UTF-8 decoding. It
        // replaces malformed input with U+FFFD, so only a text that contains U+FFFD (never an ASCII
        // one) is scanned again, to tell a real U+FFFD from an error and say where.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            Optional<InvalidUtf8> bad = InvalidUtf8.find(bytes, 0);
            if (bad.isPresent()) {
                reportInvalid(name, bytes, bad.get(), reporter);
                return Optional.empty();
            }
        }
        return Optional.of(new SourceFile(name, withoutBom(text)));
    }

    /** rustc ignores a byte order mark. */
    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * rustc's error for a file that is not UTF-8: a label at the first bad sequence, in the file
     * as rustc shows it (decoded lossily, then normalised like any source: no byte order mark,
     * CRLF as LF); the offset of the sequence in the original bytes as a note instead when rustc
     * has no span for it: at the very start of the text (a dummy span) or past the end of the
     * normalised text (rustc compares the original offset with the normalised length).
     */
    private static void reportInvalid(String name, byte[] bytes, InvalidUtf8 bad, Reporter reporter) {
        String message = "couldn't read `" + name + "`: stream did not contain valid UTF-8";
        SourceFile shown = new SourceFile(name, withoutBom(InvalidUtf8.lossy(bytes)));
        // Everything before the bad sequence is valid, so its normalised length is the offset.
        int offset = new SourceFile(name, withoutBom(new String(bytes, 0, bad.start(), StandardCharsets.UTF_8)))
                .text().length();
        if (offset == 0 || bad.start() > shown.text().getBytes(StandardCharsets.UTF_8).length) {
            reporter.plainError(message, bad.note());
        } else {
            reporter.report(shown, Diagnostic.error(message, Span.at(offset), bad.label(bytes)));
        }
    }
}
