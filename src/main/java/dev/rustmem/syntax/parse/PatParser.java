package dev.rustmem.syntax.parse;

import dev.rustmem.syntax.ast.Attribute;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.Ident;
import dev.rustmem.syntax.ast.Pat;
import dev.rustmem.syntax.ast.Path;
import dev.rustmem.syntax.lex.Token;
import dev.rustmem.syntax.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Patterns (rustc_parse::parser::pat). {@link #pat} allows top-level or-patterns (let, match,
 * for, tuple elements); {@link #patNoTopAlt} does not (closure and fn parameters, after {@code @}
 * and {@code &}).
 */
final class PatParser extends SubParser {
    PatParser(Grammar g) {
        super(g);
    }

    Pat pat() {
        int start = c.start();
        if (c.at(TokenKind.OR)) {
            c.bump(); // a leading `|` is allowed
        }
        Pat first = patNoTopAlt();
        if (!c.check(TokenKind.OR)) {
            return first;
        }
        List<Pat> alts = new ArrayList<>();
        alts.add(first);
        while (c.eat(TokenKind.OR)) {
            alts.add(patNoTopAlt());
        }
        return new Pat.OrPat(alts, span(start));
    }

    Pat patNoTopAlt() {
        c.enter();
        try {
            return single();
        } finally {
            c.exit();
        }
    }

    private Pat single() {
        int start = c.start();
        TokenKind k = c.kind();
        switch (k) {
            case UNDERSCORE:
                c.bump();
                return new Pat.Wild(span(start));
            case DOT_DOT:
                c.bump();
                if (atRangeEnd()) {
                    return new Pat.RangePat(Optional.empty(), Optional.of(rangeEnd()), false, span(start));
                }
                return new Pat.Rest(span(start));
            case DOT_DOT_EQ:
            case DOT_DOT_DOT:
                c.bump();
                return new Pat.RangePat(Optional.empty(), Optional.of(rangeEnd()), true, span(start));
            case AND:
            case AND_AND: {
                c.eatSplit(TokenKind.AND);
                boolean mutable = c.eat(TokenKind.KW_MUT);
                Pat inner = patNoTopAlt();
                return new Pat.RefPat(mutable, inner, span(start));
            }
            case OPEN_PAREN:
                return tupleOrParen(start);
            case OPEN_BRACKET: {
                List<Pat> elems = list(TokenKind.CLOSE_BRACKET);
                return new Pat.SlicePat(elems, span(start));
            }
            case KW_BOX:
                c.bump();
                return new Pat.BoxPat(patNoTopAlt(), span(start));
            case KW_REF:
            case KW_MUT:
                return binding(start);
            default:
                break;
        }
        if (k.isLiteral() || k == TokenKind.MINUS || k == TokenKind.KW_TRUE || k == TokenKind.KW_FALSE) {
            Expr lit = g.primary.literalOrNegated();
            Pat range = rangeFrom(lit, start);
            return range != null ? range : new Pat.LitPat(lit, lit.span());
        }
        if (k == TokenKind.IDENT && isPlainBinding(c.kind(1))) {
            return binding(start);
        }
        if (atPathStart()) {
            return pathPat(start);
        }
        Token t = c.peek();
        if (t.is(TokenKind.KW_LET)) {
            throw c.error("expected pattern, found `let`", t.span(), "expected pattern");
        }
        if (t.kind().isKeyword()) {
            ident(); // rustc: "expected identifier, found keyword `..`"
        }
        throw c.error("expected pattern, found " + Describe.token(t), t.span(), "expected pattern");
    }

    /** A lone identifier is a binding unless a path, call, struct or range continues it. */
    private static boolean isPlainBinding(TokenKind next) {
        return next != TokenKind.PATH_SEP && next != TokenKind.OPEN_PAREN && next != TokenKind.OPEN_BRACE
                && next != TokenKind.NOT && next != TokenKind.DOT_DOT && next != TokenKind.DOT_DOT_EQ
                && next != TokenKind.DOT_DOT_DOT && next != TokenKind.LT;
    }

    private Pat binding(int start) {
        boolean byRef = c.at(TokenKind.KW_REF);
        if (byRef) {
            c.bump();
        }
        boolean mutable = c.at(TokenKind.KW_MUT);
        if (mutable) {
            c.bump();
        }
        if (!c.at(TokenKind.IDENT) && !c.at(TokenKind.KW_SELF_VALUE)) {
            ident();
        }
        Ident name = c.bumpIdent();
        Optional<Pat> sub = Optional.empty();
        if (c.eat(TokenKind.AT)) {
            sub = Optional.of(patNoTopAlt());
        }
        return new Pat.IdentPat(byRef, mutable, name, sub, span(start));
    }

    private Pat pathPat(int start) {
        Path path = g.paths.path(PathParser.Style.EXPR);
        if (c.at(TokenKind.NOT) && isOpenDelim(c.kind(1)) && path.qself().isEmpty()) {
            c.bump();
            return new Pat.MacroPat(g.primary.macCall(path, start));
        }
        if (c.at(TokenKind.OPEN_PAREN)) {
            List<Pat> elems = list(TokenKind.CLOSE_PAREN);
            return new Pat.TupleStruct(path, elems, span(start));
        }
        if (c.at(TokenKind.OPEN_BRACE)) {
            return structPat(path, start);
        }
        Expr bound = new Expr.PathExpr(path);
        Pat range = rangeFrom(bound, start);
        return range != null ? range : new Pat.PathPat(path);
    }

    /** {@code lo..=hi}, {@code lo..hi}, {@code lo..} after a literal or path bound, else null. */
    private Pat rangeFrom(Expr lo, int start) {
        if (c.eat(TokenKind.DOT_DOT_EQ) || c.eat(TokenKind.DOT_DOT_DOT)) {
            return new Pat.RangePat(Optional.of(lo), Optional.of(rangeEnd()), true, span(start));
        }
        if (c.eat(TokenKind.DOT_DOT)) {
            Optional<Expr> hi = atRangeEnd() ? Optional.of(rangeEnd()) : Optional.empty();
            return new Pat.RangePat(Optional.of(lo), hi, false, span(start));
        }
        return null;
    }

    private boolean atRangeEnd() {
        TokenKind k = c.kind();
        return k.isLiteral() || k == TokenKind.MINUS || (atPathStart() && k != TokenKind.LT);
    }

    private Expr rangeEnd() {
        if (atPathStart() && !c.at(TokenKind.LT) && !c.at(TokenKind.SHL)) {
            return new Expr.PathExpr(g.paths.path(PathParser.Style.EXPR));
        }
        return g.primary.literalOrNegated();
    }

    private Pat tupleOrParen(int start) {
        c.bump();
        List<Pat> elems = new ArrayList<>();
        boolean trailingComma = false;
        while (!c.check(TokenKind.CLOSE_PAREN)) {
            elems.add(pat());
            trailingComma = c.eat(TokenKind.COMMA);
            if (!trailingComma) {
                break;
            }
        }
        c.expect(TokenKind.CLOSE_PAREN);
        if (elems.size() == 1 && !trailingComma && !(elems.get(0) instanceof Pat.Rest)) {
            return new Pat.ParenPat(elems.get(0), span(start));
        }
        return new Pat.TuplePat(elems, span(start));
    }

    /** Comma-separated patterns between the current open delimiter and {@code close}. */
    private List<Pat> list(TokenKind close) {
        c.bump();
        List<Pat> elems = new ArrayList<>();
        while (!c.check(close)) {
            elems.add(pat());
            if (!c.eat(TokenKind.COMMA)) {
                break;
            }
        }
        c.expect(close);
        return elems;
    }

    private Pat structPat(Path path, int start) {
        c.expect(TokenKind.OPEN_BRACE);
        List<Pat.FieldPat> fields = new ArrayList<>();
        boolean rest = false;
        while (!c.check(TokenKind.CLOSE_BRACE)) {
            int fstart = c.start();
            List<Attribute> attrs = g.attrs.outer();
            if (c.eat(TokenKind.DOT_DOT)) {
                rest = true;
                break;
            }
            fields.add(fieldPat(attrs, fstart));
            if (!c.eat(TokenKind.COMMA)) {
                break;
            }
        }
        c.expect(TokenKind.CLOSE_BRACE);
        return new Pat.StructPat(path, fields, rest, span(start));
    }

    private Pat.FieldPat fieldPat(List<Attribute> attrs, int start) {
        Token t = c.peek();
        if ((t.is(TokenKind.IDENT) || t.is(TokenKind.INT_LIT)) && c.kind(1) == TokenKind.COLON) {
            c.bump();
            c.bump();
            Pat p = pat();
            return new Pat.FieldPat(attrs, identOf(t), p, false, span(start));
        }
        boolean boxed = c.eat(TokenKind.KW_BOX);
        int bstart = c.start();
        boolean byRef = c.eat(TokenKind.KW_REF);
        boolean mutable = c.eat(TokenKind.KW_MUT);
        if (!c.at(TokenKind.IDENT)) {
            c.check(TokenKind.DOT_DOT);
            c.check(TokenKind.CLOSE_BRACE);
            c.expect("identifier");
            throw c.unexpected();
        }
        Ident name = ident();
        Pat p = new Pat.IdentPat(byRef, mutable, name, Optional.empty(), span(bstart));
        if (boxed) {
            p = new Pat.BoxPat(p, span(start));
        }
        return new Pat.FieldPat(attrs, name, p, true, span(start));
    }
}
