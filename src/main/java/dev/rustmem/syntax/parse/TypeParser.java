package dev.rustmem.syntax.parse;

import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.GenericBound;
import dev.rustmem.syntax.ast.Ident;
import dev.rustmem.syntax.ast.Lifetime;
import dev.rustmem.syntax.ast.Path;
import dev.rustmem.syntax.ast.TypeExpr;
import dev.rustmem.syntax.lex.Token;
import dev.rustmem.syntax.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Types (rustc_parse::parser::ty). {@code +} is only taken where rustc allows a bare sum of
 * bounds: not after {@code &}, {@code *const}, in casts or in fn-pointer returns
 * ({@link #typeNoPlus}).
 */
final class TypeParser extends SubParser {
    TypeParser(Grammar g) {
        super(g);
    }

    TypeExpr type() {
        return type(true);
    }

    TypeExpr typeNoPlus() {
        return type(false);
    }

    private TypeExpr type(boolean allowPlus) {
        c.enter();
        try {
            return typeInner(allowPlus);
        } finally {
            c.exit();
        }
    }

    private TypeExpr typeInner(boolean allowPlus) {
        int start = c.start();
        switch (c.kind()) {
            case OPEN_PAREN:
                return parenOrTuple(start, allowPlus);
            case NOT:
                c.bump();
                return new TypeExpr.Never(span(start));
            case OPEN_BRACKET:
                return arrayOrSlice(start);
            case AND:
            case AND_AND:
                return reference(start);
            case STAR:
                return rawPointer(start);
            case UNDERSCORE:
                c.bump();
                return new TypeExpr.Infer(span(start));
            case POUND:
                throw c.error("attributes cannot be applied to types", c.span(), "");
            case KW_FN:
            case KW_UNSAFE:
            case KW_EXTERN:
                return fnPointer(start, List.of());
            case KW_FOR:
                return forType(start, allowPlus);
            case KW_DYN:
                c.bump();
                return new TypeExpr.TraitObject(true, bounds(allowPlus), span(start));
            case KW_IMPL:
                c.bump();
                return new TypeExpr.ImplTrait(bounds(allowPlus), span(start));
            case QUESTION:
            case KW_ASYNC:
            case KW_CONST:
            case TILDE:
                return new TypeExpr.TraitObject(false, bounds(allowPlus), span(start));
            case IDENT:
                if (isLoneName(c.kind(1))) {
                    return loneName(allowPlus);
                }
                return pathType(start, allowPlus);
            default:
                if (atPathStart()) {
                    return pathType(start, allowPlus);
                }
                Token t = c.peek();
                throw c.error("expected type, found " + Describe.token(t), c.errorSpan(t), "expected type");
        }
    }

    /** After an identifier, nothing that would continue its path type. */
    private static boolean isLoneName(TokenKind next) {
        return next != TokenKind.PATH_SEP && next != TokenKind.LT && next != TokenKind.SHL
                && next != TokenKind.OPEN_PAREN && next != TokenKind.NOT && next != TokenKind.PLUS;
    }

    /**
     * The most common type, a lone name ({@code u8}, {@code T}): what {@link #pathType} builds
     * for it, without its detours, leaving the same expectations recorded for a later error.
     */
    private TypeExpr loneName(boolean allowPlus) {
        Ident name = c.bumpIdent();
        c.check(TokenKind.LT);
        c.check(TokenKind.OPEN_PAREN);
        c.check(TokenKind.PATH_SEP);
        if (allowPlus) {
            c.check(TokenKind.PLUS);
        }
        c.check(TokenKind.NOT);
        return new TypeExpr.PathType(PathParser.single(name));
    }

    private TypeExpr pathType(int start, boolean allowPlus) {
        Path path = g.paths.path(PathParser.Style.TYPE);
        if (allowPlus) {
            c.check(TokenKind.PLUS);
        }
        if (c.check(TokenKind.NOT) && isOpenDelim(c.kind(1)) && path.qself().isEmpty()) {
            c.bump();
            return new TypeExpr.MacroType(g.primary.macCall(path, start));
        }
        if (allowPlus && c.at(TokenKind.PLUS)) {
            List<GenericBound> bs = new ArrayList<>();
            bs.add(new GenericBound.Trait(GenericBound.Modifier.NONE, List.of(), path, path.span()));
            c.bump();
            bs.addAll(bounds(true));
            return new TypeExpr.TraitObject(false, bs, span(start));
        }
        return new TypeExpr.PathType(path);
    }

    private TypeExpr parenOrTuple(int start, boolean allowPlus) {
        c.bump();
        int mark = lists.mark();
        boolean trailingComma = false;
        while (!c.at(TokenKind.CLOSE_PAREN)) {
            lists.push(type(true));
            trailingComma = c.eat(TokenKind.COMMA);
            if (!trailingComma) {
                break;
            }
        }
        c.expect(TokenKind.CLOSE_PAREN);
        List<TypeExpr> elems = lists.pop(mark);
        if (elems.size() == 1 && !trailingComma) {
            TypeExpr inner = new TypeExpr.Paren(elems.get(0), span(start));
            if (allowPlus && c.at(TokenKind.PLUS) && elems.get(0) instanceof TypeExpr.PathType p) {
                // `(Trait) + Send`: a parenthesized first bound
                List<GenericBound> bs = new ArrayList<>();
                bs.add(new GenericBound.Trait(GenericBound.Modifier.NONE, List.of(), p.path(), inner.span()));
                c.bump();
                bs.addAll(bounds(true));
                return new TypeExpr.TraitObject(false, bs, span(start));
            }
            return inner;
        }
        return new TypeExpr.Tuple(elems, span(start));
    }

    private TypeExpr arrayOrSlice(int start) {
        c.bump();
        TypeExpr elem = type(true);
        if (c.eat(TokenKind.SEMI)) {
            Expr len = g.exprs.exprAllowStruct();
            c.expect(TokenKind.CLOSE_BRACKET);
            return new TypeExpr.Array(elem, len, span(start));
        }
        c.check(TokenKind.SEMI);
        c.expect(TokenKind.CLOSE_BRACKET);
        return new TypeExpr.Slice(elem, span(start));
    }

    private TypeExpr reference(int start) {
        c.eatSplit(TokenKind.AND);
        Optional<Lifetime> lt = c.at(TokenKind.LIFETIME) ? Optional.of(lifetime()) : Optional.empty();
        boolean mutable = c.eat(TokenKind.KW_MUT);
        TypeExpr pointee = type(false);
        return new TypeExpr.Ref(lt, mutable, pointee, span(start));
    }

    private TypeExpr rawPointer(int start) {
        c.bump();
        boolean mutable;
        if (c.eat(TokenKind.KW_MUT)) {
            mutable = true;
        } else if (c.eat(TokenKind.KW_CONST)) {
            mutable = false;
        } else {
            throw c.error("expected `mut` or `const` keyword in raw pointer type", c.peek().span(),
                    "expected `mut` or `const` in raw pointer type");
        }
        return new TypeExpr.RawPtr(mutable, type(false), span(start));
    }

    /** {@code for<'a> fn(..)} or {@code for<'a> Trait} (a bare higher-ranked trait object). */
    private TypeExpr forType(int start, boolean allowPlus) {
        List<Lifetime> lts = g.generics.forLifetimes();
        if (c.at(TokenKind.KW_FN) || c.at(TokenKind.KW_UNSAFE) || c.at(TokenKind.KW_EXTERN)) {
            return fnPointer(start, lts);
        }
        Path p = g.paths.path(PathParser.Style.TYPE);
        List<GenericBound> bs = new ArrayList<>();
        bs.add(new GenericBound.Trait(GenericBound.Modifier.NONE, lts, p, span(start)));
        if (allowPlus && c.eat(TokenKind.PLUS)) {
            bs.addAll(bounds(true));
        }
        return new TypeExpr.TraitObject(false, bs, span(start));
    }

    /** {@code unsafe extern "C" fn(a: u8, ...) -> u8}. */
    private TypeExpr fnPointer(int start, List<Lifetime> lts) {
        boolean unsafe = c.eat(TokenKind.KW_UNSAFE);
        Optional<String> abi = Optional.empty();
        if (c.eat(TokenKind.KW_EXTERN)) {
            abi = Optional.of(g.fns.abiString());
        }
        c.expect(TokenKind.KW_FN);
        c.expect(TokenKind.OPEN_PAREN);
        List<TypeExpr> params = new ArrayList<>();
        boolean variadic = false;
        while (!c.check(TokenKind.CLOSE_PAREN)) {
            g.attrs.outer();
            if ((c.at(TokenKind.IDENT) || c.at(TokenKind.UNDERSCORE)) && c.kind(1) == TokenKind.COLON) {
                c.bump();
                c.bump();
            }
            if (c.eat(TokenKind.DOT_DOT_DOT)) {
                variadic = true;
            } else {
                params.add(type(true));
            }
            if (!c.eat(TokenKind.COMMA)) {
                break;
            }
        }
        c.expect(TokenKind.CLOSE_PAREN);
        Optional<TypeExpr> ret = Optional.empty();
        if (c.eat(TokenKind.R_ARROW)) {
            ret = Optional.of(type(false));
        }
        return new TypeExpr.FnPtr(lts, unsafe, abi, params, variadic, ret, span(start));
    }

    /** Tokens that can begin a type (rustc's Token::can_begin_type). */
    boolean atTypeStart() {
        switch (c.kind()) {
            case OPEN_PAREN: case NOT: case OPEN_BRACKET: case AND: case AND_AND: case STAR: case UNDERSCORE:
            case KW_FN: case KW_UNSAFE: case KW_EXTERN: case KW_FOR: case KW_DYN: case KW_IMPL: case QUESTION:
            case KW_ASYNC: case KW_CONST: case TILDE: case LIFETIME:
                return true;
            default:
                return atPathStart();
        }
    }

    List<GenericBound> bounds() {
        return bounds(true);
    }

    /** {@code Bound + Bound + 'a}; may be empty ({@code T:} with nothing after it). */
    List<GenericBound> bounds(boolean allowPlus) {
        int mark = lists.mark();
        while (atBoundStart()) {
            lists.push(bound());
            if (!allowPlus || !c.eat(TokenKind.PLUS)) {
                break;
            }
        }
        return lists.pop(mark);
    }

    private boolean atBoundStart() {
        TokenKind k = c.kind();
        return k == TokenKind.LIFETIME || k == TokenKind.QUESTION || k == TokenKind.TILDE || k == TokenKind.KW_CONST
                || k == TokenKind.NOT || k == TokenKind.KW_FOR || k == TokenKind.OPEN_PAREN || k == TokenKind.KW_USE
                || k == TokenKind.KW_ASYNC || atPathStart();
    }

    private GenericBound bound() {
        int start = c.start();
        if (c.at(TokenKind.LIFETIME)) {
            return new GenericBound.Outlives(lifetime());
        }
        if (c.eat(TokenKind.KW_USE)) {
            return new GenericBound.Use(g.generics.useArgs(), span(start));
        }
        if (c.eat(TokenKind.OPEN_PAREN)) {
            GenericBound inner = bound();
            c.expect(TokenKind.CLOSE_PAREN);
            if (inner instanceof GenericBound.Trait tr) {
                return new GenericBound.Trait(tr.modifier(), tr.forLifetimes(), tr.path(), span(start));
            }
            return inner;
        }
        GenericBound.Modifier mod = GenericBound.Modifier.NONE;
        if (c.eat(TokenKind.QUESTION)) {
            mod = GenericBound.Modifier.MAYBE;
        } else if (c.at(TokenKind.TILDE) && c.kind(1) == TokenKind.KW_CONST) {
            c.bump();
            c.bump();
            mod = GenericBound.Modifier.MAYBE_CONST;
        } else if (c.eat(TokenKind.KW_CONST)) {
            mod = GenericBound.Modifier.CONST;
        } else if (c.eat(TokenKind.NOT)) {
            mod = GenericBound.Modifier.NEGATIVE;
        }
        c.eat(TokenKind.KW_ASYNC);
        List<Lifetime> lts = c.at(TokenKind.KW_FOR) ? g.generics.forLifetimes() : List.of();
        c.eat(TokenKind.KW_ASYNC); // `for<'a> async Fn(..)`
        Path path = g.paths.path(PathParser.Style.TYPE);
        return new GenericBound.Trait(mod, lts, path, span(start));
    }
}
