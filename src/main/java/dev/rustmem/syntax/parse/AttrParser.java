package dev.rustmem.syntax.parse;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Attribute;
import dev.rustmem.syntax.ast.Meta;
import dev.rustmem.syntax.ast.TokenTree;
import dev.rustmem.syntax.lex.LiteralDecoder;
import dev.rustmem.syntax.lex.Token;
import dev.rustmem.syntax.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;

/** Outer {@code #[..]} and inner {@code #![..]} attributes (doc comments arrive as {@code #[doc = ".."]}). */
final class AttrParser extends SubParser {
    AttrParser(Grammar g) {
        super(g);
    }

    List<Attribute> outer() {
        if (!c.at(TokenKind.POUND)) {
            return List.of(); // the usual case: no list made
        }
        List<Attribute> out = new ArrayList<>();
        while (c.at(TokenKind.POUND)) {
            if (c.kind(1) == TokenKind.NOT && c.kind(2) == TokenKind.OPEN_BRACKET) {
                Attribute a = attribute();
                c.report(Diagnostic.error("an inner attribute is not permitted in this context",
                        a.span(), "not permitted in this context")
                        .withNote("inner attributes, like `#![no_std]`, annotate the item enclosing them, and are "
                                + "usually found at the beginning of source files"));
                continue;
            }
            if (c.kind(1) != TokenKind.OPEN_BRACKET) {
                break;
            }
            out.add(attribute());
        }
        return out;
    }

    List<Attribute> inner() {
        if (!c.at(TokenKind.POUND)) {
            return List.of();
        }
        List<Attribute> out = new ArrayList<>();
        while (c.at(TokenKind.POUND) && c.kind(1) == TokenKind.NOT && c.kind(2) == TokenKind.OPEN_BRACKET) {
            out.add(attribute());
        }
        return out;
    }

    private Attribute attribute() {
        int start = c.start();
        c.expect(TokenKind.POUND);
        boolean inner = c.eat(TokenKind.NOT);
        if (!c.at(TokenKind.OPEN_BRACKET)) {
            c.check(TokenKind.OPEN_BRACKET);
            throw c.unexpected();
        }
        Meta simple = c.delimitersBalanced() ? simpleMeta() : null;
        if (simple != null) {
            return new Attribute(inner, simple, span(start));
        }
        TokenTree.Delimited group = delimited();
        checkShape(group);
        Meta meta = MetaParser.parse(group.trees(), group.span(), c.diags);
        return new Attribute(inner, meta, span(start));
    }

    /**
     * The common shapes {@code [name]}, {@code [name = literal]} (doc comments) and
     * {@code [name(word, ...)]} ({@code derive}, {@code repr}) read straight from the cursor at
     * {@code [}: the meta {@link MetaParser} makes from the token trees, without the trees. Null,
     * with nothing consumed, for any other shape.
     */
    private Meta simpleMeta() {
        if (c.kind(1) != TokenKind.IDENT) {
            return null;
        }
        TokenKind k2 = c.kind(2);
        if (k2 == TokenKind.CLOSE_BRACKET) {
            c.bump();
            Meta.Word word = new Meta.Word(c.text(), c.span());
            c.bump();
            c.bump();
            return word;
        }
        if (k2 == TokenKind.EQ && MetaParser.isLiteral(c.kind(3)) && c.kind(4) == TokenKind.CLOSE_BRACKET) {
            c.bump();
            String name = c.text();
            Span nameSpan = c.span();
            c.bump();
            c.bump();
            TokenKind kind = c.kind();
            String text = c.text();
            Span litSpan = c.span();
            c.bump();
            c.bump();
            return new Meta.NameValue(name, LiteralDecoder.decode(kind, text, litSpan, c.diags), nameSpan.to(litSpan));
        }
        if (k2 != TokenKind.OPEN_PAREN) {
            return null;
        }
        int n = 3; // words separated by commas, a trailing one allowed
        while (c.kind(n) == TokenKind.IDENT) {
            n++;
            if (c.kind(n) != TokenKind.COMMA) {
                break;
            }
            n++;
        }
        if (c.kind(n) != TokenKind.CLOSE_PAREN || c.kind(n + 1) != TokenKind.CLOSE_BRACKET) {
            return null;
        }
        c.bump();
        String name = c.text();
        Span nameSpan = c.span();
        c.bump();
        int open = c.start();
        c.bump();
        int mark = lists.mark();
        while (c.at(TokenKind.IDENT)) {
            lists.push(new Meta.Word(c.text(), c.span()));
            c.bump();
            c.eat(TokenKind.COMMA);
        }
        List<Meta> items = lists.pop(mark);
        c.bump();
        Span group = new Span(open, c.prevEnd());
        c.bump();
        return new Meta.ListMeta(name, items, nameSpan.to(group));
    }

    /**
     * An attribute is a path followed by nothing, one delimited group, or {@code = tokens}
     * (rustc's parse_attr_item); anything else is reported in rustc's words.
     */
    private void checkShape(TokenTree.Delimited group) {
        List<TokenTree> trees = group.trees();
        if (trees.size() >= 2 && trees.get(0) instanceof TokenTree.Leaf u && u.token().is(TokenKind.KW_UNSAFE)
                && trees.get(1) instanceof TokenTree.Delimited inner) {
            trees = inner.trees();
        }
        int n = MetaParser.pathLength(trees);
        if (n == 0) {
            Span at = trees.isEmpty() ? Span.at(group.span().end() - 1) : firstSpan(trees.get(0));
            String found = trees.isEmpty() ? "`]`" : describe(trees.get(0));
            c.report(Diagnostic.error("expected identifier, found " + found, at, "expected identifier"));
            return;
        }
        if (n == trees.size() || (n + 1 == trees.size() && trees.get(n) instanceof TokenTree.Delimited)) {
            return;
        }
        if (trees.get(n) instanceof TokenTree.Leaf eq && eq.token().is(TokenKind.EQ) && n + 1 < trees.size()) {
            return;
        }
        int bad = trees.get(n) instanceof TokenTree.Delimited ? n + 1 : n;
        String expected = bad == n ? "expected one of `(`, `::`, `=`, `[`, `]`, or `{`" : "expected `]`";
        if (bad == n && trees.get(n) instanceof TokenTree.Leaf eq && eq.token().is(TokenKind.EQ)) {
            c.report(Diagnostic.error("expected expression, found `]`", Span.at(group.span().end() - 1),
                    "expected expression"));
            return;
        }
        c.report(Diagnostic.error(expected + ", found " + describe(trees.get(bad)), firstSpan(trees.get(bad)),
                expected));
    }

    private static Span firstSpan(TokenTree t) {
        return t instanceof TokenTree.Delimited d ? new Span(d.span().start(), d.span().start() + 1) : t.span();
    }

    private static String describe(TokenTree t) {
        if (t instanceof TokenTree.Leaf l) {
            return Describe.token(l.token());
        }
        return "`" + ((TokenTree.Delimited) t).delimiter().openKind().spelling() + "`";
    }

    /** Consumes one balanced delimited group starting at the current open delimiter. */
    TokenTree.Delimited delimited() {
        if (c.delimitersBalanced()) {
            return balancedGroup();
        }
        Token open = c.peek();
        List<Token> slice = new ArrayList<>();
        int depth = 0;
        do {
            Token t = c.peek();
            if (t.is(TokenKind.EOF)) {
                break;
            }
            if (isOpenDelim(t.kind())) {
                depth++;
            } else if (t.is(TokenKind.CLOSE_PAREN) || t.is(TokenKind.CLOSE_BRACKET) || t.is(TokenKind.CLOSE_BRACE)) {
                depth--;
            }
            slice.add(c.bumpToken());
        } while (depth > 0);
        List<TokenTree> trees = TokenTrees.build(slice, c.diags);
        if (!trees.isEmpty() && trees.get(0) instanceof TokenTree.Delimited d) {
            return d;
        }
        return new TokenTree.Delimited(TokenTrees.delimiter(open.kind()), trees, span(open.span().start()));
    }

    private static final TokenTree.Delimiter[] DELIMITERS = TokenTree.Delimiter.values();

    /** Per open group of {@link #balancedGroup}: start offset, list mark, delimiter ordinal. */
    private int[] frames = new int[3 * 8];

    /**
     * {@link #delimited} when every delimiter is known to be closed by its match: the trees are
     * built straight from the cursor (no token slice, no delimiter matching), iteratively so that
     * nesting costs no stack. Same trees as {@link TokenTrees#build} makes.
     */
    private TokenTree.Delimited balancedGroup() {
        int depth = 0;
        while (true) {
            TokenKind k = c.kind();
            if (isOpenDelim(k)) {
                if (depth * 3 == frames.length) {
                    frames = java.util.Arrays.copyOf(frames, frames.length * 2);
                }
                frames[depth * 3] = c.start();
                frames[depth * 3 + 1] = lists.mark();
                frames[depth * 3 + 2] = TokenTrees.delimiter(k).ordinal();
                depth++;
                c.bump();
            } else if (isClose(k)) {
                depth--;
                int start = frames[depth * 3];
                List<TokenTree> trees = lists.pop(frames[depth * 3 + 1]);
                c.bump();
                TokenTree.Delimited d = new TokenTree.Delimited(DELIMITERS[frames[depth * 3 + 2]], trees,
                        new Span(start, c.prevEnd()));
                if (depth == 0) {
                    return d;
                }
                lists.push(d);
            } else {
                lists.push(new TokenTree.Leaf(c.bumpToken()));
            }
        }
    }

    /** A meta item at the cursor (the {@code $m:meta} fragment): a path, then {@code (..)} or {@code = tokens}. */
    Meta meta() {
        int start = c.start();
        List<Token> slice = new ArrayList<>();
        while (c.at(TokenKind.PATH_SEP) || c.at(TokenKind.IDENT) || c.kind().isKeyword()) {
            slice.add(c.bumpToken());
        }
        if (slice.isEmpty()) {
            c.expect("identifier");
            throw c.unexpected();
        }
        List<TokenTree> trees = new ArrayList<>(TokenTrees.build(slice, c.diags));
        if (isOpenDelim(c.kind())) {
            trees.add(delimited());
        } else if (c.at(TokenKind.EQ)) {
            List<Token> rest = new ArrayList<>();
            int depth = 0;
            while (!c.atEof() && !(depth == 0 && (c.at(TokenKind.COMMA) || isClose(c.kind())))) {
                if (isOpenDelim(c.kind())) {
                    depth++;
                } else if (isClose(c.kind())) {
                    depth--;
                }
                rest.add(c.bumpToken());
            }
            trees.addAll(TokenTrees.build(rest, c.diags));
        }
        return MetaParser.parse(trees, Span.at(start), c.diags);
    }

    private static boolean isClose(TokenKind k) {
        return k == TokenKind.CLOSE_PAREN || k == TokenKind.CLOSE_BRACKET || k == TokenKind.CLOSE_BRACE;
    }
}
