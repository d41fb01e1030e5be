package dev.rustmem.syntax.parse;

import static dev.rustmem.syntax.parse.ParseFixtures.pat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PatParseTest {
    @Test
    void bindings() {
        assertThat(pat("_")).isEqualTo("Wild()");
        assertThat(pat("x")).isEqualTo("IdentPat(false false x _)");
        assertThat(pat("ref mut x")).isEqualTo("IdentPat(true true x _)");
        assertThat(pat("mut x @ 1..=5")).isEqualTo("IdentPat(false true x RangePat(1 5 true))");
        assertThat(pat("None")).isEqualTo("IdentPat(false false None _)");
    }

    @Test
    void literalsAndRanges() {
        assertThat(pat("-5")).isEqualTo("LitPat((- 5))");
        assertThat(pat("'a'..='z'")).isEqualTo("RangePat('a' 'z' true)");
        assertThat(pat("..=5")).isEqualTo("RangePat(_ 5 true)");
        assertThat(pat("5..")).isEqualTo("RangePat(5 _ false)");
        assertThat(pat("0..10")).isEqualTo("RangePat(0 10 false)");
        assertThat(pat("-128..=-1")).isEqualTo("RangePat((- 128) (- 1) true)");
        assertThat(pat("b'a'")).isEqualTo("LitPat(b'a')");
        assertThat(pat("\"s\"")).isEqualTo("LitPat(\"s\")");
        assertThat(pat("true")).isEqualTo("LitPat(true)");
        assertThat(pat("MIN..=MAX")).isEqualTo("RangePat(MIN MAX true)");
    }

    @Test
    void pathsTupleStructsAndStructs() {
        assertThat(pat("Ordering::Less")).isEqualTo("PathPat(Ordering::Less)");
        assertThat(pat("Some(x)")).isEqualTo("TupleStruct(Some [IdentPat(false false x _)])");
        assertThat(pat("E::B(x, ..)")).isEqualTo("TupleStruct(E::B [IdentPat(false false x _) Rest()])");
        assertThat(pat("P { x, ref mut y, z: 3, .. }")).isEqualTo("StructPat(P [FieldPat([] x IdentPat(false false x _) "
                + "true) FieldPat([] y IdentPat(true true y _) true) FieldPat([] z LitPat(3) false)] true)");
        assertThat(pat("T { 0: a }")).isEqualTo("StructPat(T [FieldPat([] 0 IdentPat(false false a _) false)] false)");
        assertThat(pat("<T as Tr>::C")).isEqualTo("PathPat(<T as Tr>::C)");
        assertThat(pat("m!(x)")).startsWith("MacroPat(");
    }

    @Test
    void tuplesSlicesReferencesAndBoxes() {
        assertThat(pat("()")).isEqualTo("TuplePat([])");
        assertThat(pat("(a,)")).isEqualTo("TuplePat([IdentPat(false false a _)])");
        assertThat(pat("(a)")).isEqualTo("ParenPat(IdentPat(false false a _))");
        assertThat(pat("(..)")).isEqualTo("TuplePat([Rest()])");
        assertThat(pat("[first, .., last]")).isEqualTo(
                "SlicePat([IdentPat(false false first _) Rest() IdentPat(false false last _)])");
        assertThat(pat("[head, rest @ ..]")).isEqualTo(
                "SlicePat([IdentPat(false false head _) IdentPat(false false rest Rest())])");
        assertThat(pat("&mut x")).isEqualTo("RefPat(true IdentPat(false false x _))");
        assertThat(pat("&&x")).isEqualTo("RefPat(false RefPat(false IdentPat(false false x _)))");
        assertThat(pat("box x")).isEqualTo("BoxPat(IdentPat(false false x _))");
    }

    @Test
    void orPatterns() {
        assertThat(pat("A | B")).isEqualTo("OrPat([IdentPat(false false A _) IdentPat(false false B _)])");
        assertThat(pat("| A | B")).isEqualTo("OrPat([IdentPat(false false A _) IdentPat(false false B _)])");
        assertThat(pat("(0, y) | (y, 0)")).startsWith("OrPat([TuplePat(");
        assertThat(pat("Some(1 | 2)")).isEqualTo("TupleStruct(Some [OrPat([LitPat(1) LitPat(2)])])");
    }
}
