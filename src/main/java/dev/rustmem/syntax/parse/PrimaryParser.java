package dev.rustmem.syntax.parse;

import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Attribute;
import dev.rustmem.syntax.ast.Block;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.Ident;
import dev.rustmem.syntax.ast.Lifetime;
import dev.rustmem.syntax.ast.MacCall;
import dev.rustmem.syntax.ast.Path;
import dev.rustmem.syntax.ast.TokenTree;
import dev.rustmem.syntax.ast.UnOp;
import dev.rustmem.syntax.lex.LiteralDecoder;
import dev.rustmem.syntax.lex.Token;
import dev.rustmem.syntax.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Primary expressions (rustc's parse_expr_bottom): literals, paths, struct literals, macro calls,
 * parentheses and tuples, arrays, blocks; control flow is delegated to {@link ControlParser}.
 */
final class PrimaryParser extends SubParser {
    PrimaryParser(Grammar g) {
        super(g);
    }

    Expr primary() {
        TokenKind k = c.kind();
        int start = c.start();
        if (k.isLiteral() || k == TokenKind.KW_TRUE || k == TokenKind.KW_FALSE) {
            return literal();
        }
        switch (k) {
            case OPEN_PAREN:
                return parenOrTuple(start);
            case OPEN_BRACKET:
                return array(start);
            case OPEN_BRACE:
                return blockExpr();
            case UNDERSCORE:
                c.bump();
                return new Expr.Underscore(span(start));
            case POUND: {
                g.attrs.outer(); // attributes on expressions are accepted and not kept
                return g.postfix.postfix(primary());
            }
            case KW_UNSAFE:
                if (c.kind(1) == TokenKind.OPEN_BRACE) {
                    c.bump();
                    return kindBlock(Expr.BlockKind.UNSAFE, start);
                }
                break;
            case KW_CONST:
                if (c.kind(1) == TokenKind.OPEN_BRACE) {
                    c.bump();
                    return kindBlock(Expr.BlockKind.CONST, start);
                }
                break;
            case KW_ASYNC:
                if (c.kind(1) == TokenKind.OPEN_BRACE) {
                    c.bump();
                    return kindBlock(Expr.BlockKind.ASYNC, start);
                }
                if (c.kind(1) == TokenKind.KW_MOVE && c.kind(2) == TokenKind.OPEN_BRACE) {
                    c.bump();
                    c.bump();
                    return kindBlock(Expr.BlockKind.ASYNC_MOVE, start);
                }
                return g.control.closure();
            case KW_MOVE:
            case OR:
            case OR_OR:
                return g.control.closure();
            case LIFETIME:
                if (c.kind(1) == TokenKind.COLON) {
                    return g.control.labeled();
                }
                break;
            default:
                if (atPathStart()) {
                    return pathStart(start);
                }
                Expr control = g.control.tryControl();
                if (control != null) {
                    return control;
                }
        }
        // rustc's expected_expression_found: the other expectations are not listed
        Token t = c.peek();
        throw c.error("expected expression, found " + Describe.token(t), c.errorSpan(t), "expected expression");
    }

    Expr literal() {
        TokenKind kind = c.kind();
        String text = c.text();
        Span span = c.span();
        c.bump();
        return new Expr.Lit(LiteralDecoder.decode(kind, text, span, c.diags), span);
    }

    /** A literal or {@code -literal} (const generic arguments, patterns). */
    Expr literalOrNegated() {
        int start = c.start();
        if (c.eat(TokenKind.MINUS)) {
            if (!c.peek().kind().isLiteral()) {
                c.expect("literal");
                throw c.unexpected();
            }
            Expr lit = literal();
            return new Expr.Unary(UnOp.NEG, lit, span(start));
        }
        Token t = c.peek();
        if (!t.kind().isLiteral() && !t.is(TokenKind.KW_TRUE) && !t.is(TokenKind.KW_FALSE)) {
            c.expect("literal");
            throw c.unexpected();
        }
        return literal();
    }

    private Expr pathStart(int start) {
        Path path = g.paths.path(PathParser.Style.EXPR);
        if (c.check(TokenKind.NOT) && isOpenDelim(c.kind(1)) && path.qself().isEmpty()) {
            c.bump();
            return new Expr.MacroCall(macCall(path, start));
        }
        if (!g.noStruct && c.check(TokenKind.OPEN_BRACE)) {
            return structLit(path, start);
        }
        return new Expr.PathExpr(path);
    }

    /** The cursor is at the macro's delimiter ({@code !} already consumed). */
    MacCall macCall(Path path, int start) {
        TokenTree.Delimited group = g.attrs.delimited();
        return new MacCall(path, group.delimiter(), group.trees(), span(start));
    }

    private Expr structLit(Path path, int start) {
        c.expect(TokenKind.OPEN_BRACE);
        boolean old = g.noStruct;
        g.noStruct = false;
        try {
            List<Expr.FieldInit> fields = new ArrayList<>();
            Optional<Expr> base = Optional.empty();
            boolean rest = false;
            while (!c.check(TokenKind.CLOSE_BRACE)) {
                if (c.eat(TokenKind.DOT_DOT)) {
                    if (c.at(TokenKind.CLOSE_BRACE)) {
                        rest = true;
                    } else {
                        base = Optional.of(g.exprs.expr());
                    }
                    break;
                }
                fields.add(fieldInit());
                if (!c.eat(TokenKind.COMMA)) {
                    break;
                }
            }
            c.expect(TokenKind.CLOSE_BRACE);
            return new Expr.StructLit(path, fields, base, rest, span(start));
        } finally {
            g.noStruct = old;
        }
    }

    private Expr.FieldInit fieldInit() {
        int start = c.start();
        List<Attribute> attrs = g.attrs.outer();
        Token t = c.peek();
        if ((t.is(TokenKind.IDENT) || t.is(TokenKind.INT_LIT)) && c.kind(1) == TokenKind.COLON) {
            c.bump();
            c.bump();
            Expr value = g.exprs.expr();
            return new Expr.FieldInit(attrs, identOf(t), value, false, span(start));
        }
        if (!t.is(TokenKind.IDENT) && !t.is(TokenKind.KW_SELF_VALUE)) {
            c.check(TokenKind.DOT_DOT);
            c.check(TokenKind.CLOSE_BRACE);
            c.expect("identifier");
            throw c.unexpected();
        }
        c.bump();
        c.check(TokenKind.COLON);
        Ident name = identOf(t);
        return new Expr.FieldInit(attrs, name, PathParser.pathExpr(name), true, span(start));
    }

    private Expr parenOrTuple(int start) {
        c.bump();
        boolean old = g.noStruct;
        g.noStruct = false;
        try {
            List<Expr> elems = new ArrayList<>();
            boolean trailingComma = false;
            while (!c.check(TokenKind.CLOSE_PAREN)) {
                elems.add(g.exprs.expr());
                trailingComma = c.eat(TokenKind.COMMA);
                if (!trailingComma) {
                    break;
                }
            }
            c.expect(TokenKind.CLOSE_PAREN);
            if (elems.size() == 1 && !trailingComma) {
                return new Expr.Paren(elems.get(0), span(start));
            }
            return new Expr.Tuple(elems, span(start));
        } finally {
            g.noStruct = old;
        }
    }

    private Expr array(int start) {
        c.bump();
        boolean old = g.noStruct;
        g.noStruct = false;
        try {
            List<Expr> elems = new ArrayList<>();
            if (!c.check(TokenKind.CLOSE_BRACKET)) {
                Expr first = g.exprs.expr();
                if (c.eat(TokenKind.SEMI)) {
                    Expr count = g.exprs.expr();
                    c.expect(TokenKind.CLOSE_BRACKET);
                    return new Expr.Repeat(first, count, span(start));
                }
                elems.add(first);
                while (c.eat(TokenKind.COMMA) && !c.check(TokenKind.CLOSE_BRACKET)) {
                    elems.add(g.exprs.expr());
                }
            }
            c.expect(TokenKind.CLOSE_BRACKET);
            return new Expr.Array(elems, span(start));
        } finally {
            g.noStruct = old;
        }
    }

    Expr blockExpr() {
        int start = c.start();
        Block b = g.blocks.block(new ArrayList<>());
        return new Expr.BlockExpr(Expr.BlockKind.PLAIN, Optional.empty(), b, span(start));
    }

    /** {@code unsafe {..}}, {@code const {..}}, {@code async {..}}: the keyword is consumed. */
    private Expr kindBlock(Expr.BlockKind kind, int start) {
        Block b = g.blocks.block(new ArrayList<>());
        return new Expr.BlockExpr(kind, Optional.empty(), b, span(start));
    }

    /** A labelled plain block {@code 'a: { .. }}. */
    Expr labeledBlock(Lifetime label, int start) {
        Block b = g.blocks.block(new ArrayList<>());
        return new Expr.BlockExpr(Expr.BlockKind.PLAIN, Optional.of(label), b, span(start));
    }
}
