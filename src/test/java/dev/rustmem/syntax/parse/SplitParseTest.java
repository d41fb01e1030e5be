package dev.rustmem.syntax.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.Crate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Large files parsed in two halves give exactly the serial result, diagnostics included. */
class SplitParseTest {
    /** Varied items (attributes, doc comments, generics, bodies, impls, macros) until the text is large. */
    private static String generated(int minChars) {
        StringBuilder sb = new StringBuilder("#![allow(dead_code)]\n//! crate docs\n");
        for (int i = 0; sb.length() < minChars; i++) {
            sb.append("/// Item ").append(i).append(" with a doc comment;\n")
                    .append("#[derive(Clone, Copy)]\n#[repr(C)]\n")
                    .append("pub struct S").append(i).append("<'a, T: Copy + 'a, const N: usize = 2> where T: Default {\n")
                    .append("    pub a: &'a [T; N],\n    b: Option<Box<dyn Fn(u8) -> Vec<Vec<T>>>>,\n}\n")
                    .append("pub enum E").append(i).append(" { V0, V1(u8, (i32, f64)), V2 { x: u16 } = 3, }\n")
                    .append("type A").append(i).append(" = std::collections::HashMap<String, S").append(i)
                    .append("<'static, u8>>;\n")
                    .append("impl<T> Tr for S").append(i).append("<'_, T> where T: Copy {\n")
                    .append("    fn f(&self, x: u32) -> u32 { let y = x >> 2; if y > 1 { y * 3 } else { 0 } }\n}\n")
                    .append("fn g").append(i).append("() { m!(1, \"two\", [3]); let _ = 'c'; let r = r#\"raw\"#; }\n")
                    .append("macro_rules! mm").append(i).append(" { ($a:expr) => { $a + 1 }; }\n")
                    .append("const C").append(i).append(": [u8; 4] = [1, 2, 3, 4];\n");
        }
        return sb.toString();
    }

    private static String stdModel() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String name : List.of("core", "alloc", "hashbrown", "std")) {
            try (InputStream in = SplitParseTest.class.getResourceAsStream("/dev/rustmem/std/" + name + ".rs")) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                // inner doc comments are only allowed at the start of a file
                sb.append(text.lines().filter(l -> !l.startsWith("//!")).collect(Collectors.joining("\n")))
                        .append('\n');
            }
        }
        return sb.toString();
    }

    private static List<String> diagnostics(ParseResult<Crate> r) {
        return r.diagnostics().all().stream().map(Diagnostic::toString).collect(Collectors.toList());
    }

    private static void assertSameAsSerial(SourceFile f) {
        ParseResult<Crate> parsed = Parser.parseCrate(f);
        ParseResult<Crate> serial = Parser.parseCrateSerially(f);
        assertThat(parsed.value()).isEqualTo(serial.value());
        assertThat(diagnostics(parsed)).isEqualTo(diagnostics(serial));
    }

    @Test
    void largeGeneratedFileIsSplitAndEqualsTheSerialParse() {
        SourceFile f = new SourceFile("big.rs", generated(SplitParse.MIN_CHARS + 1000));
        assertThat(SplitParse.tryParse(f)).as("split taken").isNotNull();
        assertSameAsSerial(f);
        assertThat(Parser.parseCrate(f).value().items()).hasSizeGreaterThan(1000);
        assertThat(Parser.parseCrate(f).diagnostics().isEmpty()).isTrue();
    }

    @Test
    void stdModelRepeatedEqualsTheSerialParse() throws IOException {
        String std = stdModel();
        SourceFile f = new SourceFile("std-x.rs", std.repeat(SplitParse.MIN_CHARS / std.length() + 2));
        assertThat(Parser.parseCrateSerially(f).diagnostics().isEmpty()).isTrue();
        assertThat(SplitParse.tryParse(f)).as("split taken").isNotNull();
        assertSameAsSerial(f);
    }

    @Test
    void errorsInEitherHalfFallBackToTheSerialParse() {
        String big = generated(SplitParse.MIN_CHARS + 1000);
        for (String broken : List.of(big + "struct Broken {\n", big + "fn h() { let = ; }\n",
                "struct X { a: }\n" + big, big + "#![inner_too_late]\n", big.replace("pub enum E9 ", "pub enum E9 ::"))) {
            SourceFile f = new SourceFile("broken.rs", broken);
            assertThat(SplitParse.tryParse(f)).isNull();
            assertSameAsSerial(f);
            assertThat(Parser.parseCrate(f).diagnostics().hasErrors()).isTrue();
        }
    }

    @Test
    void splitInsideACommentOrStringIsDetected() {
        String half = generated(SplitParse.MIN_CHARS / 2 + 1000);
        for (String wrap : List.of("/*\n", "const S: &str = \"\n", "const R: &str = r#\"\n")) {
            String close = wrap.startsWith("/*") ? "*/\n" : wrap.contains("r#") ? "\"#;\n" : "\";\n";
            SourceFile f = new SourceFile("wrapped.rs", half + wrap + "fn a() {}\n" + half.replace("\"", "'")
                    .replace("#", "") + close + half);
            assertThat(SplitParse.tryParse(f)).isNull();
            assertSameAsSerial(f);
        }
    }
}
