package dev.rustmem.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.DiagnosticRenderer;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.parse.Parser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential test against recorded rustc 1.95 output: for each {@code types/errors/NAME.rs},
 * {@code NAME.rustc.stderr} holds {@code rustc --edition 2024 --emit=metadata NAME.rs}'s
 * diagnostics; rustmem must report exactly the same errors (code, message, line and column).
 * A first line {@code // rustmem-ignore: E0658} names codes rustmem does not model.
 */
class RustcErrorsTest {
    private static final Pattern HEADER = Pattern.compile("^error(\\[E\\d{4}\\])?: (.*)$");
    private static final Pattern LOCATION = Pattern.compile("^ *--> [^:]+:(\\d+):(\\d+)$");

    @TestFactory
    Stream<DynamicTest> matchesRustc() {
        return Stream.of("repr", "generics", "discr", "recursive", "resolve", "traits", "cycle", "literals")
                .map(n -> DynamicTest.dynamicTest(n, () -> check(n)));
    }

    private static void check(String name) throws IOException {
        String src = read("/types/errors/" + name + ".rs");
        List<String> expected = rustcErrors(read("/types/errors/" + name + ".rustc.stderr"), ignored(src));
        SourceFile file = new SourceFile(name + ".rs", src);
        var parsed = Parser.parseCrate(file);
        assertThat(parsed.diagnostics().all()).isEmpty();
        Diagnostics diags = new Diagnostics();
        TyCtxt.load(parsed.value(), Fixture.CFG, diags, Fixture.TINY_STD);
        DiagnosticRenderer r = new DiagnosticRenderer(file);
        List<String> actual = new ArrayList<>();
        for (Diagnostic d : diags.sorted()) {
            actual.add(r.located(d).substring(file.name().length() + 1));
        }
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static Set<String> ignored(String src) {
        String first = src.lines().findFirst().orElse("");
        if (!first.startsWith("// rustmem-ignore:")) {
            return Set.of();
        }
        return Set.of(first.substring("// rustmem-ignore:".length()).trim().split("[ ,]+"));
    }

    /** {@code L:C: error[CODE]: message} for each error rustc printed. */
    static List<String> rustcErrors(String stderr, Set<String> ignored) {
        List<String> out = new ArrayList<>();
        List<String> lines = stderr.lines().collect(Collectors.toList());
        for (int i = 0; i + 1 < lines.size(); i++) {
            Matcher h = HEADER.matcher(lines.get(i));
            Matcher loc = LOCATION.matcher(lines.get(i + 1));
            if (h.matches() && loc.matches()) {
                String code = h.group(1) == null ? "" : h.group(1);
                if (!ignored.contains(code.replaceAll("[\\[\\]]", ""))) {
                    out.add(loc.group(1) + ":" + loc.group(2) + ": error" + code + ": " + h.group(2));
                }
            }
        }
        return out;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = RustcErrorsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
