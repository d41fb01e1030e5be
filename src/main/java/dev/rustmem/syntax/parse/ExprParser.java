package dev.rustmem.syntax.parse;

import dev.rustmem.diag.Code;
import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Label;
import dev.rustmem.syntax.ast.BinOp;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.TypeExpr;
import dev.rustmem.syntax.ast.UnOp;
import dev.rustmem.syntax.lex.Token;
import dev.rustmem.syntax.lex.TokenKind;
import java.util.Optional;

/**
 * Operator expressions by precedence climbing (rustc_ast::util::parser::AssocOp), lowest first:
 * assignment and compound assignment (right-assoc) &lt; ranges (non-assoc) &lt; {@code ||} &lt;
 * {@code &&} &lt; comparisons (non-assoc) &lt; {@code |} &lt; {@code ^} &lt; {@code &} &lt; shifts
 * &lt; {@code + -} &lt; {@code * / %} &lt; {@code as} &lt; unary &lt; postfix.
 */
final class ExprParser extends SubParser {
    /** Precedence of comparisons: a {@code let} scrutinee binds tighter than {@code &&} (let chains). */
    static final int PREC_COMPARE = 3;

    ExprParser(Grammar g) {
        super(g);
    }

    Expr expr() {
        c.enter();
        boolean oldLet = g.letAllowed;
        g.letAllowed = false;
        try {
            Expr e = assign();
            // what rustc's postfix and operator loops would have accepted next
            c.expect("`.`");
            c.expect("`?`");
            c.expect("an operator");
            return e;
        } finally {
            g.letAllowed = oldLet;
            c.exit();
        }
    }

    /** The condition of {@code if}/{@code while}: no struct literals, {@code let} allowed (let chains). */
    Expr condition() {
        c.enter();
        boolean oldLet = g.letAllowed;
        boolean oldStruct = g.noStruct;
        g.letAllowed = true;
        g.noStruct = true;
        try {
            return assign();
        } finally {
            g.letAllowed = oldLet;
            g.noStruct = oldStruct;
            c.exit();
        }
    }

    Expr exprAllowStruct() {
        boolean old = g.noStruct;
        g.noStruct = false;
        try {
            return expr();
        } finally {
            g.noStruct = old;
        }
    }

    Expr exprNoStruct() {
        boolean old = g.noStruct;
        g.noStruct = true;
        try {
            return expr();
        } finally {
            g.noStruct = old;
        }
    }

    /** Continues an expression whose leading operand (a block-like statement head) is already parsed. */
    Expr continueFrom(Expr lhs) {
        return assignRest(rangeRest(binaryRest(castRest(lhs), 1)));
    }

    private Expr assign() {
        return assignRest(range());
    }

    private Expr assignRest(Expr lhs) {
        TokenKind k = c.kind();
        if (k == TokenKind.EQ) {
            c.bump();
            Expr rhs = assign();
            return new Expr.Assign(lhs, rhs, lhs.span().to(rhs.span()));
        }
        BinOp op = compoundOp(k);
        if (op != null) {
            c.bump();
            Expr rhs = assign();
            return new Expr.AssignOp(lhs, op, rhs, lhs.span().to(rhs.span()));
        }
        return lhs;
    }

    private Expr range() {
        if (c.at(TokenKind.DOT_DOT) || c.at(TokenKind.DOT_DOT_EQ) || c.at(TokenKind.DOT_DOT_DOT)) {
            return prefixRange();
        }
        return rangeRest(binary(1));
    }

    /** {@code ..}, {@code ..b}, {@code ..=b}; also the operand of {@code &} (rustc's parse_expr_borrow). */
    Expr prefixRange() {
        int start = c.start();
        Token op = c.bumpToken();
        boolean inclusive = !op.is(TokenKind.DOT_DOT);
        Optional<Expr> end = canBeginRangeEnd() ? Optional.of(binary(1)) : Optional.empty();
        checkInclusiveEnd(op, inclusive, end);
        return new Expr.Range(Optional.empty(), end, inclusive, span(start));
    }

    private void checkInclusiveEnd(Token op, boolean inclusive, Optional<Expr> end) {
        if (inclusive && end.isEmpty()) {
            c.report(Diagnostic.error(Code.E0586, "inclusive range with no end", op.span(), "")
                    .withNote("inclusive ranges must be bounded at the end (`..=b` or `a..=b`)"));
        }
    }

    private Expr rangeRest(Expr lhs) {
        if (c.at(TokenKind.DOT_DOT) || c.at(TokenKind.DOT_DOT_EQ) || c.at(TokenKind.DOT_DOT_DOT)) {
            Token op = c.bumpToken();
            boolean inclusive = !op.is(TokenKind.DOT_DOT);
            Optional<Expr> end = canBeginRangeEnd() ? Optional.of(binary(1)) : Optional.empty();
            checkInclusiveEnd(op, inclusive, end);
            return new Expr.Range(Optional.of(lhs), end, inclusive, lhs.span().to(span(lhs.span().start())));
        }
        return lhs;
    }

    private boolean canBeginRangeEnd() {
        return canBeginExpr(c.peek()) && !(c.at(TokenKind.OPEN_BRACE) && g.noStruct);
    }

    /** Binary operators of at least {@code minPrec}; used directly for {@code let} scrutinees. */
    Expr binary(int minPrec) {
        return binaryRest(cast(), minPrec);
    }

    private Expr binaryRest(Expr lhs, int minPrec) {
        BinOp prevCompare = null;
        while (true) {
            BinOp op = binOp(c.kind());
            if (op == null || prec(op) < minPrec) {
                return lhs;
            }
            Token opTok = c.bumpToken();
            Expr rhs = binary(prec(op) + 1);
            if (op.isComparison() && prevCompare != null && lhs instanceof Expr.Binary b) {
                c.report(Diagnostic.error("comparison operators cannot be chained", b.span(), "")
                        .withSecondary(new Label(opTok.span(), "")));
            }
            prevCompare = op.isComparison() ? op : null;
            lhs = new Expr.Binary(lhs, op, rhs, lhs.span().to(rhs.span()));
        }
    }

    private Expr cast() {
        return castRest(unary());
    }

    private Expr castRest(Expr e) {
        while (c.at(TokenKind.KW_AS)) {
            c.bump();
            TypeExpr ty = g.types.typeNoPlus();
            e = new Expr.Cast(e, ty, e.span().to(ty.span()));
        }
        return e;
    }

    private Expr unary() {
        c.enter();
        try {
            return unaryInner();
        } finally {
            c.exit();
        }
    }

    private Expr unaryInner() {
        int start = c.start();
        UnOp op = switch (c.kind()) {
            case MINUS -> UnOp.NEG;
            case NOT -> UnOp.NOT;
            case STAR -> UnOp.DEREF;
            default -> null;
        };
        if (op != null) {
            c.bump();
            Expr operand = unary();
            return new Expr.Unary(op, operand, span(start));
        }
        if (c.at(TokenKind.PLUS)) {
            c.report(Diagnostic.error("leading `+` is not supported", c.bumpToken().span(), "unexpected `+`"));
            return unary();
        }
        if (c.at(TokenKind.AND) || c.at(TokenKind.AND_AND)) {
            c.eatSplit(TokenKind.AND);
            boolean raw = false;
            boolean mutable = false;
            if (c.atIdent("raw") && (c.kind(1) == TokenKind.KW_CONST || c.kind(1) == TokenKind.KW_MUT)) {
                c.bump();
                raw = true;
                mutable = c.bumpToken().is(TokenKind.KW_MUT);
            } else {
                mutable = c.eat(TokenKind.KW_MUT);
            }
            Expr operand = c.at(TokenKind.DOT_DOT) || c.at(TokenKind.DOT_DOT_EQ) ? prefixRange() : unary();
            return new Expr.AddrOf(raw, mutable, operand, span(start));
        }
        return g.postfix.postfix(g.primary.primary());
    }

    static BinOp binOp(TokenKind k) {
        return switch (k) {
            case OR_OR -> BinOp.OR;
            case AND_AND -> BinOp.AND;
            case EQ_EQ -> BinOp.EQ;
            case NE -> BinOp.NE;
            case LT -> BinOp.LT;
            case LE -> BinOp.LE;
            case GT -> BinOp.GT;
            case GE -> BinOp.GE;
            case OR -> BinOp.BIT_OR;
            case CARET -> BinOp.BIT_XOR;
            case AND -> BinOp.BIT_AND;
            case SHL -> BinOp.SHL;
            case SHR -> BinOp.SHR;
            case PLUS -> BinOp.ADD;
            case MINUS -> BinOp.SUB;
            case STAR -> BinOp.MUL;
            case SLASH -> BinOp.DIV;
            case PERCENT -> BinOp.REM;
            default -> null;
        };
    }

    static int prec(BinOp op) {
        return switch (op) {
            case OR -> 1;
            case AND -> 2;
            case EQ, NE, LT, LE, GT, GE -> PREC_COMPARE;
            case BIT_OR -> 4;
            case BIT_XOR -> 5;
            case BIT_AND -> 6;
            case SHL, SHR -> 7;
            case ADD, SUB -> 8;
            case MUL, DIV, REM -> 9;
        };
    }

    private static BinOp compoundOp(TokenKind k) {
        return switch (k) {
            case PLUS_EQ -> BinOp.ADD;
            case MINUS_EQ -> BinOp.SUB;
            case STAR_EQ -> BinOp.MUL;
            case SLASH_EQ -> BinOp.DIV;
            case PERCENT_EQ -> BinOp.REM;
            case CARET_EQ -> BinOp.BIT_XOR;
            case AND_EQ -> BinOp.BIT_AND;
            case OR_EQ -> BinOp.BIT_OR;
            case SHL_EQ -> BinOp.SHL;
            case SHR_EQ -> BinOp.SHR;
            default -> null;
        };
    }

    /** rustc's Token::can_begin_expr. */
    static boolean canBeginExpr(Token t) {
        TokenKind k = t.kind();
        if (k.isLiteral() || isPathSegmentStart(k)) {
            return true;
        }
        switch (k) {
            case OPEN_PAREN: case OPEN_BRACKET: case OPEN_BRACE: case MINUS: case NOT: case STAR: case AND:
            case AND_AND: case OR: case OR_OR: case DOT_DOT: case DOT_DOT_EQ: case LT: case SHL: case PATH_SEP:
            case LIFETIME: case POUND: case KW_IF: case KW_MATCH: case KW_LOOP: case KW_WHILE: case KW_FOR:
            case KW_UNSAFE: case KW_MOVE: case KW_RETURN: case KW_BREAK: case KW_CONTINUE: case KW_LET:
            case KW_ASYNC: case KW_CONST: case KW_TRUE: case KW_FALSE: case UNDERSCORE: case KW_STATIC:
            case KW_YIELD: case KW_BOX: case KW_DO: case KW_TRY:
                return true;
            default:
                return false;
        }
    }
}
