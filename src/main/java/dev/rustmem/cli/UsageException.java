package dev.rustmem.cli;

/**
 * A command line that cannot be run (exit status 2). Stackless: it is control flow.
 *
 * @see Usage#error
 */
final class UsageException extends Exception {
    private final String hint;

    UsageException(String message, String hint) {
        super(message, null, false, false);
        this.hint = hint;
    }

    String hint() {
        return hint;
    }
}
