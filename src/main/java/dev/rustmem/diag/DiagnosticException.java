package dev.rustmem.diag;

/**
 * Aborts a pass with a user-facing diagnostic (for example a type error found deep inside
 * lowering). Stackless: it is control flow, not a bug. Internal bugs are other exceptions.
 */
public final class DiagnosticException extends RuntimeException {
    private final transient Diagnostic diagnostic;

    public DiagnosticException(Diagnostic diagnostic) {
        super(diagnostic.message(), null, false, false);
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
