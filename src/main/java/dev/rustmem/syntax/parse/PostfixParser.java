package dev.rustmem.syntax.parse;

import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.GenericArgs;
import dev.rustmem.syntax.ast.Ident;
import dev.rustmem.syntax.ast.PathSegment;
import dev.rustmem.syntax.lex.Token;
import dev.rustmem.syntax.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Postfix operators, the tightest-binding level: {@code ?}, {@code .await}, method calls with
 * turbofish, fields, tuple indices, calls and indexing.
 */
final class PostfixParser extends SubParser {
    PostfixParser(Grammar g) {
        super(g);
    }

    Expr postfix(Expr e) {
        while (true) {
            TokenKind k = c.kind();
            if (k == TokenKind.QUESTION) {
                c.bump();
                e = new Expr.Try(e, span(e.span().start()));
            } else if (k == TokenKind.DOT) {
                c.bump();
                e = dot(e);
            } else if (k == TokenKind.OPEN_PAREN) {
                List<Expr> args = args(TokenKind.CLOSE_PAREN);
                e = new Expr.Call(e, args, span(e.span().start()));
            } else if (k == TokenKind.OPEN_BRACKET) {
                c.bump();
                Expr index = g.exprs.exprAllowStruct();
                c.expect(TokenKind.CLOSE_BRACKET);
                e = new Expr.Index(e, index, span(e.span().start()));
            } else {
                return e;
            }
        }
    }

    /** After {@code .}: {@code await}, a field, a tuple index, or a method call. */
    private Expr dot(Expr e) {
        int start = e.span().start();
        Token t = c.peek();
        if (t.is(TokenKind.KW_AWAIT)) {
            c.bump();
            return new Expr.Await(e, span(start));
        }
        if (t.is(TokenKind.INT_LIT)) {
            c.bump();
            return new Expr.Field(e, identOf(t), span(start));
        }
        if (t.is(TokenKind.FLOAT_LIT)) {
            return tupleIndexPair(e, c.bumpToken());
        }
        if (!t.is(TokenKind.IDENT) && !t.kind().isKeyword()) {
            c.expect("identifier");
            throw c.unexpected();
        }
        c.bump();
        Ident name = identOf(t);
        Optional<GenericArgs> generics = Optional.empty();
        if (c.check(TokenKind.PATH_SEP) && (c.kind(1) == TokenKind.LT || c.kind(1) == TokenKind.SHL)) {
            c.bump();
            generics = Optional.of(g.paths.angleArgs());
        }
        if (c.check(TokenKind.OPEN_PAREN)) {
            PathSegment seg = new PathSegment(name, generics, span(t.span().start()));
            List<Expr> args = args(TokenKind.CLOSE_PAREN);
            return new Expr.MethodCall(e, seg, args, span(start));
        }
        if (generics.isPresent()) {
            c.check(TokenKind.OPEN_PAREN);
            throw c.unexpected();
        }
        return new Expr.Field(e, name, span(start));
    }

    /**
     * {@code x.0.1}: the lexer saw the float {@code 0.1}; it is two tuple indices (rustc splits the
     * token the same way in parse_expr_tuple_field_access_float).
     */
    private Expr tupleIndexPair(Expr e, Token f) {
        String text = f.text();
        int dot = text.indexOf('.');
        boolean plain = dot > 0 && digitsAndDots(text) && text.indexOf('.', dot + 1) < 0;
        if (!plain) {
            throw c.error("unexpected token: `" + text + "`", f.span(), "unexpected token");
        }
        int s = f.span().start();
        Ident first = new Ident(text.substring(0, dot), new Span(s, s + dot));
        Expr inner = new Expr.Field(e, first, new Span(e.span().start(), s + dot));
        if (dot == text.length() - 1) {
            return inner; // `x.0.` followed by something else: the trailing dot is lost, as in `x.0.` + ident
        }
        Ident second = new Ident(text.substring(dot + 1), new Span(s + dot + 1, f.span().end()));
        return new Expr.Field(inner, second, new Span(e.span().start(), f.span().end()));
    }

    /** Whether every char of {@code text} is a digit or a dot. */
    private static boolean digitsAndDots(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (!Character.isDigit(ch) && ch != '.') {
                return false;
            }
        }
        return true;
    }

    /** {@code (a, b)} or {@code [a, b]} argument lists; struct literals are allowed inside. */
    List<Expr> args(TokenKind close) {
        c.bump();
        List<Expr> out = new ArrayList<>();
        while (!c.check(close)) {
            out.add(g.exprs.exprAllowStruct());
            if (!c.eat(TokenKind.COMMA)) {
                break;
            }
        }
        c.expect(close);
        return out;
    }
}
