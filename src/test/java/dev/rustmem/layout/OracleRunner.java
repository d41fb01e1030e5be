package dev.rustmem.layout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs rustc 1.95 (through {@code src/test/resources/oracle/layout_dump.py --nocore --target T}, a copy of the shared oracle tool)
 * on a generated file and returns rustc's layouts in {@link OracleJson}'s canonical form, one per
 * probe, or empty when the oracle is unavailable or did not answer for every probe.
 */
final class OracleRunner {
    static final Path LAYOUT_DUMP = Path.of("src/test/resources/oracle/layout_dump.py");

    /** Re-serialises each dump as Python's sorted, compact JSON: the form OracleJson produces. */
    private static final String CANON = String.join("\n",
            "import sys, json",
            "for line in sys.stdin:",
            "    o = json.loads(line)",
            "    print(json.dumps(o['layout'], sort_keys=True, separators=(',', ':')))");

    private OracleRunner() {}

    static boolean available() {
        if (!Files.isRegularFile(LAYOUT_DUMP)) {
            return false;
        }
        try {
            Process p = new ProcessBuilder("rustc", "--version").redirectErrorStream(true).start();
            String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor() == 0 && v.startsWith("rustc 1.95");
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static Optional<List<String>> run(TypeGen.GenFile file, String triple, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path src = dir.resolve("probe-" + triple + ".rs");
        Files.writeString(src, file.source(), StandardCharsets.UTF_8);
        Path canon = dir.resolve("canon.py");
        Files.writeString(canon, CANON, StandardCharsets.UTF_8);
        String cmd = "python3 " + LAYOUT_DUMP + " " + src + " --nocore --target " + triple + " 2>" + dir.resolve("err-" + triple)
                + " | python3 " + canon;
        Process p = new ProcessBuilder("bash", "-c", cmd).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        for (String l : out.split("\n")) {
            if (!l.isBlank()) {
                lines.add(l);
            }
        }
        return lines.size() == file.probes().size() ? Optional.of(lines) : Optional.empty();
    }

    /** Our answer for a probe, canonical, or "error: ..." when the engine refuses. */
    static String ours(LayoutEngine engine, TypeGen.Probe probe) {
        try {
            return OracleJson.render(engine.layoutOf(probe.ty()));
        } catch (LayoutException e) {
            return "error: " + e.error().getClass().getSimpleName();
        }
    }
}
