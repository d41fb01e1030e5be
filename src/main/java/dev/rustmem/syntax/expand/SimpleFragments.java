package dev.rustmem.syntax.expand;

import dev.rustmem.syntax.ast.TokenTree;
import dev.rustmem.syntax.lex.Token;
import dev.rustmem.syntax.lex.TokenKind;
import java.util.List;

/**
 * The fragment kinds the matcher recognises on token trees directly, without the parser:
 * {@code tt ident lifetime literal block vis}.
 */
final class SimpleFragments {
    /** Returned for the kinds that need the parser. */
    static final int NEEDS_PARSER = Integer.MIN_VALUE;

    private SimpleFragments() {}

    /** How many trees a fragment of this kind takes at {@code i}; -1 when none can start there. */
    static int match(FragmentKind kind, List<TokenTree> trees, int i) {
        boolean more = i < trees.size();
        TokenTree tt = more ? trees.get(i) : null;
        return switch (kind) {
            case TT -> more ? 1 : -1;
            // rustc's get_macro_ident: any identifier or keyword except `_`.
            case IDENT -> more && Trees.identLike(tt).isPresent() ? 1 : -1;
            case LIFETIME -> more && tt instanceof TokenTree.Leaf l && l.token().is(TokenKind.LIFETIME) ? 1 : -1;
            case LITERAL -> literal(trees, i);
            case BLOCK -> more && tt instanceof TokenTree.Delimited d && d.delimiter() == TokenTree.Delimiter.BRACE
                    && !Trees.isInvisible(d) ? 1 : -1;
            case VIS -> vis(trees, i);
            default -> NEEDS_PARSER;
        };
    }

    /** A literal, {@code true}/{@code false}, or {@code -} before a numeric literal. */
    private static int literal(List<TokenTree> trees, int i) {
        if (i >= trees.size() || !(trees.get(i) instanceof TokenTree.Leaf l)) {
            return -1;
        }
        Token t = l.token();
        if (t.kind().isLiteral() || t.is(TokenKind.KW_TRUE) || t.is(TokenKind.KW_FALSE)) {
            return 1;
        }
        if (t.is(TokenKind.MINUS) && i + 1 < trees.size() && trees.get(i + 1) instanceof TokenTree.Leaf n
                && (n.token().is(TokenKind.INT_LIT) || n.token().is(TokenKind.FLOAT_LIT))) {
            return 2;
        }
        return -1;
    }

    /**
     * {@code pub}, {@code pub(crate)}, {@code pub(self)}, {@code pub(super)}, {@code pub(in path)},
     * or nothing (a {@code vis} fragment may be empty). As in rustc's parse_visibility, {@code pub}
     * followed by another parenthesised group (a tuple field type) is just {@code pub}.
     */
    private static int vis(List<TokenTree> trees, int i) {
        if (i >= trees.size() || !Trees.isPunct(trees.get(i), TokenKind.KW_PUB)) {
            return 0;
        }
        if (i + 1 < trees.size() && trees.get(i + 1) instanceof TokenTree.Delimited d
                && d.delimiter() == TokenTree.Delimiter.PAREN && !d.trees().isEmpty()) {
            TokenTree first = d.trees().get(0);
            boolean single = d.trees().size() == 1 && (Trees.isPunct(first, TokenKind.KW_CRATE)
                    || Trees.isPunct(first, TokenKind.KW_SELF_VALUE) || Trees.isPunct(first, TokenKind.KW_SUPER));
            if (single || Trees.isPunct(first, TokenKind.KW_IN)) {
                return 2;
            }
        }
        return 1;
    }
}
