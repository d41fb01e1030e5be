package dev.rustmem.syntax.parse;

import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Attribute;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.GenericBound;
import dev.rustmem.syntax.ast.Generics;
import dev.rustmem.syntax.ast.Ident;
import dev.rustmem.syntax.ast.Lifetime;
import dev.rustmem.syntax.ast.TypeExpr;
import dev.rustmem.syntax.lex.Token;
import dev.rustmem.syntax.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Generic parameter lists {@code <'a, T: Bound = D, const N: usize>} and where clauses. */
final class GenericsParser extends SubParser {
    GenericsParser(Grammar g) {
        super(g);
    }

    /** Parameters if the cursor is at {@code <}; otherwise empty generics at the cursor. */
    Generics generics() {
        int start = c.start();
        if (!c.check(TokenKind.LT)) {
            return Generics.empty(Span.at(c.prevEnd()));
        }
        c.bump();
        int mark = lists.mark();
        while (!c.atSplit(TokenKind.GT) && !c.atEof()) {
            lists.push(param());
            if (!c.eat(TokenKind.COMMA)) {
                break;
            }
        }
        if (!c.eatSplit(TokenKind.GT)) {
            c.check(TokenKind.COMMA);
            c.check(TokenKind.GT);
            throw c.unexpected();
        }
        List<Generics.GenericParam> params = lists.pop(mark);
        return new Generics(params, List.of(), span(start));
    }

    private Generics.GenericParam param() {
        int start = c.start();
        List<Attribute> attrs = g.attrs.outer();
        if (c.at(TokenKind.LIFETIME)) {
            Lifetime lt = lifetime();
            List<Lifetime> bounds = new ArrayList<>();
            if (c.eat(TokenKind.COLON)) {
                bounds = lifetimeBounds();
            }
            return new Generics.LifetimeParam(attrs, new Ident(lt.name(), lt.span()), bounds, span(start));
        }
        if (c.eat(TokenKind.KW_CONST)) {
            Ident name = ident();
            c.expect(TokenKind.COLON);
            TypeExpr ty = g.types.type();
            Optional<Expr> dflt = Optional.empty();
            if (c.eat(TokenKind.EQ)) {
                dflt = Optional.of(constArg());
            }
            return new Generics.ConstParam(attrs, name, ty, dflt, span(start));
        }
        if (!c.at(TokenKind.IDENT)) {
            c.check(TokenKind.KW_CONST);
            c.expect("identifier");
            c.expect("lifetime");
            throw c.unexpected();
        }
        Ident name = ident();
        List<GenericBound> bounds = List.of();
        if (c.eat(TokenKind.COLON)) {
            bounds = g.types.bounds();
        }
        Optional<TypeExpr> dflt = Optional.empty();
        if (c.eat(TokenKind.EQ)) {
            dflt = Optional.of(g.types.type());
        }
        return new Generics.TypeParam(attrs, name, bounds, dflt, span(start));
    }

    /** A const generic default or argument: literal, {@code -lit}, block, or a path. */
    private Expr constArg() {
        if (c.at(TokenKind.OPEN_BRACE)) {
            return g.primary.blockExpr();
        }
        if (c.peek().kind().isLiteral() || c.at(TokenKind.MINUS) || c.at(TokenKind.KW_TRUE) || c.at(TokenKind.KW_FALSE)) {
            return g.primary.literalOrNegated();
        }
        return new Expr.PathExpr(g.paths.path(PathParser.Style.EXPR));
    }

    private List<Lifetime> lifetimeBounds() {
        List<Lifetime> out = new ArrayList<>();
        while (c.at(TokenKind.LIFETIME)) {
            out.add(lifetime());
            if (!c.eat(TokenKind.PLUS)) {
                break;
            }
        }
        return out;
    }

    /** Appends a where clause, if present, to {@code gs}. */
    Generics where(Generics gs) {
        if (!c.eat(TokenKind.KW_WHERE)) {
            c.check(TokenKind.KW_WHERE);
            return gs;
        }
        int whereStart = c.prevEnd() - "where".length();
        List<Generics.WherePredicate> preds = new ArrayList<>(gs.where());
        while (atPredicateStart()) {
            preds.add(predicate());
            if (!c.eat(TokenKind.COMMA)) {
                break;
            }
        }
        // the span stays on `<..>`; without parameters it is the where clause's
        Span s = gs.params().isEmpty() && gs.where().isEmpty() ? span(whereStart) : gs.span();
        return new Generics(gs.params(), preds, s);
    }

    private boolean atPredicateStart() {
        TokenKind k = c.kind();
        return k == TokenKind.LIFETIME || k == TokenKind.KW_FOR || k == TokenKind.OPEN_PAREN || k == TokenKind.AND
                || k == TokenKind.AND_AND || k == TokenKind.OPEN_BRACKET || k == TokenKind.STAR || k == TokenKind.KW_FN
                || k == TokenKind.KW_DYN || k == TokenKind.NOT || atPathStart();
    }

    private Generics.WherePredicate predicate() {
        int start = c.start();
        if (c.at(TokenKind.LIFETIME)) {
            Lifetime lt = lifetime();
            c.expect(TokenKind.COLON);
            return new Generics.RegionPredicate(lt, lifetimeBounds(), span(start));
        }
        List<Lifetime> lts = c.at(TokenKind.KW_FOR) ? forLifetimes() : List.of();
        TypeExpr bounded = g.types.typeNoPlus();
        c.expect(TokenKind.COLON);
        return new Generics.BoundPredicate(lts, bounded, g.types.bounds(), span(start));
    }

    /** {@code for<'a, 'b>} (bounds on the lifetimes are accepted and dropped, as they are unstable). */
    List<Lifetime> forLifetimes() {
        c.expect(TokenKind.KW_FOR);
        c.expect(TokenKind.LT);
        List<Lifetime> out = new ArrayList<>();
        while (c.at(TokenKind.LIFETIME) || c.at(TokenKind.POUND)) {
            g.attrs.outer();
            out.add(lifetime());
            if (c.eat(TokenKind.COLON)) {
                lifetimeBounds();
            }
            if (!c.eat(TokenKind.COMMA)) {
                break;
            }
        }
        if (!c.eatSplit(TokenKind.GT)) {
            c.check(TokenKind.GT);
            throw c.unexpected();
        }
        return out;
    }

    /** The {@code <'a, T>} of a precise-capturing {@code use<..>} bound. */
    List<Ident> useArgs() {
        c.expect(TokenKind.LT);
        List<Ident> out = new ArrayList<>();
        while (!c.atSplit(TokenKind.GT) && !c.atEof()) {
            Token t = c.peek();
            if (t.is(TokenKind.LIFETIME) || isPathSegmentStart(t.kind())) {
                out.add(c.bumpIdent());
            } else {
                c.expect("identifier");
                throw c.unexpected();
            }
            if (!c.eat(TokenKind.COMMA)) {
                break;
            }
        }
        if (!c.eatSplit(TokenKind.GT)) {
            c.check(TokenKind.GT);
            throw c.unexpected();
        }
        return out;
    }
}
