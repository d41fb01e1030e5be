package dev.rustmem.syntax.parse;

import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Ident;
import dev.rustmem.syntax.ast.Lifetime;
import dev.rustmem.syntax.lex.Token;
import dev.rustmem.syntax.lex.TokenKind;

/** Shared helpers of the rule families: identifiers, lifetimes, lookahead predicates. */
abstract class SubParser {
    final Grammar g;
    final TokenCursor c;
    final ListStack lists;

    SubParser(Grammar g) {
        this.g = g;
        this.c = g.c;
        this.lists = g.lists;
    }

    Ident ident() {
        if (c.at(TokenKind.IDENT)) {
            return c.bumpIdent();
        }
        Token t = c.peek();
        if (t.kind().isKeyword() || t.is(TokenKind.UNDERSCORE)) {
            // rustc's parse_ident: a keyword gets its own message, whatever else was expected
            String found = Describe.token(t);
            throw c.error("expected identifier, found " + found, t.span(),
                    "expected identifier, found " + found.substring(0, found.indexOf(" `")));
        }
        throw c.error("expected identifier, found " + Describe.token(t), t.span(), "expected identifier");
    }

    Lifetime lifetime() {
        if (c.at(TokenKind.LIFETIME)) {
            Lifetime lt = new Lifetime(c.text(), c.span());
            c.bump();
            return lt;
        }
        c.expect("lifetime");
        throw c.unexpected();
    }

    static Ident identOf(Token t) {
        return new Ident(t.text(), t.span());
    }

    /** {@code self}, {@code Self}, {@code super}, {@code crate}: keywords that are path segments. */
    static boolean isPathSegmentKeyword(TokenKind k) {
        return k == TokenKind.KW_SELF_VALUE || k == TokenKind.KW_SELF_TYPE || k == TokenKind.KW_SUPER
                || k == TokenKind.KW_CRATE;
    }

    static boolean isPathSegmentStart(TokenKind k) {
        return k == TokenKind.IDENT || isPathSegmentKeyword(k);
    }

    /** A path may start here: a segment, a leading {@code ::}, or a qualified {@code <T as Tr>::}. */
    boolean atPathStart() {
        TokenKind k = c.kind();
        return isPathSegmentStart(k) || k == TokenKind.PATH_SEP || k == TokenKind.LT || k == TokenKind.SHL;
    }

    static boolean isOpenDelim(TokenKind k) {
        return k == TokenKind.OPEN_PAREN || k == TokenKind.OPEN_BRACKET || k == TokenKind.OPEN_BRACE;
    }

    Span span(int start) {
        return c.spanFrom(start);
    }
}
