package dev.rustmem.syntax.parse;

import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.GenericArg;
import dev.rustmem.syntax.ast.GenericArgs;
import dev.rustmem.syntax.ast.GenericBound;
import dev.rustmem.syntax.ast.Ident;
import dev.rustmem.syntax.ast.Path;
import dev.rustmem.syntax.ast.PathSegment;
import dev.rustmem.syntax.ast.TypeExpr;
import dev.rustmem.syntax.lex.TokenKind;
import java.util.List;
import java.util.Optional;

/**
 * Paths in their three styles (rustc's PathStyle): {@link Style#TYPE} takes generic args
 * directly ({@code Vec<u8>}, {@code Fn(u8) -> u8}), {@link Style#EXPR} only after a turbofish
 * ({@code Vec::<u8>::new}), {@link Style#MOD} takes none ({@code use}, visibility, macro paths).
 */
final class PathParser extends SubParser {
    enum Style { TYPE, EXPR, MOD }

    PathParser(Grammar g) {
        super(g);
    }

    Path path(Style style) {
        int start = c.start();
        if (c.at(TokenKind.LT) || c.at(TokenKind.SHL)) {
            return qualified(style, start);
        }
        boolean global = c.eat(TokenKind.PATH_SEP);
        int mark = lists.mark();
        segments(style);
        return new Path(global, Optional.empty(), lists.pop(mark), span(start));
    }

    /** {@code <T as Trait>::rest} or {@code <T>::rest}. */
    private Path qualified(Style style, int start) {
        c.eatSplit(TokenKind.LT);
        TypeExpr self = g.types.type();
        int mark = lists.mark();
        boolean global = false;
        int position = 0;
        if (c.eat(TokenKind.KW_AS)) {
            Path trait = path(Style.TYPE);
            global = trait.global();
            List<PathSegment> traitSegs = trait.segments();
            for (int i = 0; i < traitSegs.size(); i++) {
                lists.push(traitSegs.get(i));
            }
            position = traitSegs.size();
        }
        if (!c.eatSplit(TokenKind.GT)) {
            c.check(TokenKind.GT);
            throw c.unexpected();
        }
        Path.QSelf qself = new Path.QSelf(self, position, span(start));
        c.expect(TokenKind.PATH_SEP);
        segments(style);
        return new Path(global, Optional.of(qself), lists.pop(mark), span(start));
    }

    /** Pushes the segments on {@link #lists}. */
    private void segments(Style style) {
        while (true) {
            lists.push(segment(style));
            if (c.check(TokenKind.PATH_SEP) && isPathSegmentStart(c.kind(1))) {
                c.bump();
            } else {
                break;
            }
        }
    }

    PathSegment segment(Style style) {
        if (!isPathSegmentStart(c.kind())) {
            c.expect("identifier");
            throw c.unexpected();
        }
        int start = c.start();
        Ident name = c.bumpIdent();
        if (style == Style.MOD) {
            return PathSegment.of(name);
        }
        boolean turbofish = c.at(TokenKind.PATH_SEP) && (c.kind(1) == TokenKind.LT || c.kind(1) == TokenKind.SHL);
        if (turbofish) {
            c.bump();
            return new PathSegment(name, Optional.of(angleArgs()), span(start));
        }
        if (style == Style.TYPE && (c.check(TokenKind.LT) || c.at(TokenKind.SHL))) {
            return new PathSegment(name, Optional.of(angleArgs()), span(start));
        }
        if (style == Style.TYPE && c.check(TokenKind.OPEN_PAREN)) {
            return new PathSegment(name, Optional.of(parenArgs()), span(start));
        }
        if (style == Style.TYPE && c.at(TokenKind.PATH_SEP) && c.kind(1) == TokenKind.OPEN_PAREN) {
            c.bump();
            return new PathSegment(name, Optional.of(parenArgs()), span(start));
        }
        return PathSegment.of(name);
    }

    /** {@code <args>}; the cursor is at {@code <} (or {@code <<}, split). */
    GenericArgs.AngleBracketed angleArgs() {
        int start = c.start();
        c.eatSplit(TokenKind.LT);
        int mark = lists.mark();
        while (!c.atSplit(TokenKind.GT) && !c.atEof()) {
            if (!atGenericArgStart()) {
                c.check(TokenKind.GT);
                c.expect("a const expression");
                c.expect("lifetime");
                c.expect("type");
                throw c.unexpected();
            }
            lists.push(genericArg());
            if (!c.eat(TokenKind.COMMA)) {
                break;
            }
        }
        if (!c.eatSplit(TokenKind.GT)) {
            c.check(TokenKind.COMMA);
            c.check(TokenKind.GT);
            throw c.unexpected();
        }
        return new GenericArgs.AngleBracketed(lists.pop(mark), span(start));
    }

    private boolean atGenericArgStart() {
        TokenKind k = c.kind();
        return k == TokenKind.LIFETIME || k.isLiteral() || k == TokenKind.MINUS || k == TokenKind.OPEN_BRACE
                || k == TokenKind.KW_TRUE || k == TokenKind.KW_FALSE || g.types.atTypeStart();
    }

    private GenericArg genericArg() {
        TokenKind k = c.kind();
        int start = c.start();
        if (k == TokenKind.LIFETIME) {
            return new GenericArg.LifetimeArg(lifetime());
        }
        if (k.isLiteral() || k == TokenKind.KW_TRUE || k == TokenKind.KW_FALSE
                || (k == TokenKind.MINUS && c.kind(1).isLiteral())) {
            return new GenericArg.Const(g.primary.literalOrNegated());
        }
        if (k == TokenKind.OPEN_BRACE) {
            return new GenericArg.Const(g.primary.blockExpr());
        }
        if (k == TokenKind.IDENT && c.kind(1) == TokenKind.EQ) {
            Ident name = ident();
            c.bump();
            TypeExpr ty = g.types.type();
            return new GenericArg.Binding(name, Optional.empty(), ty, span(start));
        }
        if (k == TokenKind.IDENT && c.kind(1) == TokenKind.COLON) {
            Ident name = ident();
            c.bump();
            List<GenericBound> bounds = g.types.bounds();
            return new GenericArg.Constraint(name, bounds, span(start));
        }
        if (k == TokenKind.IDENT && c.kind(1) == TokenKind.LT && looksLikeGatBinding()) {
            Ident name = ident();
            GenericArgs args = angleArgs();
            c.expect(TokenKind.EQ);
            TypeExpr ty = g.types.type();
            return new GenericArg.Binding(name, Optional.of(args), ty, span(start));
        }
        return new GenericArg.Type(g.types.type());
    }

    /** {@code Item<'a> = T}: an associated type binding with its own generic args. */
    private boolean looksLikeGatBinding() {
        int depth = 0;
        for (int i = 1; i < 64; i++) {
            TokenKind k = c.kind(i);
            if (k == TokenKind.LT) {
                depth++;
            } else if (k == TokenKind.GT) {
                depth--;
                if (depth == 0) {
                    return c.kind(i + 1) == TokenKind.EQ;
                }
            } else if (k == TokenKind.SHR || k == TokenKind.EOF || k == TokenKind.SEMI || k == TokenKind.OPEN_BRACE) {
                return false;
            }
        }
        return false;
    }

    /** {@code (A, B) -> C} of {@code Fn(A, B) -> C}. */
    private GenericArgs.Parenthesized parenArgs() {
        int start = c.start();
        c.expect(TokenKind.OPEN_PAREN);
        int mark = lists.mark();
        while (!c.at(TokenKind.CLOSE_PAREN)) {
            lists.push(g.types.type());
            if (!c.eat(TokenKind.COMMA)) {
                break;
            }
        }
        c.expect(TokenKind.CLOSE_PAREN);
        List<TypeExpr> inputs = lists.pop(mark);
        Optional<TypeExpr> output = Optional.empty();
        if (c.eat(TokenKind.R_ARROW)) {
            output = Optional.of(g.types.typeNoPlus());
        }
        return new GenericArgs.Parenthesized(inputs, output, span(start));
    }

    static Path single(Ident name) {
        Span span = name.span(); // one object for the segment and the path
        return Path.ofSegments(List.of(new PathSegment(name, Optional.empty(), span)), span);
    }

    static Expr.PathExpr pathExpr(Ident name) {
        return new Expr.PathExpr(single(name));
    }

    static Span spanOf(Path p) {
        return p.span();
    }
}
