package dev.rustmem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The seed programs with what rustc 1.95 does with them, copied from the shared corpus into
 * src/test/resources/corpus: {@code run/NAME/} (main.rs, stdout, exit, panic, alloc.log of a
 * native build) and {@code check/NAME/} (main.rs, codes, rustc.stderr). The one copy every test reads.
 */
public final class Corpus {
    public static final Path ROOT = Path.of("src/test/resources/corpus");

    private Corpus() {}

    /** One program: its kind ({@code run} or {@code check}), name and folder. */
    public record Program(String kind, String name, Path dir) {
        public Path main() {
            return dir.resolve("main.rs");
        }

        public String read(String file) {
            try {
                return Files.readString(dir.resolve(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return kind + "/" + name;
        }
    }

    /** Every program, sorted by kind and name. */
    public static List<Program> programs() {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(p -> p.getFileName().toString().equals("main.rs")).sorted()
                    .map(p -> new Program(p.getParent().getParent().getFileName().toString(),
                            p.getParent().getFileName().toString(), p.getParent()))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Program program(String kind, String name) {
        return new Program(kind, name, ROOT.resolve(kind).resolve(name));
    }
}
