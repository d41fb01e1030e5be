package dev.rustmem.syntax.parse;

import dev.rustmem.syntax.ast.Attribute;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.FieldDecl;
import dev.rustmem.syntax.ast.Generics;
import dev.rustmem.syntax.ast.Ident;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.ast.TypeExpr;
import dev.rustmem.syntax.ast.Variant;
import dev.rustmem.syntax.ast.VariantData;
import dev.rustmem.syntax.ast.Visibility;
import dev.rustmem.syntax.lex.TokenKind;
import java.util.List;
import java.util.Optional;

/** {@code struct}, {@code enum} and {@code union} definitions with their fields and variants. */
final class AdtParser extends SubParser {
    /** Unit variant data has no state: one shared instance. */
    private static final VariantData.Unit UNIT = new VariantData.Unit();

    AdtParser(Grammar g) {
        super(g);
    }

    Item struct(List<Attribute> attrs, Visibility vis, int start) {
        c.expect(TokenKind.KW_STRUCT);
        Ident name = ident();
        Generics gs = g.generics.generics();
        gs = g.generics.where(gs);
        VariantData data;
        if (c.eat(TokenKind.SEMI)) {
            data = UNIT;
        } else if (c.check(TokenKind.OPEN_BRACE)) {
            data = namedFields();
        } else if (c.check(TokenKind.OPEN_PAREN) && gs.where().isEmpty()) {
            data = tupleFields();
            gs = g.generics.where(gs);
            c.expect(TokenKind.SEMI);
        } else {
            String msg = "expected `where`, `{`, `(`, or `;` after struct name";
            throw c.error(msg + ", found " + Describe.token(c.peek()), c.peek().span(), msg);
        }
        return new Item.Struct(attrs, vis, name, gs, data, span(start));
    }

    Item union(List<Attribute> attrs, Visibility vis, int start) {
        c.bump(); // `union`
        Ident name = ident();
        Generics gs = g.generics.where(g.generics.generics());
        VariantData.Named fields = namedFields();
        return new Item.Union(attrs, vis, name, gs, fields.fields(), span(start));
    }

    Item enumItem(List<Attribute> attrs, Visibility vis, int start) {
        c.expect(TokenKind.KW_ENUM);
        Ident name = ident();
        Generics gs = g.generics.where(g.generics.generics());
        c.expect(TokenKind.OPEN_BRACE);
        int mark = lists.mark();
        while (!c.check(TokenKind.CLOSE_BRACE)) {
            lists.push(variant());
            if (!c.eat(TokenKind.COMMA)) {
                break;
            }
        }
        c.expect(TokenKind.CLOSE_BRACE);
        List<Variant> variants = lists.pop(mark);
        return new Item.Enum(attrs, vis, name, gs, variants, span(start));
    }

    private Variant variant() {
        int start = c.start();
        List<Attribute> attrs = g.attrs.outer();
        g.decls.skipVisibility(); // accepted on variants and dropped, as rustc's parser does
        Ident name = ident();
        VariantData data;
        if (c.at(TokenKind.OPEN_BRACE)) {
            data = namedFields();
        } else if (c.at(TokenKind.OPEN_PAREN)) {
            data = tupleFields();
        } else {
            c.check(TokenKind.OPEN_BRACE);
            c.check(TokenKind.OPEN_PAREN);
            data = UNIT;
        }
        Optional<Expr> disc = Optional.empty();
        if (c.eat(TokenKind.EQ)) {
            disc = Optional.of(g.exprs.exprAllowStruct());
        }
        return new Variant(attrs, name, data, disc, span(start));
    }

    VariantData.Named namedFields() {
        int start = c.start();
        c.expect(TokenKind.OPEN_BRACE);
        int mark = lists.mark();
        while (!c.check(TokenKind.CLOSE_BRACE)) {
            int fstart = c.start();
            List<Attribute> attrs = g.attrs.outer();
            Visibility vis = g.decls.visibility();
            c.eat(TokenKind.KW_UNSAFE); // unsafe fields (unstable), accepted by rustc's parser
            Ident name = ident();
            c.expect(TokenKind.COLON);
            TypeExpr ty = g.types.type();
            Optional<Expr> dflt = Optional.empty();
            if (c.at(TokenKind.EQ)) {
                c.bump();
                dflt = Optional.of(g.exprs.exprAllowStruct());
            }
            lists.push(new FieldDecl(attrs, vis, Optional.of(name), ty, dflt, span(fstart)));
            if (!c.eat(TokenKind.COMMA)) {
                if (!c.at(TokenKind.CLOSE_BRACE)) {
                    // rustc's recovery message for a missing comma between fields, right after the field
                    throw c.error("expected `,`, or `}`, found " + Describe.token(c.peek()),
                            dev.rustmem.source.Span.at(c.prevEnd()), "");
                }
                break;
            }
        }
        c.expect(TokenKind.CLOSE_BRACE);
        List<FieldDecl> fields = lists.pop(mark);
        return new VariantData.Named(fields, span(start));
    }

    VariantData.Tuple tupleFields() {
        int start = c.start();
        c.expect(TokenKind.OPEN_PAREN);
        int mark = lists.mark();
        while (!c.check(TokenKind.CLOSE_PAREN)) {
            int fstart = c.start();
            List<Attribute> attrs = g.attrs.outer();
            Visibility vis = g.decls.visibility();
            TypeExpr ty = g.types.type();
            lists.push(new FieldDecl(attrs, vis, Optional.empty(), ty, Optional.empty(), span(fstart)));
            if (!c.eat(TokenKind.COMMA)) {
                break;
            }
        }
        c.expect(TokenKind.CLOSE_PAREN);
        List<FieldDecl> fields = lists.pop(mark);
        return new VariantData.Tuple(fields, span(start));
    }
}
