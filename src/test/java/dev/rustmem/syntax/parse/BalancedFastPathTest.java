package dev.rustmem.syntax.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.lex.Lexer;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A whole file whose delimiters balance is parsed with fast paths (attributes and macro groups read
 * straight from the cursor); a token list takes the general path (token trees, then
 * {@link MetaParser}). Both must give the same items and diagnostics.
 */
class BalancedFastPathTest {
    private static final String SRC = String.join("\n",
            "/// Outer doc with \"quotes\" and \\ backslash",
            "#[derive(Clone, Copy, Debug,)]",
            "#[repr(C)] #[repr()] #[repr(u8, align(8))] #[inline] #[cfg(not(test))]",
            "#[path = \"x.rs\"] #[a = 1] #[b = true] #[c = -1] #[d = \"\\q\"] #[e::f] #[g(1, h)] #[i(,)]",
            "#[unsafe(no_mangle)] #[j(k l)] #[m = n] #[doc = concat!(\"a\", \"b\")] #[r#type(r#struct)]",
            "pub struct S { #[serde(rename = \"x\")] pub a: u8 }",
            "m! { #[x] fn f() {} }",
            "macro_rules! mm { ($a:expr) => { [$a, ( $a )] }; }",
            "fn g() { #[allow(unused)] let x = [1, 2]; h!(x, {y}); }",
            "/** block doc */ enum E { #[default] A, #[doc = \"v\"] B(u8) }");

    private static List<String> rendered(List<Diagnostic> ds) {
        return ds.stream().map(Diagnostic::toString).collect(Collectors.toList());
    }

    @Test
    void attributeAndGroupFastPathsMatchTheTokenTreePath() {
        SourceFile f = new SourceFile("attrs.rs", SRC);
        ParseResult<Crate> fast = Parser.parseCrate(f);
        Parser general = new Parser(f, Lexer.lex(f).value());
        assertThat(fast.value().items()).isEqualTo(general.parseItemsToEnd());
        assertThat(rendered(fast.diagnostics().all())).isEqualTo(rendered(general.diagnostics().all()));
        assertThat(fast.value().items()).hasSize(5);
    }
}
