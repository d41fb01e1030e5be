package dev.rustmem.syntax.parse;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.syntax.ast.Arm;
import dev.rustmem.syntax.ast.Attribute;
import dev.rustmem.syntax.ast.Block;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.Lifetime;
import dev.rustmem.syntax.ast.Pat;
import dev.rustmem.syntax.ast.TypeExpr;
import dev.rustmem.syntax.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Control-flow expressions: {@code if} (with let chains), {@code match}, loops with labels,
 * {@code break}/{@code continue}/{@code return}, {@code let} conditions and closures.
 */
final class ControlParser extends SubParser {
    ControlParser(Grammar g) {
        super(g);
    }

    /** The control-flow expression at the cursor, or null if none starts here. */
    Expr tryControl() {
        int start = c.start();
        switch (c.kind()) {
            case KW_IF:
                return ifExpr();
            case KW_MATCH:
                return matchExpr();
            case KW_WHILE:
                return whileExpr(Optional.empty(), start);
            case KW_LOOP:
                return loopExpr(Optional.empty(), start);
            case KW_FOR:
                return forExpr(Optional.empty(), start);
            case KW_RETURN: {
                c.bump();
                Optional<Expr> value = valueIfAny();
                return new Expr.Return(value, span(start));
            }
            case KW_BREAK: {
                c.bump();
                Optional<Lifetime> label = c.at(TokenKind.LIFETIME) ? Optional.of(lifetime()) : Optional.empty();
                Optional<Expr> value = valueIfAny();
                return new Expr.Break(label, value, span(start));
            }
            case KW_CONTINUE: {
                c.bump();
                Optional<Lifetime> label = c.at(TokenKind.LIFETIME) ? Optional.of(lifetime()) : Optional.empty();
                return new Expr.Continue(label, span(start));
            }
            case KW_LET:
                return letExpr();
            default:
                return null;
        }
    }

    private Optional<Expr> valueIfAny() {
        if (ExprParser.canBeginExpr(c.peek()) && !(c.at(TokenKind.OPEN_BRACE) && g.noStruct)) {
            return Optional.of(g.exprs.expr());
        }
        return Optional.empty();
    }

    /** {@code 'label: loop/while/for/{..}}. */
    Expr labeled() {
        int start = c.start();
        Lifetime label = lifetime();
        c.expect(TokenKind.COLON);
        Optional<Lifetime> l = Optional.of(label);
        switch (c.kind()) {
            case KW_WHILE:
                return whileExpr(l, start);
            case KW_LOOP:
                return loopExpr(l, start);
            case KW_FOR:
                return forExpr(l, start);
            case OPEN_BRACE:
                return g.primary.labeledBlock(label, start);
            default:
                throw c.error("expected `while`, `for`, `loop` or `{` after a label", c.peek().span(),
                        "expected `while`, `for`, `loop` or `{` after a label");
        }
    }

    private Expr ifExpr() {
        int start = c.start();
        c.expect(TokenKind.KW_IF);
        Expr cond = g.exprs.condition();
        Block then = g.blocks.block(new ArrayList<>());
        Optional<Expr> otherwise = Optional.empty();
        if (c.eat(TokenKind.KW_ELSE)) {
            if (c.at(TokenKind.KW_IF)) {
                otherwise = Optional.of(ifExpr());
            } else {
                c.check(TokenKind.KW_IF);
                otherwise = Optional.of(g.primary.blockExpr());
            }
        }
        return new Expr.If(cond, then, otherwise, span(start));
    }

    /** {@code let pat = scrutinee}; the scrutinee binds tighter than {@code &&} so let chains split there. */
    private Expr letExpr() {
        int start = c.start();
        if (!g.letAllowed) {
            c.report(Diagnostic.error("expected expression, found `let` statement", c.peek().span(), "")
                    .withNote("only supported directly in conditions of `if` and `while` expressions"));
        }
        c.expect(TokenKind.KW_LET);
        Pat pat = g.pats.pat();
        c.expect(TokenKind.EQ);
        Expr scrutinee = g.exprs.binary(ExprParser.PREC_COMPARE);
        return new Expr.Let(pat, scrutinee, span(start));
    }

    private Expr matchExpr() {
        int start = c.start();
        c.expect(TokenKind.KW_MATCH);
        Expr scrutinee = g.exprs.exprNoStruct();
        c.expect(TokenKind.OPEN_BRACE);
        g.attrs.inner();
        List<Arm> arms = new ArrayList<>();
        while (!c.check(TokenKind.CLOSE_BRACE) && !c.atEof()) {
            arms.add(arm());
        }
        c.expect(TokenKind.CLOSE_BRACE);
        return new Expr.Match(scrutinee, arms, span(start));
    }

    private Arm arm() {
        int start = c.start();
        List<Attribute> attrs = g.attrs.outer();
        Pat pat = g.pats.pat();
        Optional<Expr> guard = Optional.empty();
        if (c.eat(TokenKind.KW_IF)) {
            guard = Optional.of(g.exprs.exprAllowStruct());
        } else {
            c.check(TokenKind.KW_IF);
        }
        if (guard.isEmpty() && (c.at(TokenKind.COMMA) || c.at(TokenKind.CLOSE_BRACE))) {
            // rustc recovers a pattern without `=> body` (parse_arm's "arm with no body")
            c.report(Diagnostic.error("`match` arm with no body", pat.span(), "")
                    .withHelp("add a body after the pattern"));
            c.eat(TokenKind.COMMA);
            return new Arm(attrs, pat, guard, new Expr.Tuple(List.of(), pat.span()), span(start));
        }
        c.expect(TokenKind.FAT_ARROW);
        boolean old = g.noStruct;
        g.noStruct = false;
        Expr body;
        try {
            body = g.blocks.stmtLikeExpr();
        } finally {
            g.noStruct = old;
        }
        if (BlockParser.isBlockLike(body)) {
            c.eat(TokenKind.COMMA);
        } else if (!c.at(TokenKind.CLOSE_BRACE)) {
            c.check(TokenKind.CLOSE_BRACE);
            c.expect(TokenKind.COMMA);
        }
        return new Arm(attrs, pat, guard, body, span(start));
    }

    private Expr whileExpr(Optional<Lifetime> label, int start) {
        c.expect(TokenKind.KW_WHILE);
        Expr cond = g.exprs.condition();
        Block body = g.blocks.block(new ArrayList<>());
        return new Expr.While(label, cond, body, span(start));
    }

    private Expr loopExpr(Optional<Lifetime> label, int start) {
        c.expect(TokenKind.KW_LOOP);
        Block body = g.blocks.block(new ArrayList<>());
        return new Expr.Loop(label, body, span(start));
    }

    private Expr forExpr(Optional<Lifetime> label, int start) {
        c.expect(TokenKind.KW_FOR);
        Pat pat = g.pats.pat();
        c.expect(TokenKind.KW_IN);
        Expr iter = g.exprs.exprNoStruct();
        Block body = g.blocks.block(new ArrayList<>());
        return new Expr.For(label, pat, iter, body, span(start));
    }

    /** {@code async move |a, (b, c): (u8, u8)| -> u8 { .. }} or {@code || expr}. */
    Expr closure() {
        int start = c.start();
        boolean isAsync = c.eat(TokenKind.KW_ASYNC);
        boolean isMove = c.eat(TokenKind.KW_MOVE);
        if (isMove && !isAsync) {
            c.check(TokenKind.KW_ASYNC); // rustc also accepts `move async |..|`
        }
        List<Expr.ClosureParam> params = new ArrayList<>();
        if (!c.eat(TokenKind.OR_OR)) {
            c.check(TokenKind.OR_OR);
            c.expect(TokenKind.OR);
            while (!c.check(TokenKind.OR)) {
                int pstart = c.start();
                List<Attribute> attrs = g.attrs.outer();
                Pat pat = g.pats.patNoTopAlt();
                Optional<TypeExpr> ty = Optional.empty();
                if (c.eat(TokenKind.COLON)) {
                    ty = Optional.of(g.types.type());
                }
                params.add(new Expr.ClosureParam(attrs, pat, ty, span(pstart)));
                if (!c.eat(TokenKind.COMMA)) {
                    break;
                }
            }
            c.expect(TokenKind.OR);
        }
        Optional<TypeExpr> ret = Optional.empty();
        Expr body;
        boolean old = g.noStruct;
        g.noStruct = false;
        try {
            if (c.eat(TokenKind.R_ARROW)) {
                ret = Optional.of(g.types.typeNoPlus());
                if (!c.at(TokenKind.OPEN_BRACE)) {
                    c.check(TokenKind.OPEN_BRACE);
                    throw c.unexpected();
                }
                body = g.primary.blockExpr();
            } else {
                body = g.exprs.expr();
            }
        } finally {
            g.noStruct = old;
        }
        return new Expr.Closure(isMove, isAsync, params, ret, body, span(start));
    }
}
