package dev.rustmem.syntax.parse;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Attribute;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.GenericBound;
import dev.rustmem.syntax.ast.Generics;
import dev.rustmem.syntax.ast.Ident;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.ast.MacCall;
import dev.rustmem.syntax.ast.Path;
import dev.rustmem.syntax.ast.TokenTree;
import dev.rustmem.syntax.ast.TypeExpr;
import dev.rustmem.syntax.ast.Visibility;
import dev.rustmem.syntax.lex.Token;
import dev.rustmem.syntax.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The small declarations (rustc's item.rs helpers): visibility, {@code use}, {@code mod},
 * {@code const}, {@code static}, {@code type}, {@code macro_rules!} and item macro calls.
 */
final class DeclParser extends SubParser {
    DeclParser(Grammar g) {
        super(g);
    }

    Ident identOrUnderscore() {
        if (c.at(TokenKind.UNDERSCORE)) {
            return c.bumpIdent();
        }
        return ident();
    }

    /** As {@link #visibility} where the result is not kept: no object for the usual absent one. */
    void skipVisibility() {
        if (c.at(TokenKind.KW_PUB)) {
            visibility();
        } else {
            c.check(TokenKind.KW_PUB);
        }
    }

    /** {@code pub}, {@code pub(crate)}, {@code pub(self)}, {@code pub(super)}, {@code pub(in path)}. */
    Visibility visibility() {
        int start = c.start();
        if (!c.at(TokenKind.KW_PUB)) {
            c.check(TokenKind.KW_PUB);
            return Visibility.inherited(Span.at(start));
        }
        c.bump();
        if (c.at(TokenKind.OPEN_PAREN)) {
            TokenKind k1 = c.kind(1);
            boolean closes = c.kind(2) == TokenKind.CLOSE_PAREN;
            Visibility.Kind kind = k1 == TokenKind.KW_CRATE ? Visibility.Kind.CRATE
                    : k1 == TokenKind.KW_SUPER ? Visibility.Kind.SUPER
                    : k1 == TokenKind.KW_SELF_VALUE ? Visibility.Kind.SELF : null;
            if (kind != null && closes) {
                c.bump();
                c.bump();
                c.bump();
                return new Visibility(kind, Optional.empty(), span(start));
            }
            if (k1 == TokenKind.KW_IN) {
                c.bump();
                c.bump();
                Path p = g.paths.path(PathParser.Style.MOD);
                c.expect(TokenKind.CLOSE_PAREN);
                return new Visibility(Visibility.Kind.IN_PATH, Optional.of(p), span(start));
            }
        }
        return new Visibility(Visibility.Kind.PUBLIC, Optional.empty(), span(start));
    }

    Item useItem(List<Attribute> attrs, Visibility vis, int start) {
        c.expect(TokenKind.KW_USE);
        var tree = new UseTreeParser(g).tree();
        c.expect(TokenKind.SEMI);
        return new Item.Use(attrs, vis, tree, span(start));
    }

    Item mod(List<Attribute> attrs, Visibility vis, int start, boolean unsafe) {
        c.expect(TokenKind.KW_MOD);
        Ident name = ident();
        if (c.eat(TokenKind.SEMI)) {
            return new Item.Mod(attrs, vis, unsafe, name, Optional.empty(), span(start));
        }
        c.check(TokenKind.SEMI);
        c.expect(TokenKind.OPEN_BRACE);
        List<Attribute> all = new ArrayList<>(attrs);
        List<Item> items = g.items.itemsUntilClose(all);
        c.expect(TokenKind.CLOSE_BRACE);
        return new Item.Mod(all, vis, unsafe, name, Optional.of(items), span(start));
    }

    Item constItem(List<Attribute> attrs, Visibility vis, int start) {
        c.expect(TokenKind.KW_CONST);
        Ident name = identOrUnderscore();
        Generics gs = g.generics.generics();
        if (!c.at(TokenKind.COLON)) {
            c.check(TokenKind.COLON);
            Token t = c.peek();
            if (t.is(TokenKind.EQ) || t.is(TokenKind.SEMI)) {
                c.report(Diagnostic.error("missing type for `const` item", Span.at(c.prevEnd()), "")
                        .withHelp("provide a type for the item"));
                throw new ParseError();
            }
            throw c.unexpected();
        }
        c.bump();
        TypeExpr ty = g.types.type();
        Optional<Expr> value = Optional.empty();
        if (c.eat(TokenKind.EQ)) {
            value = Optional.of(g.exprs.exprAllowStruct());
        }
        gs = g.generics.where(gs);
        c.expect(TokenKind.SEMI);
        return new Item.Const(attrs, vis, name, gs, ty, value, span(start));
    }

    Item staticItem(List<Attribute> attrs, Visibility vis, int start) {
        c.expect(TokenKind.KW_STATIC);
        boolean mutable = c.eat(TokenKind.KW_MUT);
        Ident name = ident();
        c.expect(TokenKind.COLON);
        TypeExpr ty = g.types.type();
        Optional<Expr> value = Optional.empty();
        if (c.eat(TokenKind.EQ)) {
            value = Optional.of(g.exprs.exprAllowStruct());
        }
        c.expect(TokenKind.SEMI);
        return new Item.Static(attrs, vis, mutable, name, ty, value, span(start));
    }

    Item typeAlias(List<Attribute> attrs, Visibility vis, int start) {
        c.expect(TokenKind.KW_TYPE);
        Ident name = ident();
        Generics gs = g.generics.generics();
        List<GenericBound> bounds = List.of();
        if (c.eat(TokenKind.COLON)) {
            bounds = g.types.bounds();
        }
        gs = g.generics.where(gs);
        Optional<TypeExpr> ty = Optional.empty();
        if (c.eat(TokenKind.EQ)) {
            ty = Optional.of(g.types.type());
        }
        gs = g.generics.where(gs);
        c.expect(TokenKind.SEMI);
        return new Item.TypeAlias(attrs, vis, name, gs, bounds, ty, span(start));
    }

    Item macroRules(List<Attribute> attrs, int start) {
        c.bump();
        c.expect(TokenKind.NOT);
        Ident name = ident();
        if (!isOpenDelim(c.kind())) {
            c.expect("`(`, `[`, or `{`");
            throw c.unexpected();
        }
        TokenTree.Delimited body = g.attrs.delimited();
        if (body.delimiter() != TokenTree.Delimiter.BRACE) {
            c.expect(TokenKind.SEMI);
        }
        return new Item.MacroRules(attrs, name, body, span(start));
    }

    Item macroItem(List<Attribute> attrs, int start) {
        Path path = g.paths.path(PathParser.Style.MOD);
        c.expect(TokenKind.NOT);
        if (!isOpenDelim(c.kind())) {
            c.check(TokenKind.OPEN_PAREN);
            c.check(TokenKind.OPEN_BRACKET);
            c.check(TokenKind.OPEN_BRACE);
            throw c.unexpected();
        }
        MacCall mac = g.primary.macCall(path, start);
        if (mac.delimiter() != TokenTree.Delimiter.BRACE) {
            if (!c.at(TokenKind.SEMI)) {
                c.report(Diagnostic.error("macros that expand to items must be delimited with braces or followed by "
                        + "a semicolon", mac.span(), ""));
            }
            c.eat(TokenKind.SEMI);
        }
        return new Item.MacroItem(attrs, mac, span(start));
    }
}
