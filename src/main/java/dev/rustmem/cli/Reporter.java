package dev.rustmem.cli;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.DiagnosticRenderer;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.diag.ErrorSummary;
import dev.rustmem.source.SourceFile;
import java.io.PrintWriter;

/**
 * Prints diagnostics from several sources (the user's file, {@code --type} texts) on stderr the way
 * rustc does, and ends with rustc's closing lines for all of them ({@link ErrorSummary}: the
 * {@code aborting due to N previous errors} line, a blank line, the {@code rustc --explain} hint).
 */
final class Reporter {
    private final PrintWriter err;
    private final ErrorSummary summary = new ErrorSummary();

    Reporter(PrintWriter err) {
        this.err = err;
    }

    /** An error without a location, e.g. an unreadable file. */
    void plainError(String message) {
        err.print("error: " + message + "\n\n");
        summary.addUncoded();
    }

    /** An error without a location that has a note, printed as rustc prints one. */
    void plainError(String message, String note) {
        plainError(message + "\n  |\n  = note: " + note);
    }

    void report(SourceFile file, Diagnostic d) {
        err.print(new DiagnosticRenderer(file).render(d));
        err.print('\n');
        summary.add(d);
    }

    void reportAll(SourceFile file, Diagnostics ds) {
        DiagnosticRenderer r = new DiagnosticRenderer(file);
        for (Diagnostic d : ds.sorted()) {
            err.print(r.render(d));
            err.print('\n');
            summary.add(d);
        }
    }

    boolean hasErrors() {
        return summary.errors() > 0;
    }

    /** rustc's closing lines; call once before exiting with status 1. */
    void finish() {
        err.print(summary.render());
    }
}
