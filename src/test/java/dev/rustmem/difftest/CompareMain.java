package dev.rustmem.difftest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code CompareMain FILE.rs RUSTC.pts RUSTMEM.out [MAX_SHOWN]}: applies the differential rule to outputs
 * produced elsewhere (the benchmark script); FILE.rs must be a generated file. Exit 0 when they
 * agree, 1 with a report otherwise.
 */
public final class CompareMain {
    private CompareMain() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage: CompareMain FILE.rs RUSTC.pts RUSTMEM.out [MAX_SHOWN]");
            System.exit(2);
        }
        String source = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        RustTypeGenerator.GeneratedFile gen = RustTypeGenerator.regenerate(source);
        PtsBlocks rustc = PtsBlocks.parse(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
        String ours = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8);
        LayoutDiff.Outcome o = LayoutDiff.compare(source, gen.requiredNames(), new RustmemRunner.Result(0, ours, ""),
                rustc);
        System.out.print(o.ok() ? o.summary(args[0]) + "\n" : o.report(args[0], args.length > 3 ? Integer.parseInt(args[3]) : 10));
        System.exit(o.ok() ? 0 : 1);
    }
}
