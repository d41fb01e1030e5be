package dev.rustmem.syntax.parse;

import dev.rustmem.syntax.ast.Attribute;
import dev.rustmem.syntax.ast.Ident;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.ast.Visibility;
import dev.rustmem.syntax.lex.Token;
import dev.rustmem.syntax.lex.TokenKind;
import java.util.List;
import java.util.Optional;

/**
 * Items (rustc_parse::parser::item): dispatch on the leading keywords, plus the small items
 * (use, mod, const, static, type, extern crate, macros). ADTs, functions and impl/trait/extern
 * blocks have their own classes.
 */
final class ItemParser extends SubParser {
    ItemParser(Grammar g) {
        super(g);
    }

    /** Items until {@code }} or end of input, recovering after errors; inner attributes go to {@code inner}. */
    List<Item> itemsUntilClose(List<Attribute> inner) {
        return itemsUntilClose(inner, false);
    }

    /** @param assoc an impl, trait or extern block body, where rustc says "non-item in item list" */
    List<Item> itemsUntilClose(List<Attribute> inner, boolean assoc) {
        inner.addAll(g.attrs.inner());
        int items = lists.mark();
        while (!c.atEof() && !c.at(TokenKind.CLOSE_BRACE)) {
            int from = c.position();
            int depth = c.depth();
            int mark = lists.mark();
            try {
                lists.push(item(assoc));
            } catch (ParseError e) {
                c.resetDepth(depth);
                lists.reset(mark);
                Recovery.synchronize(c, from, false);
            }
        }
        return lists.pop(items);
    }

    /** One item, attributes included; throws after reporting when none starts here. */
    Item item() {
        return item(false);
    }

    private Item item(boolean assoc) {
        int start = c.start();
        List<Attribute> attrs = g.attrs.outer();
        if (!atItemOrMacroStart()) {
            if (c.at(TokenKind.IDENT) || c.at(TokenKind.PATH_SEP)) {
                // rustc tries a macro invocation `path!(..)` here
                g.paths.path(PathParser.Style.MOD);
                c.check(TokenKind.NOT);
                c.check(TokenKind.PATH_SEP);
                throw c.unexpected();
            }
            if (!attrs.isEmpty()) {
                throw c.error("expected item after attributes", attrs.get(attrs.size() - 1).span(), "");
            }
            Token t = c.peek();
            if (assoc) {
                throw c.error("non-item in item list", t.span(), "non-item starts here");
            }
            String found = Describe.token(t);
            throw c.error("expected item, found " + found, t.span(), "expected item");
        }
        return itemAfterAttrs(attrs, start);
    }

    /** True if an item (after outer attributes) starts at the cursor: used to tell items from statements. */
    boolean atItemStart() {
        TokenKind k0 = c.kind();
        TokenKind k1 = c.kind(1);
        switch (k0) {
            case KW_FN: case KW_STRUCT: case KW_ENUM: case KW_USE: case KW_MOD: case KW_TYPE: case KW_TRAIT:
            case KW_IMPL: case KW_EXTERN: case KW_PUB:
                return true;
            case KW_STATIC:
            case KW_CONST:
                // not `const {..}` blocks or `static ||`/`const ||` closures
                return k1 != TokenKind.OPEN_BRACE && k1 != TokenKind.OR && k1 != TokenKind.OR_OR
                        && k1 != TokenKind.KW_MOVE && !(k1 == TokenKind.KW_ASYNC && c.kind(2) != TokenKind.KW_FN);
            case KW_UNSAFE:
                return k1 == TokenKind.KW_FN || k1 == TokenKind.KW_IMPL || k1 == TokenKind.KW_TRAIT
                        || k1 == TokenKind.KW_EXTERN || k1 == TokenKind.KW_MOD || c.atIdent(1, "auto");
            case KW_ASYNC:
                return k1 == TokenKind.KW_FN || (k1 == TokenKind.KW_UNSAFE && c.kind(2) == TokenKind.KW_FN);
            case IDENT:
                return contextualItemStart();
            default:
                return false;
        }
    }

    private boolean contextualItemStart() {
        TokenKind k1 = c.kind(1);
        return (c.atIdent("union") && k1 == TokenKind.IDENT)
                || (c.atIdent("auto") && k1 == TokenKind.KW_TRAIT)
                || (c.atIdent("safe") && (k1 == TokenKind.KW_FN || k1 == TokenKind.KW_STATIC))
                || (c.atIdent("macro_rules") && k1 == TokenKind.NOT && c.kind(2) == TokenKind.IDENT);
    }

    /** In item lists a macro call {@code path!(..)} is an item too. */
    private boolean atMacroItem() {
        if (!atPathStart() || c.at(TokenKind.LT) || c.at(TokenKind.SHL)) {
            return false;
        }
        for (int i = 0; i < 64; i += 2) {
            if (!isPathSegmentStart(c.kind(i)) && !(i == 0 && c.kind(i) == TokenKind.PATH_SEP)) {
                return false;
            }
            if (c.kind(i + 1) == TokenKind.NOT) {
                return true;
            }
            if (c.kind(i + 1) != TokenKind.PATH_SEP) {
                return false;
            }
        }
        return false;
    }

    boolean atItemOrMacroStart() {
        return atItemStart() || atMacroItem();
    }

    Item itemAfterAttrs(List<Attribute> attrs, int start) {
        if (atMacroItem() && !contextualItemStart()) {
            return g.decls.macroItem(attrs, start);
        }
        Visibility vis = g.decls.visibility();
        TokenKind k = c.kind();
        switch (k) {
            case KW_USE:
                return g.decls.useItem(attrs, vis, start);
            case KW_STRUCT:
                return g.adts.struct(attrs, vis, start);
            case KW_ENUM:
                return g.adts.enumItem(attrs, vis, start);
            case KW_TYPE:
                return g.decls.typeAlias(attrs, vis, start);
            case KW_STATIC:
                return g.decls.staticItem(attrs, vis, start);
            case KW_MOD:
                return g.decls.mod(attrs, vis, start, false);
            case KW_IMPL:
                return g.impls.impl(attrs, start, false);
            case KW_TRAIT:
                return g.impls.trait(attrs, vis, start, false);
            case KW_FN:
            case KW_ASYNC:
                return g.fns.fn(attrs, vis, start);
            case KW_CONST: {
                TokenKind k1 = c.kind(1);
                boolean fnQualifier = k1 == TokenKind.KW_FN || k1 == TokenKind.KW_UNSAFE || k1 == TokenKind.KW_ASYNC
                        || k1 == TokenKind.KW_EXTERN || c.atIdent(1, "safe");
                return fnQualifier ? g.fns.fn(attrs, vis, start) : g.decls.constItem(attrs, vis, start);
            }
            case KW_UNSAFE:
                return unsafeItem(attrs, vis, start);
            case KW_EXTERN:
                return externItem(attrs, vis, start, false);
            default:
                break;
        }
        if (c.atIdent("union") && c.kind(1) == TokenKind.IDENT) {
            return g.adts.union(attrs, vis, start);
        }
        if (c.atIdent("auto") && c.kind(1) == TokenKind.KW_TRAIT) {
            return g.impls.trait(attrs, vis, start, false);
        }
        if (c.atIdent("safe") && c.kind(1) == TokenKind.KW_STATIC) {
            c.bump();
            return g.decls.staticItem(attrs, vis, start);
        }
        if (c.atIdent("safe") && c.kind(1) == TokenKind.KW_FN) {
            return g.fns.fn(attrs, vis, start);
        }
        if (c.atIdent("macro_rules") && c.kind(1) == TokenKind.NOT) {
            return g.decls.macroRules(attrs, start);
        }
        if (c.at(TokenKind.IDENT) || c.at(TokenKind.PATH_SEP) || isPathSegmentKeyword(c.kind())) {
            // rustc tries a macro invocation `path!(..)` here
            g.paths.path(PathParser.Style.MOD);
            c.check(TokenKind.NOT);
            c.check(TokenKind.PATH_SEP);
            throw c.unexpected();
        }
        if (vis.kind() != Visibility.Kind.INHERITED) {
            throw c.error("visibility `" + c.file.slice(vis.span()) + "` is not followed by an item", vis.span(),
                    "the visibility");
        }
        Token t = c.peek();
        throw c.error("expected item, found " + Describe.token(t), t.span(), "expected item");
    }

    private Item unsafeItem(List<Attribute> attrs, Visibility vis, int start) {
        TokenKind k1 = c.kind(1);
        if (k1 == TokenKind.KW_IMPL) {
            c.bump();
            return g.impls.impl(attrs, start, true);
        }
        if (k1 == TokenKind.KW_TRAIT || c.atIdent(1, "auto")) {
            c.bump();
            return g.impls.trait(attrs, vis, start, true);
        }
        if (k1 == TokenKind.KW_MOD) {
            c.bump();
            return g.decls.mod(attrs, vis, start, true);
        }
        if (k1 == TokenKind.KW_EXTERN && isExternBlock(2)) {
            c.bump();
            return externItem(attrs, vis, start, true);
        }
        if (k1 == TokenKind.KW_STATIC) {
            c.bump();
            return g.decls.staticItem(attrs, vis, start);
        }
        return g.fns.fn(attrs, vis, start);
    }

    private boolean isExternBlock(int at) {
        TokenKind k = c.kind(at);
        return k == TokenKind.OPEN_BRACE || ((k == TokenKind.STR_LIT || k == TokenKind.RAW_STR_LIT)
                && c.kind(at + 1) == TokenKind.OPEN_BRACE);
    }

    private Item externItem(List<Attribute> attrs, Visibility vis, int start, boolean unsafe) {
        if (c.kind(1) == TokenKind.KW_CRATE) {
            c.bump();
            c.bump();
            Token name = c.peek();
            if (!name.is(TokenKind.IDENT) && !name.is(TokenKind.KW_SELF_VALUE)) {
                c.expect("identifier");
                throw c.unexpected();
            }
            c.bump();
            Optional<Ident> rename = Optional.empty();
            if (c.eat(TokenKind.KW_AS)) {
                rename = Optional.of(g.decls.identOrUnderscore());
            }
            c.expect(TokenKind.SEMI);
            return new Item.ExternCrate(attrs, vis, identOf(name), rename, span(start));
        }
        if (isExternBlock(1)) {
            return g.impls.externBlock(attrs, start, unsafe);
        }
        return g.fns.fn(attrs, vis, start);
    }

}
