package dev.rustmem.syntax.expand;

import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.TokenTree;
import dev.rustmem.syntax.lex.Token;
import dev.rustmem.syntax.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Token-tree helpers, including rustmem's encoding of rustc's invisible delimiters: an opaque
 * fragment ({@code $e:expr}, {@code $t:ty}) is substituted as a parenthesised group whose span
 * is exactly the span of its contents. A real group always spans its two delimiter characters
 * too, so the two cannot be confused. When flattened for the parser the group's delimiters
 * become {@code (} and {@code )} tokens with empty text and zero-width spans; the parser sees
 * ordinary parentheses (so {@code $e * 2} keeps its precedence) and builds a
 * {@code Paren} node whose span equals its inner node's span, which the expander removes again.
 */
final class Trees {
    private Trees() {}

    static boolean isPunct(TokenTree tt, TokenKind kind) {
        return tt instanceof TokenTree.Leaf l && l.token().kind() == kind;
    }

    /** An identifier or keyword token (what {@code $name} and {@code $x:ident} accept). */
    static Optional<Token> identLike(TokenTree tt) {
        if (tt instanceof TokenTree.Leaf l && (l.token().is(TokenKind.IDENT) || l.token().kind().isKeyword())) {
            return Optional.of(l.token());
        }
        return Optional.empty();
    }

    /** An invisible group as described in the class comment. */
    static boolean isInvisible(TokenTree tt) {
        if (!(tt instanceof TokenTree.Delimited d) || d.trees().isEmpty()
                || d.delimiter() != TokenTree.Delimiter.PAREN) {
            return false;
        }
        return d.span().start() == d.trees().get(0).span().start()
                && d.span().end() == d.trees().get(d.trees().size() - 1).span().end();
    }

    static TokenTree.Delimited invisible(List<TokenTree> contents) {
        return new TokenTree.Delimited(TokenTree.Delimiter.PAREN, contents, extent(contents));
    }

    /** The span from the first to the last tree (the trees must not be empty). */
    static Span extent(List<TokenTree> trees) {
        return trees.get(0).span().to(trees.get(trees.size() - 1).span());
    }

    static String describe(TokenTree tt) {
        if (tt instanceof TokenTree.Leaf l) {
            return "`" + l.token().text() + "`";
        }
        TokenTree.Delimited d = (TokenTree.Delimited) tt;
        if (isInvisible(d)) {
            // a forwarded fragment: only expressions and `+` types are wrapped (see FragmentKind.opaque)
            boolean type = d.trees().get(0) instanceof TokenTree.Leaf l
                    && (l.token().is(TokenKind.KW_DYN) || l.token().is(TokenKind.KW_IMPL));
            return (type ? "`ty`" : "`expr`") + " metavariable";
        }
        return "`" + open(d.delimiter()) + "`";
    }

    static String open(TokenTree.Delimiter d) {
        return switch (d) {
            case PAREN -> "(";
            case BRACKET -> "[";
            case BRACE -> "{";
        };
    }

    static String close(TokenTree.Delimiter d) {
        return switch (d) {
            case PAREN -> ")";
            case BRACKET -> "]";
            case BRACE -> "}";
        };
    }



    /** Flattens trees into tokens for the parser, encoding invisible groups as described above. */
    static List<Token> flatten(List<TokenTree> trees) {
        List<Token> out = new ArrayList<>();
        flatten(trees, out);
        return out;
    }

    static void flatten(List<TokenTree> trees, List<Token> out) {
        for (TokenTree tt : trees) {
            flatten(tt, out);
        }
    }

    static void flatten(TokenTree tt, List<Token> out) {
        if (tt instanceof TokenTree.Leaf l) {
            out.add(l.token());
            return;
        }
        TokenTree.Delimited d = (TokenTree.Delimited) tt;
        Span s = d.span();
        if (isInvisible(d)) {
            out.add(new Token(TokenKind.OPEN_PAREN, "", Span.at(s.start())));
            flatten(d.trees(), out);
            out.add(new Token(TokenKind.CLOSE_PAREN, "", Span.at(s.end())));
            return;
        }
        out.add(new Token(d.delimiter().openKind(), open(d.delimiter()), new Span(s.start(), s.start() + 1)));
        flatten(d.trees(), out);
        out.add(new Token(d.delimiter().closeKind(), close(d.delimiter()), new Span(Math.max(s.start(), s.end() - 1),
                s.end())));
    }

    /** How many tokens {@link #flatten} produces for a tree. */
    static int flatSize(TokenTree tt) {
        if (tt instanceof TokenTree.Leaf) {
            return 1;
        }
        int n = 2;
        for (TokenTree t : ((TokenTree.Delimited) tt).trees()) {
            n += flatSize(t);
        }
        return n;
    }


    /** Removes the invisible wrapping of a single opaque fragment, e.g. a forwarded {@code $fmt:expr}. */
    static List<TokenTree> unwrapInvisible(List<TokenTree> trees) {
        while (trees.size() == 1 && isInvisible(trees.get(0))) {
            trees = ((TokenTree.Delimited) trees.get(0)).trees();
        }
        return trees;
    }
}
