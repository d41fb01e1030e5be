package dev.rustmem.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * {@code rustmem <command> ...}. Only {@link #main} calls {@code System.exit}; {@link #run} is what
 * tests call. Unexpected exceptions never show a Java stack trace: they become rustc-style
 * internal compiler errors with exit status 101.
 */
public final class Main {
    /** rustc's exit status for an internal compiler error. */
    static final int ICE = 101;

    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, false, StandardCharsets.UTF_8);
        int code = run(args, out, System.out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command; returns the exit status (0 ok, 1 bad input, 2 usage, 101 internal error). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, null, err);
    }

    /**
     * {@link #run(String[], PrintWriter, PrintWriter)} with the byte stream under {@code out}
     * ({@code null}: none), to which bulk output (the rustc format's megabytes) goes directly as
     * UTF-8, after {@code out} is flushed.
     */
    public static int run(String[] args, PrintWriter out, OutputStream outBytes, PrintWriter err) {
        try {
            return dispatch(Arrays.asList(args), out, outBytes, err);
        } catch (RuntimeException | Error e) {
            out.flush();
            return internalError(e, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Like rustc's ICE: one error line naming the failure, one note, status 101; no stack trace. */
    static int internalError(Throwable e, PrintWriter err) {
        String what = e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        err.print("error: internal compiler error: " + what + "\n\n"
                + "note: rustmem unexpectedly failed; this is a bug, please report it with the input that caused it\n");
        return ICE;
    }

    private static int dispatch(List<String> args, PrintWriter out, OutputStream outBytes, PrintWriter err) {
        if (args.isEmpty()) {
            err.print(Usage.MAIN);
            return 2;
        }
        String cmd = args.get(0);
        switch (cmd) {
            case "-h", "--help", "help" -> {
                out.print(Usage.MAIN);
                return 0;
            }
            case "-V", "--version" -> {
                out.print(Usage.VERSION + "\n");
                return 0;
            }
            case "layout" -> {
                return new LayoutCommand(out, outBytes, err).run(args.subList(1, args.size()));
            }
            default -> {
                String what = cmd.startsWith("-") ? "unexpected argument '" + cmd + "' found"
                        : "unrecognized subcommand '" + cmd + "'";
                return Usage.error(err, new UsageException(what, Usage.MAIN_TRY),
                        "Usage: rustmem <COMMAND> [OPTIONS]");
            }
        }
    }
}
