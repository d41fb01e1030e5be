package dev.rustmem.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of {@link Main#run}: exit status and what was printed. */
record CliRun(int status, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(status, out.toString(), err.toString());
    }
}
