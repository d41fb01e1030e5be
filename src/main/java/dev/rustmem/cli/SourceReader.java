package dev.rustmem.cli;

import dev.rustmem.source.SourceFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
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
        // The usual case first: String's own UTF-8 decoding (an ASCII file is one array copy). It
        // replaces malformed input with U+FFFD, so only a text that contains U+FFFD (never an ASCII
        // one) is decoded again strictly, to tell a real U+FFFD from an error and say where.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            Optional<String> strict = decodeStrictly(name, bytes, reporter);
            if (strict.isEmpty()) {
                return Optional.empty();
            }
            text = strict.get();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // rustc ignores a byte order mark
        }
        return Optional.of(new SourceFile(name, text));
    }

    /** The text of {@code bytes}, or empty after reporting the first byte that is not UTF-8. */
    private static Optional<String> decodeStrictly(String name, byte[] bytes, Reporter reporter) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            reporter.plainError("couldn't read `" + name + "`: stream did not contain valid UTF-8\n  |\n"
                    + "  = note: invalid utf-8 at byte `" + in.position() + "`");
            return Optional.empty();
        }
        dec.flush(out);
        out.flip();
        return Optional.of(out.toString());
    }
}
