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

    public SourceFile(String name, String text) {
        this.name = Objects.requireNonNull(name);
        // Normalise line endings so that offsets, columns and rendered snippets agree.
        this.text = text.replace("\r\n", "\n");
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
