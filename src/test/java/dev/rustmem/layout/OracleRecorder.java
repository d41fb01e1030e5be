package dev.rustmem.layout;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Records rustc's answers for generated types as test resources (run by hand, needs rustc 1.95 and
 * src/test/resources/oracle/layout_dump.py): {@code java -cp target/classes:target/test-classes dev.rustmem.layout.OracleRecorder
 * OUTDIR COUNT SEED...}. Writes {@code seed-S.rs} (the generated file, identical for every target)
 * and appends one JSON object per probe to {@code TARGET.jsonl}:
 * {@code {"seed":S,"probe":i,"type":"Opt<bool>","layout":{...rustc's layout, canonical...}}}.
 * Also prints our agreement.
 */
public final class OracleRecorder {
    /** The recorded line for a probe (generated type spellings never contain quotes or backslashes). */
    static String line(long seed, int probe, String rust, String layoutJson) {
        return "{\"seed\":" + seed + ",\"probe\":" + probe + ",\"type\":\"" + rust + "\",\"layout\":" + layoutJson + "}";
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Files.createDirectories(out);
        Path tmp = Files.createTempDirectory("rustmem-oracle");
        for (int a = 2; a < args.length; a++) {
            long seed = Long.parseLong(args[a]);
            TypeGen.GenFile file = TypeGen.generate(seed, count);
            Files.writeString(out.resolve("seed-" + seed + ".rs"), file.source(), StandardCharsets.UTF_8);
            for (Target t : Target.all()) {
                Optional<List<String>> answers = OracleRunner.run(file, t.triple(), tmp);
                if (answers.isEmpty()) {
                    System.out.println(t.triple() + " seed " + seed + ": oracle did not answer for every probe");
                    continue;
                }
                LayoutEngine engine = new LayoutEngine(t.dl());
                List<String> lines = new ArrayList<>();
                int agree = 0;
                for (int i = 0; i < file.probes().size(); i++) {
                    String want = answers.get().get(i);
                    lines.add(line(seed, i, file.probes().get(i).rust(), want));
                    if (want.equals(OracleRunner.ours(engine, file.probes().get(i)))) {
                        agree++;
                    } else {
                        System.out.println("MISMATCH " + t.triple() + " seed " + seed + " #" + i + " "
                                + file.probes().get(i).rust());
                    }
                }
                Files.writeString(out.resolve(t.triple() + ".jsonl"), String.join("\n", lines) + "\n",
                        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
                System.out.println(t.triple() + " seed " + seed + ": " + agree + "/" + file.probes().size());
            }
        }
    }
}
