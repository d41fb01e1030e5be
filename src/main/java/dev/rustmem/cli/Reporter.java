package dev.rustmem.cli;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.DiagnosticRenderer;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.SourceFile;
import java.io.PrintWriter;

/**
 * Prints diagnostics from several sources (the user's file, {@code --type} texts) on stderr the way
 * rustc does, and ends with one {@code aborting due to N previous errors} line for all of them.
 */
final class Reporter {
    private final PrintWriter err;
    private int errors;

    Reporter(PrintWriter err) {
        this.err = err;
    }

    /** An error without a location, e.g. an unreadable file. */
    void plainError(String message) {
        err.print("error: " + message + "\n\n");
        errors++;
    }

    /** An error without a location that has a note, printed as rustc prints one. */
    void plainError(String message, String note) {
        plainError(message + "\n  |\n  = note: " + note);
    }

    void report(SourceFile file, Diagnostic d) {
        err.print(new DiagnosticRenderer(file).render(d));
        err.print('\n');
        if (d.isError()) {
            errors++;
        }
    }

    void reportAll(SourceFile file, Diagnostics ds) {
        DiagnosticRenderer r = new DiagnosticRenderer(file);
        for (Diagnostic d : ds.sorted()) {
            err.print(r.render(d));
            err.print('\n');
            if (d.isError()) {
                errors++;
            }
        }
    }

    boolean hasErrors() {
        return errors > 0;
    }

    /** rustc's closing line; call once before exiting with status 1. */
    void finish() {
        if (errors == 1) {
            err.print("error: aborting due to 1 previous error\n");
        } else if (errors > 1) {
            err.print("error: aborting due to " + errors + " previous errors\n");
        }
    }
}
