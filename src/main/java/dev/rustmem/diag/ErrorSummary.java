package dev.rustmem.diag;

import java.util.TreeSet;

/**
 * rustc's closing lines after errors, as rustc 1.95 prints them:
 *
 * <pre>
 * error: aborting due to N previous error(s)
 * (blank line)
 * For more information about this error, try `rustc --explain E0072`.
 * </pre>
 *
 * The blank line is always there (rustc ends every non-note diagnostic with one). With two or more
 * distinct codes the last line becomes {@code Some errors have detailed explanations: A, B.} then
 * {@code For more information about an error, try `rustc --explain A`.}: codes sorted, at most nine
 * listed (then {@code ...} instead of the period), the first one named. Errors without a code add
 * nothing, and codes of warnings count too (rustc keeps every emitted code). rustc leaves out codes
 * without an extended explanation; every {@link Code} has one, so none is left out here.
 */
public final class ErrorSummary {
    /** rustc's cut-off for the list of codes. */
    private static final int MAX_LISTED = 9;

    /** Sorted like rustc's {@code error_codes.sort()}: every id is "E" and four digits. */
    private final TreeSet<String> codes = new TreeSet<>();
    private int errors;

    /** Counts a reported diagnostic: its code, and whether it is an error. */
    public void add(Diagnostic d) {
        if (d.code().isPresent()) {
            codes.add(d.code().get().id());
        }
        if (d.isError()) {
            errors++;
        }
    }

    /** Counts an error that has no code (an unreadable file, a message without a location). */
    public void addUncoded() {
        errors++;
    }

    public int errors() {
        return errors;
    }

    /** The closing lines, or "" when there were no errors. */
    public String render() {
        if (errors == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder("error: aborting due to ");
        if (errors == 1) {
            sb.append("1 previous error\n\n");
        } else {
            sb.append(errors).append(" previous errors\n\n");
        }
        if (codes.size() == 1) {
            sb.append("For more information about this error, try `rustc --explain ").append(codes.first())
                    .append("`.\n");
        } else if (codes.size() > 1) {
            sb.append("Some errors have detailed explanations: ");
            int listed = 0;
            for (String c : codes) {
                if (listed == MAX_LISTED) {
                    break;
                }
                sb.append(listed == 0 ? "" : ", ").append(c);
                listed++;
            }
            sb.append(codes.size() > MAX_LISTED ? "...\n" : ".\n");
            sb.append("For more information about an error, try `rustc --explain ").append(codes.first())
                    .append("`.\n");
        }
        return sb.toString();
    }
}
