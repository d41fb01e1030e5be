package dev.rustmem.layout;

/** Carries a {@link LayoutError} out of a deep layout computation; stackless control flow. */
public final class LayoutException extends RuntimeException {
    private final transient LayoutError error;

    public LayoutException(LayoutError error) {
        // Not error.toString(): that prints the whole Ty, recursively, which may be nested very deeply.
        super(error.getClass().getSimpleName(), null, false, false);
        this.error = error;
    }

    public LayoutError error() {
        return error;
    }
}
