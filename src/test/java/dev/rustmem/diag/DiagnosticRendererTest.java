package dev.rustmem.diag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.source.SourceFile;
import dev.rustmem.source.Span;
import org.junit.jupiter.api.Test;

class DiagnosticRendererTest {
    private static final String SRC = """
            fn main() {
                let s = String::from("hi");
                let t = s;
                println!("{}", s);
            }
            """;

    private final SourceFile file = new SourceFile("demo.rs", SRC);

    private Span spanOf(String needle, int nth) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = SRC.indexOf(needle, at + 1);
        }
        return new Span(at, at + needle.length());
    }

    @Test
    void rendersLikeRustcWithPrimaryAndSecondaryLabels() {
        Span use = new Span(SRC.indexOf("s);"), SRC.indexOf("s);") + 1);
        Span move = new Span(SRC.indexOf("s;"), SRC.indexOf("s;") + 1);
        Diagnostic d = Diagnostic.error(Code.E0425, "borrow of moved value: `s`", use,
                        "value borrowed here after move")
                .withSecondary(new dev.rustmem.diag.Label(move, "value moved here"));
        String out = new DiagnosticRenderer(file).render(d);
        assertThat(out).isEqualTo("""
                error[E0425]: borrow of moved value: `s`
                 --> demo.rs:4:20
                  |
                3 |     let t = s;
                  |             - value moved here
                4 |     println!("{}", s);
                  |                    ^ value borrowed here after move
                """);
    }

    @Test
    void locatedFormIsFileLineColHeader() {
        Diagnostic d = Diagnostic.error("expected one of `,` or `}`, found `x`", spanOf("let", 1), "unexpected token");
        assertThat(new DiagnosticRenderer(file).located(d))
                .isEqualTo("demo.rs:3:5: error: expected one of `,` or `}`, found `x`");
    }

    @Test
    void notesHelpAndSummary() {
        Diagnostic d = Diagnostic.error(Code.E0072, "recursive type `List` has infinite size", spanOf("fn main", 0), "")
                .withNote("a note").withHelp("insert some indirection");
        Diagnostics ds = new Diagnostics();
        ds.add(d);
        String out = new DiagnosticRenderer(file).renderAll(ds);
        assertThat(out).contains("  = note: a note\n", "  = help: insert some indirection\n")
                .endsWith("error: aborting due to 1 previous error\n");
        assertThat(out).contains("1 | fn main() {\n  | ^^^^^^^\n");
    }

    @Test
    void gapsBetweenLabelledLinesAreElided() {
        Diagnostic d = Diagnostic.error("m", spanOf("}", 1), "here")
                .withSecondary(new dev.rustmem.diag.Label(spanOf("fn", 0), "start"));
        String out = new DiagnosticRenderer(file).render(d);
        assertThat(out).contains("1 | fn main() {\n  | -- start\n...\n5 | }\n  | ^ here\n");
    }
}
