package dev.rustmem.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Label;
import dev.rustmem.source.LineIndex;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Labels, notes and help of the definition errors, each expectation read off rustc 1.95's output
 * for the same program (quoted): {@code line:col-endcol label} for the primary label first, then
 * the secondary ones in source order.
 */
class DiagnosticLabelsTest {
    private static List<String> labels(Fixture.Loaded l, int index) {
        Diagnostic d = l.diags().sorted().get(index);
        LineIndex li = l.file().lines();
        List<String> out = new ArrayList<>();
        out.add(at(li, d.primary()));
        List<Label> sec = new ArrayList<>(d.secondary());
        sec.addAll(d.otherPrimary());
        sec.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        sec.forEach(s -> out.add(at(li, s)));
        d.notes().forEach(n -> out.add("note: " + n));
        d.help().ifPresent(h -> out.add("help: " + h));
        d.suggestions().forEach(sg -> out.add("help: " + sg.message()));
        return out;
    }

    private static String at(LineIndex li, Label l) {
        int s = l.span().start();
        return li.line(s) + ":" + li.column(s) + "-" + li.column(l.span().end()) + " " + l.message();
    }

    @Test
    void recursiveTypes() {
        // 3 | struct A { b: B, x: Option<A> }
        //   | ^^^^^^^^      - recursive without indirection
        // 4 | struct B { a: A }
        //   | ^^^^^^^^      - recursive without indirection
        // help: insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break the cycle
        Fixture.Loaded l = Fixture.load("#![allow(dead_code)]\nenum List { Nil, Cons(i32, List) }\n"
                + "struct A { b: B, x: Option<A> }\nstruct B { a: A }\n");
        assertThat(labels(l, 0)).containsExactly("2:1-10 ", "2:28-32 recursive without indirection",
                "help: insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break the cycle");
        assertThat(labels(l, 1)).containsExactly("3:1-9 ", "3:15-16 recursive without indirection", "4:1-9 ",
                "4:15-16 recursive without indirection",
                "help: insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break the cycle");
    }

    @Test
    void discriminants() {
        // 2 | enum A23 { X = 1, Y = 0, Z }
        //   | ^^^^^^^^       -  -      - `1` assigned here
        //   |                |  discriminant for `Z` incremented from this startpoint (`Y` + 1 variant later => `Z` = 1)
        //   |                `1` assigned here
        // 3 | #[repr(i8)] enum A21 { X = 127, Y }
        //   |                                 ^ overflowed on value after 127
        //   = note: explicitly set `Y = -128` if that is desired outcome
        Fixture.Loaded l = Fixture.load("#![allow(dead_code)]\nenum A23 { X = 1, Y = 0, Z }\n"
                + "#[repr(i8)] enum A21 { X = 127, Y }\n");
        assertThat(labels(l, 0)).containsExactly("2:1-9 ", "2:16-17 `1` assigned here",
                "2:19-20 discriminant for `Z` incremented from this startpoint (`Y` + 1 variant later => `Z` = 1)",
                "2:26-27 `1` assigned here");
        assertThat(labels(l, 1)).containsExactly("3:33-34 overflowed on value after 127",
                "note: explicitly set `Y = -128` if that is desired outcome");
    }

    @Test
    void genericArgumentCounts() {
        // 3 | type Z = D<u8, u8, u8>;
        //   |          ^       ---- help: remove the unnecessary generic argument
        //   |          |
        //   |          expected at most 2 generic arguments
        // note: struct defined here, with at most 2 generic parameters: `T`, `U`
        // 4 | struct B { v: Option<>, q: std::collections::HashMap<u8> }   (HashMap: at least 2, supplied 1)
        Fixture.Loaded l = Fixture.load("#![allow(dead_code)]\nstruct D<T, U = u8>(T, U);\ntype Z = D<u8, u8, u8>;\n"
                + "struct B { v: Option<>, q: std::collections::HashMap<u8> }\n");
        assertThat(labels(l, 0)).containsExactly("3:10-11 expected at most 2 generic arguments",
                "3:18-22 help: remove the unnecessary generic argument",
                "note: struct defined here, with at most 2 generic parameters: `T`, `U`");
        assertThat(labels(l, 1)).containsExactly("4:15-21 expected 1 generic argument");
        assertThat(labels(l, 2)).containsExactly("4:46-53 expected at least 2 generic arguments",
                "4:54-56 supplied 1 generic argument");
    }

    @Test
    void transparentAndRepr() {
        // 2 | #[repr(transparent)] struct A12(u8, u16);
        //   |                      ^^^^^^^^^^ --  --- this field has non-zero size or requires alignment
        //   |                      |          |
        //   |                      |          this field has non-zero size or requires alignment
        //   |                      needs at most one field with non-trivial size or alignment, but has 2
        // 3 | #[repr(transparent)] enum A13 { X, Y }
        //   |                      ^^^^^^^^   -  - too many variants in `A13`
        //   |                      |          variant here
        //   |                      needs exactly one variant, but has 2
        // 4 | #[repr(u8)] struct A4(u8);
        //   |        ^^   -------------- not an enum
        // 5 | #[repr(packed)] struct A8(Al);  (note: `Al` has a `#[repr(align)]` attribute)
        Fixture.Loaded l = Fixture.load("#![allow(dead_code)]\n#[repr(transparent)] struct A12(u8, u16);\n"
                + "#[repr(transparent)] enum A13 { X, Y }\n#[repr(u8)] struct A4(u8);\n"
                + "#[repr(packed)] struct A8(Al);\n#[repr(align(8))] struct Al(u8);\n");
        assertThat(labels(l, 0)).containsExactly(
                "2:22-32 needs at most one field with non-trivial size or alignment, but has 2",
                "2:33-35 this field has non-zero size or requires alignment",
                "2:37-40 this field has non-zero size or requires alignment");
        assertThat(labels(l, 1)).containsExactly("3:22-30 needs exactly one variant, but has 2", "3:33-34 variant here",
                "3:36-37 too many variants in `A13`");
        assertThat(labels(l, 2)).containsExactly("4:8-10 ", "4:13-27 not an enum");
        assertThat(labels(l, 3)).containsExactly("5:17-26 ", "note: `Al` has a `#[repr(align)]` attribute");
    }
}
