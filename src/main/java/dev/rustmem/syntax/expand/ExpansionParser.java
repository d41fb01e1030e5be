package dev.rustmem.syntax.expand;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.diag.Label;
import dev.rustmem.source.SourceFile;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.ast.Meta;
import dev.rustmem.syntax.ast.Pat;
import dev.rustmem.syntax.ast.Stmt;
import dev.rustmem.syntax.ast.TokenTree;
import dev.rustmem.syntax.ast.TypeExpr;
import dev.rustmem.syntax.lex.Token;
import dev.rustmem.syntax.parse.Parser;
import java.util.List;
import java.util.Optional;

/**
 * Parses token trees (a macro's expansion, a built-in macro's argument) as the syntax the
 * invocation's position needs. Parse errors are reported and give an empty result; input left
 * over after an expression, type or pattern is rustc's "macro expansion ignores `x` and any
 * tokens following".
 */
final class ExpansionParser {
    private final SourceFile file;
    private final Diagnostics diags;

    ExpansionParser(SourceFile file, Diagnostics diags) {
        this.file = file;
        this.diags = diags;
    }

    /** Where the tokens come from, for the leftover-input error; empty for a built-in's argument. */
    record Origin(String macroName, Span callSpan) {}

    // Each method calls its Parser method itself, not through a method reference: its bootstrap costs a cold run.

    Optional<Expr> expr(List<TokenTree> trees, Optional<Origin> origin) {
        List<Token> tokens = Trees.flatten(trees);
        Parser p = parser(tokens, trees);
        return whole(p, p.parseExpr(), tokens, origin, "expression");
    }

    Optional<TypeExpr> type(List<TokenTree> trees, Optional<Origin> origin) {
        List<Token> tokens = Trees.flatten(trees);
        Parser p = parser(tokens, trees);
        return whole(p, p.parseType(), tokens, origin, "type");
    }

    Optional<Pat> pat(List<TokenTree> trees, Optional<Origin> origin) {
        List<Token> tokens = Trees.flatten(trees);
        Parser p = parser(tokens, trees);
        return whole(p, p.parsePat(), tokens, origin, "pattern");
    }

    Optional<Meta> meta(List<TokenTree> trees) {
        List<Token> tokens = Trees.flatten(trees);
        Parser p = parser(tokens, trees);
        return whole(p, p.parseMeta(), tokens, Optional.empty(), "meta item");
    }

    Optional<List<Stmt>> stmts(List<TokenTree> trees) {
        Parser p = parser(Trees.flatten(trees), trees);
        List<Stmt> stmts = p.parseStmtsToEnd();
        return report(p) ? Optional.empty() : Optional.of(stmts);
    }

    /** Items up to the end; a token where no item can start is rustc's "macro expansion ignores". */
    Optional<List<Item>> items(List<TokenTree> trees, Optional<Origin> origin) {
        List<Token> tokens = Trees.flatten(trees);
        Parser p = parser(tokens, trees);
        List<Item> items = new java.util.ArrayList<>();
        while (!p.atEnd()) {
            int before = p.position();
            Optional<Item> item = p.parseItem();
            if (p.diagnostics().hasErrors() && p.position() == before && before < tokens.size()) {
                ignores(tokens.get(before), origin, "item");
                return Optional.empty();
            }
            if (report(p)) {
                return Optional.empty();
            }
            if (item.isEmpty()) {
                break;
            }
            items.add(item.get());
        }
        return Optional.of(items);
    }

    /** Parses a pattern from a prefix of the tokens; the second value is the number of tokens consumed. */
    Optional<Prefix<Pat>> patPrefix(List<Token> tokens) {
        Parser p = parser(tokens, List.of());
        Pat value = p.parsePat();
        return report(p) ? Optional.empty() : Optional.of(new Prefix<>(value, p.position()));
    }

    record Prefix<T>(T value, int consumed) {}

    /** {@code value}, which {@code p} parsed from all of {@code tokens}, unless that failed or left input over. */
    private <T> Optional<T> whole(Parser p, T value, List<Token> tokens, Optional<Origin> origin, String context) {
        if (report(p)) {
            return Optional.empty();
        }
        if (!p.atEnd() && p.position() < tokens.size()) {
            ignores(tokens.get(p.position()), origin, context);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private void ignores(Token extra, Optional<Origin> origin, String context) {
        Diagnostic d = Diagnostic.error("macro expansion ignores " + describe(extra) + " and any tokens following",
                extra.span(), "");
        if (origin.isPresent()) {
            d = d.withSecondary(new Label(origin.get().callSpan(), "caused by the macro expansion here"))
                    .withNote("the usage of `" + origin.get().macroName() + "!` is likely invalid in " + context
                            + " context");
        }
        diags.add(d);
    }

    private static String describe(Token t) {
        if (t.is(dev.rustmem.syntax.lex.TokenKind.OPEN_PAREN) && t.text().isEmpty()) {
            return "`expr` metavariable"; // an invisible group (see Trees)
        }
        return t.kind().isKeyword() ? "keyword `" + t.text() + "`" : "`" + t.text() + "`";
    }

    /** @param tokens the flattened {@code trees} */
    private Parser parser(List<Token> tokens, List<TokenTree> trees) {
        return new Parser(file, ParserFragments.withEof(tokens, trees));
    }

    /** Moves the parser's diagnostics to ours; true if there were errors. */
    private boolean report(Parser p) {
        diags.addAll(p.diagnostics());
        return p.diagnostics().hasErrors();
    }
}
