package dev.rustmem.syntax.expand;

import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.ast.Pat;
import dev.rustmem.syntax.ast.Stmt;
import dev.rustmem.syntax.ast.TokenTree;
import dev.rustmem.syntax.ast.TypeExpr;
import java.util.List;
import java.util.Optional;

/**
 * The syntax a macro's expansion is parsed as, from the invocation's position (rustc's
 * {@code AstFragmentKind}), with what {@link Hygiene} needs to know about it. One small class per
 * kind rather than lambdas passed along: a lambda's bootstrap costs every cold run.
 */
abstract class ExpansionKind<T> {
    final ExpansionParser parser;
    /** The invocation, for the leftover-input error. */
    final Optional<ExpansionParser.Origin> origin;

    private ExpansionKind(ExpansionParser parser, Optional<ExpansionParser.Origin> origin) {
        this.parser = parser;
        this.origin = origin;
    }

    /** Parses the transcribed trees; empty after a reported error. */
    abstract Optional<T> parse(List<TokenTree> trees);

    /** The parsed expansion rewritten by {@code r} (also how a rewriter visits it, to find its bindings). */
    abstract T rewrite(AstRewriter r, T parsed);

    /** The top-level statements, whose {@code let}s leak into the caller's block (none but for statements). */
    List<Stmt> statements(T parsed) {
        return List.of();
    }

    static final class Items extends ExpansionKind<List<Item>> {
        Items(ExpansionParser parser, Optional<ExpansionParser.Origin> origin) {
            super(parser, origin);
        }

        @Override
        Optional<List<Item>> parse(List<TokenTree> trees) {
            return parser.items(trees, origin);
        }

        @Override
        List<Item> rewrite(AstRewriter r, List<Item> parsed) {
            return r.items(parsed);
        }
    }

    static final class Stmts extends ExpansionKind<List<Stmt>> {
        Stmts(ExpansionParser parser) {
            super(parser, Optional.empty());
        }

        @Override
        Optional<List<Stmt>> parse(List<TokenTree> trees) {
            return parser.stmts(trees);
        }

        @Override
        List<Stmt> rewrite(AstRewriter r, List<Stmt> parsed) {
            return r.stmts(parsed);
        }

        @Override
        List<Stmt> statements(List<Stmt> parsed) {
            return parsed;
        }
    }

    static final class Expression extends ExpansionKind<Expr> {
        Expression(ExpansionParser parser, Optional<ExpansionParser.Origin> origin) {
            super(parser, origin);
        }

        @Override
        Optional<Expr> parse(List<TokenTree> trees) {
            return parser.expr(trees, origin);
        }

        @Override
        Expr rewrite(AstRewriter r, Expr parsed) {
            return r.expr(parsed);
        }
    }

    static final class Type extends ExpansionKind<TypeExpr> {
        Type(ExpansionParser parser, Optional<ExpansionParser.Origin> origin) {
            super(parser, origin);
        }

        @Override
        Optional<TypeExpr> parse(List<TokenTree> trees) {
            return parser.type(trees, origin);
        }

        @Override
        TypeExpr rewrite(AstRewriter r, TypeExpr parsed) {
            return r.type(parsed);
        }
    }

    static final class Pattern extends ExpansionKind<Pat> {
        Pattern(ExpansionParser parser, Optional<ExpansionParser.Origin> origin) {
            super(parser, origin);
        }

        @Override
        Optional<Pat> parse(List<TokenTree> trees) {
            return parser.pat(trees, origin);
        }

        @Override
        Pat rewrite(AstRewriter r, Pat parsed) {
            return r.pat(parsed);
        }
    }
}
