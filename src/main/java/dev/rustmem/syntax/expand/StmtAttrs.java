package dev.rustmem.syntax.expand;

import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.SourceFile;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Attribute;
import dev.rustmem.syntax.ast.Meta;
import dev.rustmem.syntax.ast.Stmt;
import dev.rustmem.syntax.ast.TokenTree;
import dev.rustmem.syntax.lex.Lexer;
import dev.rustmem.syntax.lex.Token;
import dev.rustmem.syntax.lex.TokenKind;
import dev.rustmem.syntax.parse.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recovers the outer attributes of an expression statement ({@code #[cfg(windows)] f();}),
 * which {@code Stmt.ExprStmt} does not keep: the parser starts the statement's span at its
 * attributes, so the source between the statement's start and its expression's start holds
 * them. Used only for statements written in the source (not produced by a macro), and only when
 * that text is nothing but attributes; otherwise there are none.
 */
final class StmtAttrs {
    private StmtAttrs() {}

    static List<Attribute> of(SourceFile file, Stmt.ExprStmt es) {
        int from = es.span().start();
        int to = es.expr().span().start();
        if (from >= to || to > file.text().length()) {
            return List.of();
        }
        Diagnostics quiet = new Diagnostics();
        List<Token> tokens = new ArrayList<>();
        for (Token t : Lexer.lex(new SourceFile(file.name(), file.text().substring(from, to))).value()) {
            if (!t.is(TokenKind.EOF)) {
                Span s = new Span(t.span().start() + from, t.span().end() + from);
                tokens.add(new Token(t.kind(), t.text(), s));
            }
        }
        List<TokenTree> trees = Parser.toTokenTrees(tokens, quiet);
        List<Attribute> out = new ArrayList<>();
        for (int i = 0; i < trees.size(); i += 2) {
            if (!Trees.isPunct(trees.get(i), TokenKind.POUND) || i + 1 >= trees.size()
                    || !(trees.get(i + 1) instanceof TokenTree.Delimited d)
                    || d.delimiter() != TokenTree.Delimiter.BRACKET) {
                return List.of();
            }
            Optional<Meta> meta = meta(file, d.trees());
            if (meta.isEmpty()) {
                return List.of();
            }
            out.add(new Attribute(false, meta.get(), trees.get(i).span().to(d.span())));
        }
        return quiet.hasErrors() ? List.of() : out;
    }

    private static Optional<Meta> meta(SourceFile file, List<TokenTree> trees) {
        Parser p = new Parser(file, Parser.flatten(trees));
        Meta m = p.parseMeta();
        return p.diagnostics().hasErrors() || !p.atEnd() ? Optional.empty() : Optional.of(m);
    }
}
