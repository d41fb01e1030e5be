package dev.rustmem.syntax.parse;

import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Attribute;
import dev.rustmem.syntax.ast.Block;
import dev.rustmem.syntax.ast.FnSig;
import dev.rustmem.syntax.ast.Generics;
import dev.rustmem.syntax.ast.Ident;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.ast.Lifetime;
import dev.rustmem.syntax.ast.Literal;
import dev.rustmem.syntax.ast.Pat;
import dev.rustmem.syntax.ast.TypeExpr;
import dev.rustmem.syntax.ast.Visibility;
import dev.rustmem.syntax.lex.LiteralDecoder;
import dev.rustmem.syntax.lex.Token;
import dev.rustmem.syntax.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Functions: qualifiers, parameters (receivers included), return type, body or {@code ;}. */
final class FnParser extends SubParser {
    FnParser(Grammar g) {
        super(g);
    }

    Item fn(List<Attribute> attrs, Visibility vis, int start) {
        int sigStart = c.start(); // rustc's FnSig span: qualifiers through return type and where clause
        FnSig.Qualifiers q = qualifiers();
        c.expect(TokenKind.KW_FN);
        Ident name = ident();
        Generics gs = g.generics.generics();
        if (!c.at(TokenKind.OPEN_PAREN) && gs.params().isEmpty() && !c.at(TokenKind.LT)) {
            throw c.error("missing parameters for function definition", dev.rustmem.source.Span.at(c.prevEnd()),
                    "");
        }
        c.expect(TokenKind.OPEN_PAREN);
        int mark = lists.mark();
        boolean variadic = params();
        List<FnSig.Param> params = lists.pop(mark);
        Optional<TypeExpr> ret = Optional.empty();
        if (c.eat(TokenKind.R_ARROW)) {
            ret = Optional.of(g.types.type());
        }
        gs = g.generics.where(gs);
        FnSig sig = new FnSig(q, name, gs, params, variadic, ret, span(sigStart));
        if (g.bodyOptional ? c.check(TokenKind.SEMI) : c.at(TokenKind.SEMI)) {
            // rustc lists `;` as expected only where bodies are optional (traits, extern blocks)
            c.bump();
            return new Item.Fn(attrs, vis, sig, Optional.empty(), span(start));
        }
        if (!c.at(TokenKind.OPEN_BRACE)) {
            c.check(TokenKind.OPEN_BRACE);
            if (ret.isEmpty() && gs.where().isEmpty()) {
                c.check(TokenKind.R_ARROW);
            }
            if (gs.where().isEmpty()) {
                c.check(TokenKind.KW_WHERE);
            }
            throw c.unexpected();
        }
        List<Attribute> all = new ArrayList<>(attrs);
        Block body = g.blocks.block(all);
        return new Item.Fn(all, vis, sig, Optional.of(body), span(start));
    }

    private FnSig.Qualifiers qualifiers() {
        boolean isConst = c.eat(TokenKind.KW_CONST);
        boolean isAsync = c.eat(TokenKind.KW_ASYNC);
        boolean isUnsafe = c.eat(TokenKind.KW_UNSAFE);
        boolean isSafe = false;
        if (!isUnsafe && c.atIdent("safe")) {
            c.bump();
            isSafe = true;
        }
        Optional<String> abi = Optional.empty();
        if (c.eat(TokenKind.KW_EXTERN)) {
            abi = Optional.of(abiString());
        }
        return new FnSig.Qualifiers(isConst, isAsync, isUnsafe, isSafe, abi);
    }

    /** The ABI after {@code extern}: the string if written, else {@code "C"}. */
    String abiString() {
        Token t = c.peek();
        if (t.is(TokenKind.STR_LIT) || t.is(TokenKind.RAW_STR_LIT)) {
            c.bump();
            Literal lit = LiteralDecoder.decode(t, c.diags);
            return lit instanceof Literal.Str s ? s.value() : "C";
        }
        return "C";
    }

    /** Parameters up to and including {@code )}, pushed on {@link #lists}; returns whether {@code ...} was seen. */
    private boolean params() {
        boolean variadic = false;
        while (!c.check(TokenKind.CLOSE_PAREN)) {
            int start = c.start();
            List<Attribute> attrs = g.attrs.outer();
            if (c.eat(TokenKind.DOT_DOT_DOT)) {
                variadic = true;
            } else if (atSelfParam()) {
                lists.push(selfParam(attrs, start));
            } else {
                Pat pat = g.pats.patNoTopAlt();
                if (c.at(TokenKind.COLON) && c.kind(1) == TokenKind.DOT_DOT_DOT) {
                    c.bump();
                    c.bump();
                    variadic = true;
                } else {
                    c.check(TokenKind.OR); // rustc checks `|` to recover or-patterns in parameters
                    c.expect(TokenKind.COLON);
                    TypeExpr ty = g.types.type();
                    lists.push(new FnSig.Param(attrs, FnSig.SelfKind.NONE, pat, ty, span(start)));
                }
            }
            if (!c.eat(TokenKind.COMMA)) {
                break;
            }
        }
        c.expect(TokenKind.CLOSE_PAREN);
        return variadic;
    }

    private boolean atSelfParam() {
        int i = 0;
        if (c.kind(0) == TokenKind.AND) {
            i = 1;
            if (c.kind(i) == TokenKind.LIFETIME) {
                i++;
            }
        }
        if (c.kind(i) == TokenKind.KW_MUT) {
            i++;
        }
        return c.kind(i) == TokenKind.KW_SELF_VALUE && c.kind(i + 1) != TokenKind.PATH_SEP;
    }

    /** {@code self}, {@code mut self}, {@code &'a mut self}, {@code self: Box<Self>}. */
    private FnSig.Param selfParam(List<Attribute> attrs, int start) {
        boolean ref = c.eat(TokenKind.AND);
        Optional<Lifetime> lt = ref && c.at(TokenKind.LIFETIME) ? Optional.of(lifetime()) : Optional.empty();
        boolean mutable = c.eat(TokenKind.KW_MUT);
        if (!c.check(TokenKind.KW_SELF_VALUE)) {
            throw c.unexpected();
        }
        Token self = c.bumpToken();
        Ident name = identOf(self);
        Span selfSpan = span(start);
        TypeExpr selfTy = new TypeExpr.PathType(PathParser.single(new Ident("Self", self.span())));
        if (ref) {
            Pat pat = new Pat.IdentPat(false, false, name, Optional.empty(), self.span());
            TypeExpr ty = new TypeExpr.Ref(lt, mutable, selfTy, selfSpan);
            return new FnSig.Param(attrs, mutable ? FnSig.SelfKind.REF_MUT : FnSig.SelfKind.REF, pat, ty, selfSpan);
        }
        Pat pat = new Pat.IdentPat(false, mutable, name, Optional.empty(), selfSpan);
        if (c.eat(TokenKind.COLON)) {
            TypeExpr ty = g.types.type();
            return new FnSig.Param(attrs, FnSig.SelfKind.EXPLICIT, pat, ty, span(start));
        }
        return new FnSig.Param(attrs, FnSig.SelfKind.VALUE, pat, selfTy, selfSpan);
    }
}
