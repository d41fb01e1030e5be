package dev.rustmem.syntax.expand;

import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Pat;
import dev.rustmem.syntax.ast.Stmt;
import dev.rustmem.syntax.ast.TokenTree;
import dev.rustmem.syntax.lex.Token;
import dev.rustmem.syntax.lex.TokenKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A targeted form of rustc's {@code macro_rules!} hygiene for local variables: a local that a
 * macro body binds ({@code let tmp = ..}, a closure or match binding) is not the same variable
 * as one the caller names. rustmem keeps names as strings, so where the two would be confused,
 * the macro's local is renamed {@code name#N} (N numbers expansions; {@code #} cannot occur in a
 * Rust identifier, and {@code stringify!} prints the name without it). That is the case when
 *
 * <ul>
 *   <li>a substituted fragment mentions the same name (rustc: {@code let a = 1; $e + a} with
 *       {@code e = a} adds the caller's {@code a}), or</li>
 *   <li>a statement macro binds it at its top level, where it would otherwise shadow the
 *       caller's variable for the rest of the block.</li>
 * </ul>
 *
 * Other locals keep their written names. Only lower-case names are considered, as an upper-case
 * identifier pattern is usually a unit struct, variant or constant. Limits: a
 * {@code format!("{tmp}")} capture of a renamed local in the macro body, and a
 * {@code S { tmp }} shorthand, still see the written name.
 */
final class Hygiene {
    private int next;

    /**
     * Parses a transcription; if that shows a macro-local binding that needs renaming, renames
     * the body's occurrences and parses again.
     *
     * @param kind how to parse the expansion, walk it and find its top-level statements
     */
    <T> Optional<T> parse(Transcriber.Transcription t, ExpansionKind<T> kind) {
        Optional<T> first = kind.parse(t.trees());
        if (first.isEmpty() || t.bodyIdents().isEmpty()) {
            return first;
        }
        Map<Span, Boolean> writtenByBody = new HashMap<>();
        index(t.trees(), t, writtenByBody);
        BindingCollector all = new BindingCollector();
        kind.rewrite(all, first.get());
        Set<String> leaking = new HashSet<>();
        for (Stmt s : kind.statements(first.get())) {
            if (s instanceof Stmt.Let l) {
                BindingCollector top = new BindingCollector();
                top.pat(l.pat());
                for (Pat.IdentPat b : top.bindings) {
                    leaking.add(b.name().name());
                }
            }
        }
        Set<String> rename = new HashSet<>();
        for (Pat.IdentPat b : all.bindings) {
            String name = b.name().name();
            boolean local = !name.isEmpty() && (Character.isLowerCase(name.charAt(0)) || name.charAt(0) == '_');
            if (local && writtenByBody.getOrDefault(b.name().span(), false)
                    && (t.fragmentIdents().contains(name) || leaking.contains(name))) {
                rename.add(name);
            }
        }
        if (rename.isEmpty()) {
            return first;
        }
        int mark = ++next;
        return kind.parse(rename(t.trees(), t, rename, mark));
    }

    /** For each identifier's span: did the body write it? (false where a fragment token shares the span) */
    private static void index(List<TokenTree> trees, Transcriber.Transcription t, Map<Span, Boolean> out) {
        for (TokenTree tt : trees) {
            if (tt instanceof TokenTree.Leaf l && l.token().is(TokenKind.IDENT)) {
                // false wins (not merge with a lambda: its bootstrap would cost a cold run)
                Boolean seen = out.get(l.span());
                out.put(l.span(), (seen == null || seen) && t.bodyIdents().contains(l));
            } else if (tt instanceof TokenTree.Delimited d) {
                index(d.trees(), t, out);
            }
        }
    }

    private static List<TokenTree> rename(List<TokenTree> trees, Transcriber.Transcription t, Set<String> names,
            int mark) {
        List<TokenTree> out = new ArrayList<>(trees.size());
        for (int i = 0; i < trees.size(); i++) {
            TokenTree tt = trees.get(i);
            if (tt instanceof TokenTree.Delimited d) {
                out.add(new TokenTree.Delimited(d.delimiter(), rename(d.trees(), t, names, mark), d.span()));
            } else if (tt instanceof TokenTree.Leaf l && t.bodyIdents().contains(l) && names.contains(l.token().text())
                    && isVariable(trees, i)) {
                Token tok = l.token();
                out.add(new TokenTree.Leaf(new Token(TokenKind.IDENT, tok.text() + "#" + mark, tok.span())));
            } else {
                out.add(tt);
            }
        }
        return out;
    }

    /** Not a field or method ({@code .x}), path segment ({@code a::x}, {@code x::f}) or macro name ({@code x!}). */
    private static boolean isVariable(List<TokenTree> trees, int i) {
        TokenTree prev = i > 0 ? trees.get(i - 1) : null;
        TokenTree next = i + 1 < trees.size() ? trees.get(i + 1) : null;
        return !(prev != null && (Trees.isPunct(prev, TokenKind.DOT) || Trees.isPunct(prev, TokenKind.PATH_SEP)))
                && !(next != null && (Trees.isPunct(next, TokenKind.PATH_SEP) || Trees.isPunct(next, TokenKind.NOT)));
    }

    /** The name a renamed identifier was written with. */
    static String written(String name) {
        int hash = name.indexOf('#');
        return hash < 0 ? name : name.substring(0, hash);
    }

    /** Every identifier pattern in a parsed expansion. */
    private static final class BindingCollector extends AstRewriter {
        final List<Pat.IdentPat> bindings = new ArrayList<>();

        @Override
        public Pat pat(Pat p) {
            if (p instanceof Pat.IdentPat ip) {
                bindings.add(ip);
            }
            return super.pat(p);
        }
    }
}
