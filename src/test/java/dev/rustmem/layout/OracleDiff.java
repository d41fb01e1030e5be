package dev.rustmem.layout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Development aid: {@code OracleDiff TARGET COUNT SEED...} generates, asks rustc, and prints every
 * disagreement with both JSONs (and the generated source path), then the agreement count.
 */
public final class OracleDiff {
    public static void main(String[] args) throws Exception {
        TargetDataLayout dl = TargetDataLayout.byTriple(args[0]).orElseThrow();
        int count = Integer.parseInt(args[1]);
        Path tmp = Files.createTempDirectory("rustmem-diff");
        int agree = 0;
        int total = 0;
        for (int a = 2; a < args.length; a++) {
            long seed = Long.parseLong(args[a]);
            TypeGen.GenFile file = TypeGen.generate(seed, count);
            Optional<List<String>> answers = OracleRunner.run(file, dl.triple(), tmp.resolve("s" + seed));
            if (answers.isEmpty()) {
                System.out.println("seed " + seed + ": no complete answer, see " + tmp.resolve("s" + seed));
                continue;
            }
            // RUSTMEM_ENGINE_TARGET lets a run check that the comparison can fail (a different target's engine).
            String other = System.getenv("RUSTMEM_ENGINE_TARGET");
            LayoutEngine engine = new LayoutEngine(other == null ? dl : TargetDataLayout.byTriple(other).orElseThrow());
            for (int i = 0; i < file.probes().size(); i++) {
                String want = answers.get().get(i);
                String got = OracleRunner.ours(engine, file.probes().get(i));
                total++;
                if (want.equals(got)) {
                    agree++;
                } else {
                    System.out.println("== seed " + seed + " #" + i + " " + file.probes().get(i).rust() + "  ("
                            + tmp.resolve("s" + seed) + ")");
                    System.out.println("want " + want);
                    System.out.println("got  " + got);
                }
            }
        }
        System.out.println("agreement " + dl.triple() + ": " + agree + "/" + total);
    }
}
