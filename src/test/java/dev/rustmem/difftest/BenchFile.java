package dev.rustmem.difftest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the benchmark input: {@code BenchFile OUT.rs [COUNT=20000] [SEED=20000]} generates an
 * x86_64 file of COUNT definitions (the same generator as the differential tests: structs, enums,
 * unions, generics and aliases over std types; rustc compiles 20,000 of them in a few seconds).
 */
public final class BenchFile {
    private BenchFile() {}

    /** The source of COUNT generated x86_64 definitions from SEED (what {@link #main} writes). */
    public static String source(int count, long seed) {
        return generated(count, seed).source();
    }

    private static RustTypeGenerator.GeneratedFile generated(int count, long seed) {
        return RustTypeGenerator.generate(seed, count, GenProfile.X86_64);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: BenchFile OUT.rs [COUNT] [SEED]");
            System.exit(2);
        }
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20_000;
        RustTypeGenerator.GeneratedFile f = generated(count, seed);
        Files.writeString(Path.of(args[0]), f.source(), StandardCharsets.UTF_8);
        System.out.println(args[0] + ": " + count + " definitions, seed " + seed + ", " + f.source().length()
                + " bytes, " + f.requiredNames().size() + " types rustmem must print");
    }
}
