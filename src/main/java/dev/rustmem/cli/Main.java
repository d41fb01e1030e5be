package dev.rustmem.cli;

import java.io.PrintWriter;

/** {@code rustmem <command> ...}. Only {@link #main} calls {@code System.exit}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, false, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, false, java.nio.charset.StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command; returns the exit status (0 ok, 1 bad input, 2 usage). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        err.println("error: not written yet");
        return 2;
    }
}
