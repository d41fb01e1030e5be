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
    /** Where a {@link #buffered} reporter keeps its text; null for one that prints. */
    private final java.io.StringWriter held;
    private int errors;

    Reporter(PrintWriter err) {
        this(err, null);
    }

    private Reporter(PrintWriter err, java.io.StringWriter held) {
        this.err = err;
        this.held = held;
    }

    /** A reporter that keeps what it reports until {@link #append} passes it on. */
    static Reporter buffered() {
        java.io.StringWriter text = new java.io.StringWriter();
        return new Reporter(new PrintWriter(text), text);
    }

    /** Prints what the {@link #buffered} reporter {@code later} kept, and counts its errors as this one's. */
    void append(Reporter later) {
        later.err.flush();
        err.print(later.held.toString());
        errors += later.errors;
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
