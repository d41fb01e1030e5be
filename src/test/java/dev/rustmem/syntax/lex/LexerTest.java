package dev.rustmem.syntax.lex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.diag.DiagnosticRenderer;
import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.parse.ParseResult;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LexerTest {
    private static ParseResult<List<Token>> lexed(String src) {
        return Lexer.lex(new SourceFile("demo.rs", src));
    }

    /** Tokens as {@code KIND:text}, EOF excluded; fails on diagnostics. */
    private static String tokens(String src) {
        ParseResult<List<Token>> r = lexed(src);
        assertThat(errors(src)).isEmpty();
        List<Token> ts = r.value();
        assertThat(ts.get(ts.size() - 1).kind()).isEqualTo(TokenKind.EOF);
        return ts.subList(0, ts.size() - 1).stream().map(t -> t.kind() + ":" + t.text())
                .collect(Collectors.joining(" "));
    }

    private static List<String> errors(String src) {
        SourceFile f = new SourceFile("demo.rs", src);
        DiagnosticRenderer r = new DiagnosticRenderer(f);
        return Lexer.lex(f).diagnostics().sorted().stream().map(r::located).collect(Collectors.toList());
    }

    @Test
    void keywordKindsAreExactlyTheKwConstants() {
        for (TokenKind k : TokenKind.values()) {
            assertThat(k.isKeyword()).as(k.name()).isEqualTo(k.name().startsWith("KW_"));
        }
    }

    @Test
    void longTokensKeepTheirSpans() {
        String longText = "x".repeat(300);
        String src = "/// " + longText + "\nconst A: &str = \"" + longText + "\"; fn " + longText + "() {} /** " + longText
                + " */ struct S;";
        SourceFile f = new SourceFile("long.rs", src);
        TokenBuffer b = Lexer.lexBuffer(f).value();
        for (int i = 0; i < b.size(); i++) {
            Token t = b.token(i);
            assertThat(b.end(i)).isEqualTo(t.span().end());
            if (t.is(TokenKind.STR_LIT) && !t.text().startsWith("\" ")) {
                assertThat(f.slice(t.span())).isEqualTo(t.text());
            }
            if (t.is(TokenKind.IDENT) && t.text().length() > 255) {
                assertThat(t.span().length()).isEqualTo(300);
            }
        }
        assertThat(b.span(0)).isEqualTo(new dev.rustmem.source.Span(0, 304));
        assertThat(b.token(b.size() - 1).span().start()).isEqualTo(src.length());
    }

    @Test
    void lexerKnowsWhetherDelimitersBalance() {
        for (String ok : List.of("", "([]{})", "fn f() { g([1], {2}) }", "/// doc\n#[a(b)] struct S;")) {
            assertThat(Lexer.lexBuffer(new SourceFile("ok.rs", ok)).value().delimitersBalanced()).as(ok).isTrue();
        }
        for (String bad : List.of("(", ")", "(]", "{ ( }", "[ ] ]", "} {")) {
            assertThat(Lexer.lexBuffer(new SourceFile("bad.rs", bad)).value().delimitersBalanced()).as(bad).isFalse();
        }
    }

    @Test
    void bufferAndTokenListAgree() {
        SourceFile f = new SourceFile("demo.rs", "/// doc\nfn r#fn<'a>(x: &'a u8) -> b\"x\" { 1.5e3 + 0x1f >>= café }");
        TokenBuffer b = Lexer.lexBuffer(f).value();
        List<Token> ts = Lexer.lex(f).value();
        assertThat(b.size()).isEqualTo(ts.size());
        for (int i = 0; i < ts.size(); i++) {
            assertThat(b.token(i)).isEqualTo(ts.get(i));
            assertThat(b.span(i)).isEqualTo(ts.get(i).span());
        }
        assertThat(ts.get(ts.size() - 1).kind()).isEqualTo(TokenKind.EOF);
    }

    @Test
    void identifiersKeywordsAndRawIdentifiers() {
        assertThat(tokens("fn r#fn union _x _ café r#match gen async"))
                .isEqualTo("KW_FN:fn IDENT:fn IDENT:union IDENT:_x UNDERSCORE:_ IDENT:café IDENT:match KW_GEN:gen "
                        + "KW_ASYNC:async");
    }

    @Test
    void lifetimesAreNotCharLiterals() {
        assertThat(tokens("'a 'static 'a' '\\n' '\\u{1F980}' '_ '\\''"))
                .isEqualTo("LIFETIME:'a LIFETIME:'static CHAR_LIT:'a' CHAR_LIT:'\\n' CHAR_LIT:'\\u{1F980}' "
                        + "LIFETIME:'_ CHAR_LIT:'\\''");
        assertThat(tokens("&'a T")).isEqualTo("AND:& LIFETIME:'a IDENT:T");
    }

    @Test
    void numbersFloatsRangesAndMethodCalls() {
        assertThat(tokens("1.0 1e10 1.5E-3f32 2. 0x1F_u8 0o17 0b1010 1_000usize"))
                .isEqualTo("FLOAT_LIT:1.0 FLOAT_LIT:1e10 FLOAT_LIT:1.5E-3f32 FLOAT_LIT:2. INT_LIT:0x1F_u8 "
                        + "INT_LIT:0o17 INT_LIT:0b1010 INT_LIT:1_000usize");
        assertThat(tokens("2.foo()")).isEqualTo("INT_LIT:2 DOT:. IDENT:foo OPEN_PAREN:( CLOSE_PAREN:)");
        assertThat(tokens("1..2")).isEqualTo("INT_LIT:1 DOT_DOT:.. INT_LIT:2");
        assertThat(tokens("x.0.1")).isEqualTo("IDENT:x DOT:. FLOAT_LIT:0.1");
        assertThat(tokens("1f64 1e")).isEqualTo("INT_LIT:1f64 INT_LIT:1e");
    }

    @Test
    void stringsOfEveryKind() {
        assertThat(tokens("\"a\\\"b\" r#\"x\"y\"# b\"by\" br\"raw\" c\"c\" cr#\"rc\"# b'x'"))
                .isEqualTo("STR_LIT:\"a\\\"b\" RAW_STR_LIT:r#\"x\"y\"# BYTE_STR_LIT:b\"by\" RAW_BYTE_STR_LIT:br\"raw\" "
                        + "C_STR_LIT:c\"c\" RAW_C_STR_LIT:cr#\"rc\"# BYTE_LIT:b'x'");
    }

    @Test
    void greedyPunctuationButNotLeftArrow() {
        assertThat(tokens(">>= <<= ... ..= :: -> => == != && || >> x<-1"))
                .isEqualTo("SHR_EQ:>>= SHL_EQ:<<= DOT_DOT_DOT:... DOT_DOT_EQ:..= PATH_SEP::: R_ARROW:-> FAT_ARROW:=> "
                        + "EQ_EQ:== NE:!= AND_AND:&& OR_OR:|| SHR:>> IDENT:x LT:< MINUS:- INT_LIT:1");
    }

    @Test
    void commentsVanishAndDocCommentsBecomeDocAttributes() {
        assertThat(tokens("a // c\n/* x /* nested */ y */ b //// not doc\n/**/ c"))
                .isEqualTo("IDENT:a IDENT:b IDENT:c");
        assertThat(tokens("/// Hi \"x\"\nfn"))
                .isEqualTo("POUND:# OPEN_BRACKET:[ IDENT:doc EQ:= STR_LIT:\" Hi \\\"x\\\"\" CLOSE_BRACKET:] KW_FN:fn");
        assertThat(tokens("//! inner")).isEqualTo("POUND:# NOT:! OPEN_BRACKET:[ IDENT:doc EQ:= STR_LIT:\" inner\" "
                + "CLOSE_BRACKET:]");
        assertThat(tokens("/** block */")).startsWith("POUND:# OPEN_BRACKET:[ IDENT:doc EQ:= STR_LIT:\" block \"");
    }

    @Test
    void shebangIsSkippedButInnerAttributeIsNot() {
        assertThat(tokens("#!/usr/bin/env run\nfn")).isEqualTo("KW_FN:fn");
        assertThat(tokens("#![allow(x)]")).startsWith("POUND:# NOT:! OPEN_BRACKET:[");
    }

    @Test
    void spansAreCharOffsets() {
        List<Token> ts = lexed("ab  'x'").value();
        assertThat(ts.get(0).span().start()).isEqualTo(0);
        assertThat(ts.get(0).span().end()).isEqualTo(2);
        assertThat(ts.get(1).span().start()).isEqualTo(4);
        assertThat(ts.get(1).span().end()).isEqualTo(7);
        assertThat(ts.get(2).span().start()).isEqualTo(7);
    }

    @Test
    void errorsUseRustcWordingAndCodes() {
        assertThat(errors("fn main() {\n    let s = \"abc;\n}\n"))
                .containsExactly("demo.rs:2:13: error[E0765]: unterminated double quote string");
        assertThat(errors("let c = b\"abc")).containsExactly("demo.rs:1:9: error[E0766]: unterminated double quote byte string");
        assertThat(errors("x /* a /* b */")).containsExactly("demo.rs:1:3: error[E0758]: unterminated block comment");
        assertThat(errors("let c = r#\"abc")).containsExactly("demo.rs:1:9: error[E0748]: unterminated raw string");
        assertThat(errors("let c = '\\n")).containsExactly("demo.rs:1:9: error[E0762]: unterminated character literal");
        assertThat(errors("let c = b'a")).containsExactly("demo.rs:1:9: error[E0763]: unterminated byte constant");
        assertThat(errors("let c = € + " + new String(Character.toChars(0x1F980)) + ";"))
                .containsExactly("demo.rs:1:9: error: unknown start of token: \\u{20ac}",
                        "demo.rs:1:13: error: unknown start of token: \\u{1f980}");
    }

    @Test
    void alwaysEndsWithOneEof() {
        for (String s : new String[] {"", "\"", "'", "/*", "r#", "0x", "b'", "\u0000\u0001"}) {
            List<Token> ts = lexed(s).value();
            assertThat(ts.stream().filter(t -> t.is(TokenKind.EOF)).count()).as(s).isEqualTo(1);
            assertThat(ts.get(ts.size() - 1).kind()).isEqualTo(TokenKind.EOF);
        }
    }
}
