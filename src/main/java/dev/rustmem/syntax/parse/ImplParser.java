package dev.rustmem.syntax.parse;

import dev.rustmem.syntax.ast.Attribute;
import dev.rustmem.syntax.ast.GenericBound;
import dev.rustmem.syntax.ast.Generics;
import dev.rustmem.syntax.ast.Ident;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.ast.Path;
import dev.rustmem.syntax.ast.TypeExpr;
import dev.rustmem.syntax.ast.Visibility;
import dev.rustmem.syntax.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code impl} blocks, {@code trait} definitions and {@code extern} blocks: items with item lists. */
final class ImplParser extends SubParser {
    ImplParser(Grammar g) {
        super(g);
    }

    /** The cursor is at {@code impl} ({@code unsafe} already consumed). */
    Item impl(List<Attribute> attrs, int start, boolean unsafe) {
        c.expect(TokenKind.KW_IMPL);
        Generics gs = atImplGenerics() ? g.generics.generics() : Generics.empty(dev.rustmem.source.Span.at(c.prevEnd()));
        if (c.at(TokenKind.KW_CONST)) {
            c.bump();
        }
        boolean negative = c.at(TokenKind.NOT);
        if (negative) {
            c.bump();
        }
        int tyStart = c.start();
        TypeExpr first = g.types.type();
        Optional<Path> traitRef = Optional.empty();
        TypeExpr selfTy = first;
        if (c.eat(TokenKind.KW_FOR)) {
            if (!(first instanceof TypeExpr.PathType p)) {
                throw c.error("expected a trait, found type", c.spanFrom(tyStart), "");
            }
            traitRef = Optional.of(p.path());
            selfTy = g.types.type();
        } else {
            c.check(TokenKind.KW_FOR);
        }
        gs = g.generics.where(gs);
        List<Attribute> all = new ArrayList<>(attrs);
        List<Item> items = body(all, false);
        return new Item.Impl(all, unsafe, gs, negative, traitRef, selfTy, items, span(start));
    }

    /**
     * {@code impl<T>} starts generics, {@code impl <T as Tr>::X} a qualified self type; rustc
     * decides by the tokens after {@code <} (choose_generics_over_qpath).
     */
    private boolean atImplGenerics() {
        if (!c.at(TokenKind.LT)) {
            return false;
        }
        TokenKind k1 = c.kind(1);
        TokenKind k2 = c.kind(2);
        return k1 == TokenKind.GT || k1 == TokenKind.POUND || k1 == TokenKind.LIFETIME
                || (k1 == TokenKind.IDENT && (k2 == TokenKind.GT || k2 == TokenKind.COMMA || k2 == TokenKind.COLON
                        || k2 == TokenKind.EQ))
                || (k1 == TokenKind.KW_CONST && c.kind(2) == TokenKind.IDENT);
    }

    /** The cursor is at {@code trait} or {@code auto trait} ({@code unsafe} already consumed). */
    Item trait(List<Attribute> attrs, Visibility vis, int start, boolean unsafe) {
        boolean auto = false;
        if (c.atIdent("auto")) {
            c.bump();
            auto = true;
        }
        c.expect(TokenKind.KW_TRAIT);
        Ident name = ident();
        Generics gs = g.generics.generics();
        List<GenericBound> supers = List.of();
        if (c.eat(TokenKind.COLON)) {
            supers = g.types.bounds();
        }
        gs = g.generics.where(gs);
        List<Attribute> all = new ArrayList<>(attrs);
        List<Item> items = body(all, true);
        return new Item.Trait(all, vis, unsafe, auto, name, gs, supers, items, span(start));
    }

    /** The cursor is at {@code extern} ({@code unsafe} already consumed). */
    Item externBlock(List<Attribute> attrs, int start, boolean unsafe) {
        c.expect(TokenKind.KW_EXTERN);
        Optional<String> abi = c.at(TokenKind.OPEN_BRACE) ? Optional.empty() : Optional.of(g.fns.abiString());
        List<Attribute> all = new ArrayList<>(attrs);
        List<Item> items = body(all, true);
        return new Item.ExternBlock(all, unsafe, abi, items, span(start));
    }

    private List<Item> body(List<Attribute> innerOut, boolean bodyOptional) {
        c.expect(TokenKind.OPEN_BRACE);
        boolean old = g.bodyOptional;
        g.bodyOptional = bodyOptional;
        try {
            List<Item> items = g.items.itemsUntilClose(innerOut, true);
            c.expect(TokenKind.CLOSE_BRACE);
            return items;
        } finally {
            g.bodyOptional = old;
        }
    }
}
