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
                .endsWith("error: aborting due to 1 previous error\n\n"
                        + "For more information about this error, try `rustc --explain E0072`.\n");
        assertThat(out).contains("1 | fn main() {\n  | ^^^^^^^\n");
    }

    @Test
    void gapsBetweenLabelledLinesAreElided() {
        Diagnostic d = Diagnostic.error("m", spanOf("}", 1), "here")
                .withSecondary(new dev.rustmem.diag.Label(spanOf("fn", 0), "start"));
        String out = new DiagnosticRenderer(file).render(d);
        assertThat(out).contains("1 | fn main() {\n  | -- start\n...\n5 | }\n  | ^ here\n");
    }

    /** rustc 1.95's output for this program, recorded: labels sharing a line, multispans, a suggestion. */
    @Test
    void recursiveTypesRenderExactlyAsRustc() {
        String src = "enum List { Cons(i32, List), Nil }\nstruct A { b: B }\nstruct B { a: A, x: u8 }\nfn main() {}\n";
        SourceFile f = new SourceFile("rec.rs", src);
        Span list = new Span(src.indexOf("List),"), src.indexOf("List),") + 4);
        Diagnostic one = Diagnostic.error(Code.E0072, "recursive type `List` has infinite size", new Span(0, 9), "")
                .withSecondary(new Label(list, "recursive without indirection"))
                .withSuggestion(new Suggestion("insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break the cycle",
                        java.util.List.of(Suggestion.Edit.insert(list.start(), "Box<"),
                                Suggestion.Edit.insert(list.end(), ">"))));
        int a = src.indexOf("struct A");
        int b = src.indexOf("struct B");
        Span hopB = new Span(src.indexOf("b: B") + 3, src.indexOf("b: B") + 4);
        Span hopA = new Span(src.indexOf("a: A") + 3, src.indexOf("a: A") + 4);
        Diagnostic two = Diagnostic.error(Code.E0072, "recursive types `A` and `B` have infinite size",
                        new Span(a, a + 8), "")
                .withPrimary(new Label(new Span(b, b + 8), ""))
                .withSecondary(new Label(hopB, "recursive without indirection"))
                .withSecondary(new Label(hopA, "recursive without indirection"))
                .withSuggestion(new Suggestion("insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break the cycle",
                        java.util.List.of(Suggestion.Edit.insert(hopB.start(), "Box<"), Suggestion.Edit.insert(hopB.end(), ">"),
                                Suggestion.Edit.insert(hopA.start(), "Box<"), Suggestion.Edit.insert(hopA.end(), ">"))));
        Diagnostics ds = new Diagnostics();
        ds.add(one);
        ds.add(two);
        assertThat(new DiagnosticRenderer(f).renderAll(ds)).isEqualTo("""
                error[E0072]: recursive type `List` has infinite size
                 --> rec.rs:1:1
                  |
                1 | enum List { Cons(i32, List), Nil }
                  | ^^^^^^^^^             ---- recursive without indirection
                  |
                help: insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break the cycle
                  |
                1 | enum List { Cons(i32, Box<List>), Nil }
                  |                       ++++    +

                error[E0072]: recursive types `A` and `B` have infinite size
                 --> rec.rs:2:1
                  |
                2 | struct A { b: B }
                  | ^^^^^^^^      - recursive without indirection
                3 | struct B { a: A, x: u8 }
                  | ^^^^^^^^      - recursive without indirection
                  |
                help: insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break the cycle
                  |
                2 ~ struct A { b: Box<B> }
                3 ~ struct B { a: Box<A>, x: u8 }
                  |

                error: aborting due to 2 previous errors

                For more information about this error, try `rustc --explain E0072`.
                """);
    }

    /** Several labelled marks on one line hang their labels below, as rustc does. */
    @Test
    void labelsSharingALineHangBelow() {
        String src = "enum A23 { X = 1, Y = 0, Z }\n";
        SourceFile f = new SourceFile("d.rs", src);
        Diagnostic d = Diagnostic.error(Code.E0081, "discriminant value `1` assigned more than once", new Span(0, 8), "")
                .withSecondary(new Label(new Span(15, 16), "`1` assigned here"))
                .withSecondary(new Label(new Span(22, 23), "discriminant for `Z` incremented from this startpoint"))
                .withSecondary(new Label(new Span(25, 26), "`1` assigned here"));
        assertThat(new DiagnosticRenderer(f).render(d)).isEqualTo("""
                error[E0081]: discriminant value `1` assigned more than once
                 --> d.rs:1:1
                  |
                1 | enum A23 { X = 1, Y = 0, Z }
                  | ^^^^^^^^       -      -  - `1` assigned here
                  |                |      |
                  |                |      discriminant for `Z` incremented from this startpoint
                  |                `1` assigned here
                """);
    }
}
