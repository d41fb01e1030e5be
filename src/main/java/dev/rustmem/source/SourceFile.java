package dev.rustmem.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A named source text. Line and column are resolved lazily through {@link #lines()}, which only
 * renderers need (spans are plain offsets everywhere else).
 */
public final class SourceFile {
    private final String name;
    private final String text;
    private LineIndex lines;
    /** The text's chars (see {@link #chars()}), made once. */
    private volatile char[] chars;

    public SourceFile(String name, String text) {
        this.name = Objects.requireNonNull(name);
        // Normalise line endings so that offsets, columns and rendered snippets agree.
        this.text = text.replace("\r\n", "\n");
    }

    private SourceFile(String name, String text, char[] chars) {
        this.name = Objects.requireNonNull(name);
        this.text = text;
        this.chars = chars;
    }

    /**
     * The file of {@code bytes} when they are all ASCII and hold no carriage return (the usual
     * case), else null (the caller decodes UTF-8). One pass makes both the chars the lexer reads
     * and the check; the text is then a plain copy of the bytes. A large file is otherwise
     * scanned several times before the JIT has compiled the scanning loops.
     */
    public static SourceFile ofPlainAscii(String name, byte[] bytes) {
        char[] cs = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b < 0 || b == '\r') {
                return null;
            }
            cs[i] = (char) b;
        }
        return new SourceFile(name, new String(bytes, StandardCharsets.ISO_8859_1), cs);
    }

    public static SourceFile read(Path path) throws IOException {
        return new SourceFile(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    /** The text as chars, shared: read only. */
    public char[] chars() {
        char[] cs = chars;
        if (cs == null) {
            cs = text.toCharArray();
            chars = cs;
        }
        return cs;
    }

    public String slice(Span span) {
        return text.substring(span.start(), Math.min(span.end(), text.length()));
    }

    public LineIndex lines() {
        if (lines == null) {
            lines = new LineIndex(text);
        }
        return lines;
    }

    @Override
    public String toString() {
        return name;
    }
}
