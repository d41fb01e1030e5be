package dev.rustmem.difftest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the installed rustc on a generated file and returns its {@code -Zprint-type-sizes} text:
 * {@code RUSTC_BOOTSTRAP=1 rustc --edition 2024 -Zprint-type-sizes --emit=obj} for x86_64, and the
 * bundled {@code layout32.sh} (a {@code #![no_core]} wrapper) for other targets.
 */
final class RustcOracle {
    private static final long TIMEOUT_SECONDS = 300;

    private RustcOracle() {}

    /** Whether {@code rustc --version} runs. */
    static boolean available() {
        try {
            return run(List.of("rustc", "--version"), null).exit() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    static String version() throws IOException {
        return run(List.of("rustc", "--version"), null).stdout().trim();
    }

    /** rustc's print-type-sizes output for {@code file} on the profile's target. */
    static String printTypeSizes(Path file, GenProfile profile) throws IOException {
        Path work = Files.createTempDirectory("rustmem-oracle");
        try {
            List<String> cmd = new ArrayList<>();
            if (profile.std()) {
                cmd.addAll(List.of("rustc", "--edition", "2024", "-Zprint-type-sizes", "--emit=obj",
                        "--target", profile.target(), "-o", work.resolve("out.o").toString(),
                        file.toAbsolutePath().toString()));
            } else {
                Path script = work.resolve("layout32.sh");
                try (InputStream in = RustcOracle.class.getResourceAsStream("/difftest/layout32.sh")) {
                    if (in == null) {
                        throw new IOException("resource /difftest/layout32.sh is missing");
                    }
                    Files.copy(in, script);
                }
                cmd.addAll(List.of("bash", script.toString(), "-t", profile.target(), "-m", "pts",
                        file.toAbsolutePath().toString()));
            }
            Result r = run(cmd, work);
            if (r.exit() != 0) {
                throw new IOException("rustc failed (exit " + r.exit() + ") on " + file + ":\n" + r.stderr());
            }
            return r.stdout();
        } finally {
            deleteTree(work);
        }
    }

    record Result(int exit, String stdout, String stderr) {}

    /** Runs {@code cmd} with RUSTC_BOOTSTRAP=1; output goes through temp files (no pipe deadlock). */
    static Result run(List<String> cmd, Path dir) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("RUSTC_BOOTSTRAP", "1");
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        Path out = Files.createTempFile("rustmem-oracle", ".out");
        Path err = Files.createTempFile("rustmem-oracle", ".err");
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        try {
            Process p = pb.start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out after " + TIMEOUT_SECONDS + " s: " + String.join(" ", cmd));
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", cmd), e);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
