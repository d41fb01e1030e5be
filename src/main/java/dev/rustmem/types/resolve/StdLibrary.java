package dev.rustmem.types.resolve;

import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.parse.ParseResult;
import dev.rustmem.syntax.parse.Parser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bundled std sources ({@code /dev/rustmem/std/core.rs}, {@code alloc.rs}, {@code std.rs},
 * {@code hashbrown.rs}), parsed once per JVM: the parsed crates are immutable and shared by every
 * {@code TyCtxt} (a context per target and cfg is cheap; cfg is applied during resolution). The
 * one-time parse lives in a class-initialization holder, so there is no mutable static state.
 */
public final class StdLibrary {
    /** A bundled crate: its name, parsed AST, parse diagnostics (none for a healthy std) and prelude module. */
    public record StdCrate(String name, Crate ast, Diagnostics parseDiagnostics, String prelude) {}

    /** In dependency order; a missing resource is left out. */
    private static final String[][] CRATES = {
        {"core", "core::prelude::rust_2024"},
        {"alloc", "core::prelude::rust_2024"},
        {"hashbrown", "core::prelude::rust_2024"},
        {"std", "std::prelude::rust_2024"},
    };

    private StdLibrary() {}

    private static final class Holder {
        static final List<StdCrate> BUNDLED = load("/dev/rustmem/std/");
    }

    public static List<StdCrate> bundled() {
        return Holder.BUNDLED;
    }

    /** Parses the crates found under a resource directory (tests use their own small std). */
    public static List<StdCrate> load(String resourceDir) {
        List<StdCrate> out = new ArrayList<>();
        for (String[] c : CRATES) {
            Optional<String> text = read(resourceDir + c[0] + ".rs");
            if (text.isPresent()) {
                ParseResult<Crate> r = Parser.parseCrate(new SourceFile(c[0] + ".rs", text.get()));
                out.add(new StdCrate(c[0], r.value(), r.diagnostics(), c[1]));
            }
        }
        return List.copyOf(out);
    }

    private static Optional<String> read(String resource) {
        try (InputStream in = StdLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
