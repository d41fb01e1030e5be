package dev.rustmem.syntax.parse;

import static dev.rustmem.syntax.parse.ParseFixtures.fragment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.ast.Meta;
import dev.rustmem.syntax.ast.Stmt;
import dev.rustmem.syntax.ast.TokenTree;
import dev.rustmem.syntax.ast.Visibility;
import dev.rustmem.syntax.lex.Lexer;
import dev.rustmem.syntax.lex.Token;
import dev.rustmem.syntax.lex.TokenKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fragment API used by macro expansion: any token list, with or without EOF. */
class FragmentParserTest {
    private static List<Token> tokensWithoutEof(String src) {
        List<Token> ts = Lexer.lex(new SourceFile("m.rs", src)).value();
        return ts.subList(0, ts.size() - 1);
    }

    @Test
    void parsesAFragmentAndReportsPosition() {
        SourceFile f = new SourceFile("m.rs", "a + 1, rest");
        Parser p = new Parser(f, tokensWithoutEof("a + 1, rest"));
        Expr e = p.parseExpr();
        assertThat(e).isInstanceOf(Expr.Binary.class);
        assertThat(p.position()).isEqualTo(3);
        assertThat(p.atEnd()).isFalse();
        assertThat(p.diagnostics().isEmpty()).isTrue();
    }

    @Test
    void everyEntryPoint() {
        assertThat(fragment("Option<u8>").parseType().span().end()).isEqualTo(10);
        assertThat(fragment("Some(x) | None").parsePat()).isInstanceOf(dev.rustmem.syntax.ast.Pat.OrPat.class);
        assertThat(fragment("fn f() {}").parseItem()).get().isInstanceOf(Item.Fn.class);
        assertThat(fragment("").parseItem()).isEmpty();
        assertThat(fragment("let x = 1;").parseStmt()).isInstanceOf(Stmt.Let.class);
        assertThat(fragment("{ 1 }").parseBlock().tail()).isPresent();
        assertThat(fragment("std::vec::Vec<u8>").parsePath().segments()).hasSize(3);
        assertThat(fragment("pub(crate)").parseVisibility().kind()).isEqualTo(Visibility.Kind.CRATE);
        assertThat(fragment("repr(C)").parseMeta()).isInstanceOf(Meta.ListMeta.class);
        assertThat(fragment("doc = \"x\"").parseMeta()).isInstanceOf(Meta.NameValue.class);
        assertThat(fragment("'a").parseLifetime().name()).isEqualTo("'a");
        assertThat(fragment("struct A; fn b() {} m!{}").parseItemsToEnd()).hasSize(3);
        List<Stmt> stmts = fragment("let a = 1; a + 1").parseStmtsToEnd();
        assertThat(stmts).hasSize(2);
        assertThat(((Stmt.ExprStmt) stmts.get(1)).semi()).isFalse();
    }

    @Test
    void errorsBecomeDiagnosticsAndPlaceholders() {
        Parser p = fragment(";");
        Expr e = p.parseExpr();
        assertThat(e).isEqualTo(new Expr.Tuple(List.of(), e.span()));
        assertThat(p.diagnostics().all()).extracting(d -> d.message()).containsExactly("expected expression, found `;`");
        Parser q = fragment("let");
        assertThat(q.parseItem()).isEmpty();
        assertThat(q.diagnostics().hasErrors()).isTrue();
    }

    @Test
    void tokenTreesRoundTrip() {
        List<Token> toks = tokensWithoutEof("a ( b [ c ] { d } ) e");
        Diagnostics d = new Diagnostics();
        List<TokenTree> trees = Parser.toTokenTrees(toks, d);
        assertThat(d.isEmpty()).isTrue();
        assertThat(trees).hasSize(3);
        TokenTree.Delimited paren = (TokenTree.Delimited) trees.get(1);
        assertThat(paren.delimiter()).isEqualTo(TokenTree.Delimiter.PAREN);
        assertThat(paren.span()).isEqualTo(new dev.rustmem.source.Span(2, 19));
        assertThat(Parser.flatten(trees)).isEqualTo(toks);
    }

    @Test
    void tokenTreeDelimiterErrors() {
        Diagnostics d = new Diagnostics();
        Parser.toTokenTrees(tokensWithoutEof("( ]"), d);
        Parser.toTokenTrees(tokensWithoutEof(")"), d);
        Parser.toTokenTrees(tokensWithoutEof("{ ("), d);
        assertThat(d.all()).extracting(x -> x.message()).containsExactly("mismatched closing delimiter: `]`",
                "unexpected closing delimiter: `)`", "this file contains an unclosed delimiter");
        assertThat(d.all().get(2).secondary()).hasSize(2);
    }

    @Test
    void macroBodiesKeepTokens() {
        Item.MacroRules m = (Item.MacroRules) fragment("macro_rules! sq { ($x:expr) => { $x * $x }; }").parseItem()
                .orElseThrow();
        List<Token> flat = Parser.flatten(List.of(m.body()));
        assertThat(flat.get(0).kind()).isEqualTo(TokenKind.OPEN_BRACE);
        assertThat(flat).extracting(Token::text).contains("$", "x", "expr", "=>", "*");
    }
}
