package dev.rustmem.syntax.parse;

import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Meta;
import dev.rustmem.syntax.ast.TokenTree;
import dev.rustmem.syntax.lex.LiteralDecoder;
import dev.rustmem.syntax.lex.Token;
import dev.rustmem.syntax.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an attribute's token trees as a meta item (rustc_ast::attr::MetaItem): {@code path},
 * {@code path = lit}, {@code path(nested, ...)}. Anything else is kept as {@link Meta.Raw}.
 * {@code unsafe(meta)} (edition 2024's unsafe attributes) yields the inner meta.
 */
final class MetaParser {
    private MetaParser() {}

    /** @param span the span to use when the trees are empty */
    static Meta parse(List<TokenTree> trees, Span span, Diagnostics diags) {
        if (trees.size() == 2 && trees.get(0) instanceof TokenTree.Leaf l && l.token().is(TokenKind.KW_UNSAFE)
                && trees.get(1) instanceof TokenTree.Delimited d && d.delimiter() == TokenTree.Delimiter.PAREN) {
            return parse(d.trees(), d.span(), diags);
        }
        Optional<Meta> m = meta(trees, diags);
        return m.isPresent() ? m.get() : raw(trees, span);
    }

    private static Meta raw(List<TokenTree> trees, Span fallback) {
        int n = pathLength(trees);
        String name = n > 0 ? pathName(trees.subList(0, n)) : "";
        Span span = trees.isEmpty() ? fallback : trees.get(0).span().to(trees.get(trees.size() - 1).span());
        return new Meta.Raw(name, trees.subList(n, trees.size()), span);
    }

    private static Optional<Meta> meta(List<TokenTree> trees, Diagnostics diags) {
        int n = pathLength(trees);
        if (n == 0) {
            return Optional.empty();
        }
        String name = pathName(trees.subList(0, n));
        Span pathSpan = trees.get(0).span().to(trees.get(n - 1).span());
        if (n == trees.size()) {
            return Optional.of(new Meta.Word(name, pathSpan));
        }
        TokenTree next = trees.get(n);
        if (n + 2 == trees.size() && next instanceof TokenTree.Leaf eq && eq.token().is(TokenKind.EQ)
                && trees.get(n + 1) instanceof TokenTree.Leaf lit && isLiteral(lit.token())) {
            return Optional.of(new Meta.NameValue(name, LiteralDecoder.decode(lit.token(), diags),
                    pathSpan.to(lit.span())));
        }
        if (n + 1 == trees.size() && next instanceof TokenTree.Delimited d && d.delimiter() == TokenTree.Delimiter.PAREN) {
            Optional<List<Meta>> items = list(d.trees(), diags);
            return items.isEmpty() ? Optional.empty()
                    : Optional.of(new Meta.ListMeta(name, items.get(), pathSpan.to(d.span())));
        }
        return Optional.empty();
    }

    private static Optional<List<Meta>> list(List<TokenTree> trees, Diagnostics diags) {
        List<Meta> items = new ArrayList<>();
        int i = 0;
        while (i < trees.size()) {
            int j = i;
            while (j < trees.size() && !(trees.get(j) instanceof TokenTree.Leaf l && l.token().is(TokenKind.COMMA))) {
                j++;
            }
            List<TokenTree> part = trees.subList(i, j);
            if (part.isEmpty()) {
                return Optional.empty();
            }
            if (part.size() == 1 && part.get(0) instanceof TokenTree.Leaf l && isLiteral(l.token())) {
                items.add(new Meta.Lit(LiteralDecoder.decode(l.token(), diags), l.span()));
            } else {
                Optional<Meta> m = meta(part, diags);
                if (m.isEmpty()) {
                    return Optional.empty();
                }
                items.add(m.get());
            }
            i = j + 1;
        }
        return Optional.of(items);
    }

    /** Number of leading trees forming a path {@code a::b::c}. */
    static int pathLength(List<TokenTree> trees) {
        int i = 0;
        if (i < trees.size() && isSep(trees.get(i))) {
            i++;
        }
        int end = 0;
        while (i < trees.size() && trees.get(i) instanceof TokenTree.Leaf l && isWord(l.token())) {
            end = i + 1;
            if (i + 1 < trees.size() && isSep(trees.get(i + 1))) {
                i += 2;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean isSep(TokenTree t) {
        return t instanceof TokenTree.Leaf l && l.token().is(TokenKind.PATH_SEP);
    }

    private static boolean isWord(Token t) {
        return t.is(TokenKind.IDENT) || t.kind().isKeyword();
    }

    private static boolean isLiteral(Token t) {
        return isLiteral(t.kind());
    }

    static boolean isLiteral(TokenKind k) {
        return k.isLiteral() || k == TokenKind.KW_TRUE || k == TokenKind.KW_FALSE;
    }

    private static String pathName(List<TokenTree> path) {
        StringBuilder sb = new StringBuilder();
        for (TokenTree t : path) {
            sb.append(((TokenTree.Leaf) t).token().text());
        }
        return sb.toString();
    }
}
