package dev.rustmem.difftest;

import dev.rustmem.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code rustmem layout FILE --format rustc [--target T]} in-process through {@link Main#run}. */
final class RustmemRunner {
    record Result(int exit, String stdout, String stderr) {}

    private RustmemRunner() {}

    static Result layout(Path file, GenProfile profile) {
        List<String> args = new ArrayList<>(List.of("layout", file.toString(), "--format", "rustc"));
        if (!profile.target().equals(GenProfile.X86_64.target())) {
            args.addAll(List.of("--target", profile.target()));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            try {
                exit = Main.run(args.toArray(String[]::new), o, e);
            } catch (RuntimeException | StackOverflowError ex) {
                StringWriter trace = new StringWriter();
                ex.printStackTrace(new PrintWriter(trace));
                e.println("exception escaped Main.run: " + trace);
                exit = -1;
            }
        }
        return new Result(exit, out.toString(), err.toString());
    }
}
