package dev.rustmem.syntax.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.Corpus;
import dev.rustmem.diag.DiagnosticRenderer;
import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.Crate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A file lexed and parsed in two parts on two threads gives exactly the crate of the whole-file
 * parse, wherever it is split; a file with any diagnostic is parsed as a whole, so its
 * diagnostics are the whole-file parse's.
 */
class SplitParseTest {
    private static List<SourceFile> sources() throws IOException {
        List<SourceFile> out = new ArrayList<>();
        out.add(SourceFile.read(Path.of("src/main/cds/train.rs")));
        for (Corpus.Program p : Corpus.programs()) {
            out.add(SourceFile.read(p.main()));
        }
        try (var examples = Files.list(Path.of("examples"))) {
            for (Path p : examples.filter(q -> q.toString().endsWith(".rs")).sorted().toList()) {
                out.add(SourceFile.read(p));
            }
        }
        return out;
    }

    @Test
    void everySplitOfManyProgramsGivesTheWholeFileCrate() throws IOException {
        int splits = 0;
        int offsets = 0;
        for (SourceFile f : sources()) {
            Crate whole = Parser.parseWhole(f).value();
            int n = f.text().length();
            // about 150 offsets a file, each a few chars from the last
            for (int at = 0; at < n; at += Math.max(3, n / 150)) {
                Crate split = SplitParse.parse(f, at);
                offsets++;
                if (split != null) {
                    splits++;
                    assertThat(split).as("%s split at %d", f.name(), at).isEqualTo(whole);
                }
            }
        }
        // many offsets are followed by a line that starts a top-level item
        assertThat(splits).isGreaterThan(offsets / 5);
    }

    @Test
    void aLargeFileIsSplitAndParsedAsTheWholeFile() throws IOException {
        SourceFile f = large("");
        assertThat(f.text().length()).isGreaterThan(SplitParse.MIN_CHARS);
        Crate split = SplitParse.parse(f);
        assertThat(split).isNotNull();
        ParseResult<Crate> whole = Parser.parseWhole(f);
        assertThat(whole.diagnostics().isEmpty()).isTrue();
        assertThat(split).isEqualTo(whole.value());
        assertThat(Parser.parseCrate(f).value()).isEqualTo(whole.value());
    }

    /** A line that starts with an item keyword inside a token, a comment or an item is no place to split. */
    @Test
    void linesInsideATokenACommentOrAnItemAreNotSplitPoints() {
        String[] insides = {
            "const R: &str = r#\"\npub struct InString;\n\"#;\n",
            "/* a comment\npub struct InComment;\n*/\n",
            "mod m {\npub struct InModule;\n}\n",
            "/// a doc comment before the item\npub struct Documented;\n",
            "pub struct Unfinished\npub struct Next;\n",
        };
        for (String inside : insides) {
            String text = "pub struct Before;\n" + inside + "pub struct After;\n";
            SourceFile f = new SourceFile("inside.rs", text);
            int line = text.indexOf('\n', text.indexOf('\n') + 1) + 1; // the inner line
            assertThat(SplitParse.splitPoint(text, line)).as(inside).isEqualTo(line);
            assertThat(SplitParse.parse(f, line)).as(inside).isNull();
            Crate atAfter = SplitParse.parse(f, text.indexOf("pub struct After"));
            if (atAfter != null) {
                assertThat(atAfter).as(inside).isEqualTo(Parser.parseWhole(f).value());
            }
        }
        SourceFile clean = new SourceFile("clean.rs", "pub struct A;\nfn f() {}\npub struct B;\n");
        assertThat(SplitParse.parse(clean, 5)).isEqualTo(Parser.parseWhole(clean).value());
    }

    @Test
    void aSmallFileIsNotSplit() throws IOException {
        assertThat(SplitParse.parse(new SourceFile("s.rs", "pub struct A; pub struct B;"))).isNull();
    }

    /** Errors after the split point: each file is parsed again as a whole, with the whole file's diagnostics. */
    @Test
    void aLargeFileWithAnErrorInEitherPartHasTheWholeFileDiagnostics() throws IOException {
        String[] tails = {
            "pub struct Broken { a: }\n", // parse error
            "#![allow(dead_code)]\npub struct AfterInner;\n", // inner attribute after items
            "pub const C: u8 = { 1 }\npub const D: u8 = 2;\n", // an item not ended where the split is
            "pub struct Open { a: u8\n", // unclosed delimiter
            "pub struct Close { a: u8 }}\n", // unexpected closing delimiter
            "pub const S: &str = \"unterminated;\n", // lexer error
            "pub struct Bad { a: u8 } $\n", // unknown start of token
        };
        for (String tail : tails) {
            for (boolean first : new boolean[] {true, false}) {
                SourceFile f = first ? large(tail, "") : large("", tail);
                assertThat(SplitParse.parse(f)).as(tail).isNull();
                ParseResult<Crate> viaSplit = Parser.parseCrate(f);
                ParseResult<Crate> whole = Parser.parseWhole(f);
                assertThat(whole.diagnostics().isEmpty()).as(tail).isFalse();
                DiagnosticRenderer r = new DiagnosticRenderer(f);
                assertThat(r.renderAll(viaSplit.diagnostics())).as(tail).isEqualTo(r.renderAll(whole.diagnostics()));
                assertThat(viaSplit.value()).as(tail).isEqualTo(whole.value());
            }
        }
    }

    private static SourceFile large(String tail) {
        return large("", tail);
    }

    /** Over MIN_CHARS of varied items, with {@code head} early in the file and {@code tail} at its end. */
    private static SourceFile large(String head, String tail) {
        StringBuilder sb = new StringBuilder("#![allow(unused)]\n//! crate doc\n");
        for (int i = 0; sb.length() < SplitParse.MIN_CHARS + 4096; i++) {
            if (i == 10) {
                sb.append(head);
            }
            sb.append("/// doc ").append(i).append('\n');
            sb.append("#[derive(Clone)] pub struct S").append(i).append(" { a: Option<Box<S").append(i)
                    .append(">>, b: [u8; ").append(i % 7).append("], c: (u16, char) }\n");
            sb.append("pub enum E").append(i).append(" { A(u32), B { x: i8 }, C = 3 }\n");
            sb.append("type T").append(i).append(" = Vec<Option<E").append(i).append(">>;\n");
            sb.append("impl S").append(i).append(" { fn f(&self) -> usize { let v = [1, 2]; v.len() + ")
                    .append(i).append(" } }\n");
            sb.append("macro_rules! m").append(i).append(" { ($x:expr) => { $x + 1 }; }\n");
            sb.append("fn g").append(i).append("() { let s: &str = \"}{;\"; m").append(i).append("!(1); }\n");
            sb.append("const K").append(i).append(": usize = std::mem::size_of::<S").append(i).append(">();\n");
        }
        sb.append(tail);
        return new SourceFile("large.rs", sb.toString());
    }
}
