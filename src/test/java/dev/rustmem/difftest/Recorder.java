package dev.rustmem.difftest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Regenerates the recorded differential set with the installed rustc:
 * {@code java -cp target/test-classes:target/classes dev.rustmem.difftest.Recorder [ROOT]}
 * (ROOT defaults to {@code src/test/resources/difftest/recorded}). See the README there.
 */
public final class Recorder {
    private Recorder() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "src/test/resources/" + RecordedSet.RESOURCE_ROOT);
        System.out.println("recording with " + RustcOracle.version() + " into " + root);
        for (RecordedSet.Entry e : RecordedSet.entries()) {
            RustTypeGenerator.GeneratedFile f = RustTypeGenerator.generate(e.seed(), e.count(), e.profile());
            Path rs = e.rs(root);
            Files.createDirectories(rs.getParent());
            Files.writeString(rs, f.source(), StandardCharsets.UTF_8);
            String pts = RustcOracle.printTypeSizes(rs, e.profile());
            Files.writeString(e.pts(root), pts, StandardCharsets.UTF_8);
            PtsBlocks blocks = PtsBlocks.parse(pts);
            long missing = f.requiredNames().stream().filter(n -> !blocks.has(n)).count();
            System.out.printf("%s seed %d: %d definitions, %d rustc blocks, %d required%s%n", e.profile().target(),
                    e.seed(), e.count(), blocks.order().size(), f.requiredNames().size(),
                    missing == 0 ? "" : " — " + missing + " REQUIRED NAMES MISSING FROM rustc OUTPUT");
        }
    }
}
