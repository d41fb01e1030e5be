package dev.rustmem.diag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.source.Span;
import org.junit.jupiter.api.Test;

/** rustc 1.95's closing lines; cases the command line cannot reach yet (ClosingLinesTest has the rest). */
class ErrorSummaryTest {
    @Test
    void noErrorsNoLines() {
        assertThat(new ErrorSummary().render()).isEmpty();
    }

    @Test
    void moreThanNineCodesAreCutWithDots() {
        // rustc 1.95 on a file with these twelve errors, in the order it reported them.
        ErrorSummary s = new ErrorSummary();
        Code[] reported = {Code.E0428, Code.E0425, Code.E0107, Code.E0658, Code.E0109, Code.E0072, Code.E0081,
            Code.E0084, Code.E0121, Code.E0204, Code.E0587, Code.E0308};
        for (Code c : reported) {
            s.add(Diagnostic.error(c, "m", Span.at(0), ""));
        }
        assertThat(s.render()).isEqualTo("error: aborting due to 12 previous errors\n\n"
                + "Some errors have detailed explanations: E0072, E0081, E0084, E0107, E0109, E0121, E0204, E0308, E0425...\n"
                + "For more information about an error, try `rustc --explain E0072`.\n");
    }

    @Test
    void errorsWithoutCodesAddNothingAndCodesAreListedOnce() {
        // rustc 1.95: a parse error and an E0072 end with the one-code line.
        ErrorSummary s = new ErrorSummary();
        s.add(Diagnostic.error("expected `,`, or `}`, found `b`", Span.at(0), ""));
        s.addUncoded();
        s.add(Diagnostic.error(Code.E0072, "m", Span.at(0), ""));
        s.add(Diagnostic.error(Code.E0072, "m", Span.at(0), ""));
        assertThat(s.render()).isEqualTo("error: aborting due to 4 previous errors\n\n"
                + "For more information about this error, try `rustc --explain E0072`.\n");
    }
}
