package dev.rustmem.syntax.parse;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.syntax.ast.Attribute;
import dev.rustmem.syntax.ast.Block;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.Pat;
import dev.rustmem.syntax.ast.Stmt;
import dev.rustmem.syntax.ast.TokenTree;
import dev.rustmem.syntax.ast.TypeExpr;
import dev.rustmem.syntax.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Blocks and statements (rustc_parse::parser::stmt). A block-like expression at the start of a
 * statement ({@code if}, {@code match}, loops, blocks, {@code m!{..}}) ends the statement without
 * {@code ;} unless {@code .} or {@code ?} continues it; a final expression without {@code ;}
 * becomes the block's tail.
 */
final class BlockParser extends SubParser {
    BlockParser(Grammar g) {
        super(g);
    }

    /** {@code { inner-attrs stmts tail }}; inner attributes are appended to {@code innerOut}. */
    Block block(List<Attribute> innerOut) {
        int start = c.start();
        if (!c.at(TokenKind.OPEN_BRACE)) {
            // rustc's error_block_no_opening_brace ignores the other expectations
            throw c.error("expected `{`, found " + Describe.token(c.peek()), c.peek().span(), "expected `{`");
        }
        c.bump();
        boolean old = g.noStruct;
        boolean oldOptional = g.bodyOptional;
        g.noStruct = false;
        g.bodyOptional = false;
        try {
            innerOut.addAll(g.attrs.inner());
            List<Stmt> stmts = stmtsUntilClose();
            c.expect(TokenKind.CLOSE_BRACE);
            Optional<Expr> tail = takeTail(stmts);
            return new Block(stmts, tail, span(start));
        } finally {
            g.noStruct = old;
            g.bodyOptional = oldOptional;
        }
    }

    /** Removes and returns the final expression statement without {@code ;} (but not a {@code m!{..}} call). */
    static Optional<Expr> takeTail(List<Stmt> stmts) {
        if (stmts.isEmpty()) {
            return Optional.empty();
        }
        Stmt last = stmts.get(stmts.size() - 1);
        if (last instanceof Stmt.ExprStmt es && !es.semi() && !isBraceMacro(es.expr())) {
            stmts.remove(stmts.size() - 1);
            return Optional.of(es.expr());
        }
        return Optional.empty();
    }

    List<Stmt> stmtsUntilClose() {
        List<Stmt> out = new ArrayList<>();
        while (!c.atEof() && !c.at(TokenKind.CLOSE_BRACE)) {
            int from = c.position();
            int depth = c.depth();
            int mark = lists.mark();
            try {
                out.add(stmt());
            } catch (ParseError e) {
                c.resetDepth(depth);
                lists.reset(mark);
                Recovery.synchronize(c, from, true);
            }
        }
        return out;
    }

    Stmt stmt() {
        int start = c.start();
        if (c.at(TokenKind.SEMI)) {
            c.bump();
            return new Stmt.Empty(span(start));
        }
        List<Attribute> attrs = g.attrs.outer();
        if (c.at(TokenKind.KW_LET)) {
            return let(attrs, start);
        }
        if (g.items.atItemStart()) {
            return new Stmt.ItemStmt(g.items.itemAfterAttrs(attrs, start));
        }
        Expr e = stmtLikeExpr();
        if (c.eat(TokenKind.SEMI)) {
            return new Stmt.ExprStmt(e, true, span(start));
        }
        if (c.at(TokenKind.CLOSE_BRACE) || c.atEof() || isBlockLike(e)) {
            return new Stmt.ExprStmt(e, false, span(start));
        }
        c.expect("`.`");
        c.check(TokenKind.SEMI);
        c.expect("`?`");
        c.check(TokenKind.CLOSE_BRACE);
        c.expect("an operator");
        throw c.unexpected();
    }

    private Stmt let(List<Attribute> attrs, int start) {
        c.expect(TokenKind.KW_LET);
        int patStart = c.start();
        boolean leadingVert = c.at(TokenKind.OR);
        Pat pat = g.pats.pat();
        if (pat instanceof Pat.OrPat || leadingVert) {
            c.report(Diagnostic.error("`let` bindings require top-level or-patterns in parentheses", span(patStart), "")
                    .withHelp("wrap the pattern in parentheses"));
        }
        Optional<TypeExpr> ty = Optional.empty();
        if (c.eat(TokenKind.COLON)) {
            ty = Optional.of(g.types.type());
        }
        Optional<Expr> init = Optional.empty();
        Optional<Block> elseBlock = Optional.empty();
        if (c.eat(TokenKind.EQ)) {
            init = Optional.of(g.exprs.expr());
            if (c.eat(TokenKind.KW_ELSE)) {
                elseBlock = Optional.of(block(new ArrayList<>()));
            }
        }
        if (!c.eat(TokenKind.SEMI)) {
            if (init.isPresent()) {
                c.expect("`.`");
                c.expect("`?`");
                c.check(TokenKind.KW_ELSE);
                c.expect("an operator");
            }
            throw c.unexpected();
        }
        return new Stmt.Let(attrs, pat, ty, init, elseBlock, span(start));
    }

    /**
     * An expression in statement position (also a match arm body): a block-like head ends the
     * expression unless a method call, field access or {@code ?} continues it.
     */
    Expr stmtLikeExpr() {
        if (!atBlockLikeStart() && !atBraceMacro()) {
            return g.exprs.expr();
        }
        Expr head = g.primary.primary();
        if (c.at(TokenKind.DOT) || c.at(TokenKind.QUESTION)) {
            return g.exprs.continueFrom(g.postfix.postfix(head));
        }
        return head;
    }

    private boolean atBlockLikeStart() {
        TokenKind k = c.kind();
        TokenKind k1 = c.kind(1);
        return k == TokenKind.OPEN_BRACE || k == TokenKind.KW_IF || k == TokenKind.KW_MATCH || k == TokenKind.KW_LOOP
                || k == TokenKind.KW_WHILE || k == TokenKind.KW_FOR
                || ((k == TokenKind.KW_UNSAFE || k == TokenKind.KW_CONST) && k1 == TokenKind.OPEN_BRACE)
                || (k == TokenKind.LIFETIME && k1 == TokenKind.COLON);
    }

    /** {@code path!{..}} ahead. */
    private boolean atBraceMacro() {
        int i = c.at(TokenKind.PATH_SEP) ? 1 : 0;
        while (i < 64 && isPathSegmentStart(c.kind(i))) {
            TokenKind next = c.kind(i + 1);
            if (next == TokenKind.NOT) {
                return c.kind(i + 2) == TokenKind.OPEN_BRACE;
            }
            if (next != TokenKind.PATH_SEP) {
                return false;
            }
            i += 2;
        }
        return false;
    }

    /** rustc's classify::expr_requires_semi_to_be_stmt, negated. */
    static boolean isBlockLike(Expr e) {
        if (e instanceof Expr.BlockExpr b) {
            return b.kind() != Expr.BlockKind.ASYNC && b.kind() != Expr.BlockKind.ASYNC_MOVE;
        }
        return e instanceof Expr.If || e instanceof Expr.Match || e instanceof Expr.While || e instanceof Expr.Loop
                || e instanceof Expr.For || isBraceMacro(e);
    }

    static boolean isBraceMacro(Expr e) {
        return e instanceof Expr.MacroCall m && m.mac().delimiter() == TokenTree.Delimiter.BRACE;
    }
}
