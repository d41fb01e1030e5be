package dev.rustmem.syntax.expand;

import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.TokenTree;
import dev.rustmem.syntax.lex.Token;
import dev.rustmem.syntax.lex.TokenKind;
import java.util.List;
import java.util.function.Predicate;

/**
 * Prints token trees the way {@code stringify!} does in rustc 1.95
 * ({@code rustc_ast_pretty::pprust::State::print_tts}): a token followed in the source by
 * whitespace or a comment is "alone" and gets a space before the next token unless
 * {@code space_between} says the pair never needs one; a token glued to its successor (joint)
 * never does. Parenthesised and bracketed groups print tight, braced groups with inner spaces
 * ({@code { b }}, {@code {}}), invisible groups (captured {@code $e}/{@code $t}) as their
 * contents. So {@code stringify!(HashMap<String, String>)} is {@code "HashMap<String, String>"}
 * and {@code stringify!(& [ u8 ])} is {@code "& [u8]"}, as rustc prints them.
 */
final class TokenPrinter {
    private final String src;
    private final Predicate<Span> transcribed;
    private final TokenMarks marks;

    /**
     * @param transcribed whether a span lies in a {@code macro_rules!} body: rustc's transcriber
     *                    emits the tokens a macro writes itself as {@code Spacing::Alone}, so
     *                    {@code stringify!(Vec<$t>)} inside a macro prints {@code "Vec < u8 >"}
     *                    while fragments keep the spacing of the invocation
     * @param marks       tokens the transcriber substituted for fragments, which rustc emits
     *                    as alone
     */
    TokenPrinter(String sourceText, Predicate<Span> transcribed, TokenMarks marks) {
        this.src = sourceText;
        this.transcribed = transcribed;
        this.marks = marks;
    }

    String print(List<TokenTree> trees) {
        return PrettyLines.print(tts(trees).box(false, 0));
    }

    private PrettyLines.Builder tts(List<TokenTree> trees) {
        return tts(trees, false);
    }

    /** @param inFragment the trees are one type fragment already (do not box it again) */
    private PrettyLines.Builder tts(List<TokenTree> trees, boolean inFragment) {
        PrettyLines.Builder b = new PrettyLines.Builder();
        boolean spaced = false;
        for (int i = 0; i < trees.size(); i++) {
            TokenTree tt = trees.get(i);
            if (!spaced && tt instanceof TokenTree.Leaf l && marks.hasSpaceBefore(l.token())) {
                b.space();
            }
            spaced = false;
            int end = inFragment && i == 0 ? -1 : groupEnd(trees, i);
            if (end > i) {
                b.add(tts(trees.subList(i, end + 1), true).box(false, 0)); // a type fragment (see TokenMarks)
                i = end;
                tt = trees.get(i);
            } else {
                tt(tt, b);
            }
            if (i + 1 < trees.size() && alone(tt) && spaceBetween(tt, trees.get(i + 1))) {
                b.space();
                spaced = true;
            }
        }
        return b;
    }

    /** The index of the token closing the type fragment that starts at {@code i}, or -1. */
    private int groupEnd(List<TokenTree> trees, int i) {
        if (!(trees.get(i) instanceof TokenTree.Leaf l) || !marks.startsGroup(l.token())) {
            return -1;
        }
        for (int j = i + 1; j < trees.size(); j++) {
            if (trees.get(j) instanceof TokenTree.Leaf e && marks.endsGroup(e.token())) {
                return j;
            }
        }
        return -1;
    }

    /**
     * rustc's print_tt: parentheses and brackets around an inconsistent box, braces as a
     * consistent box indented by 4 ({@code bopen}/{@code bclose}), an invisible group as a box.
     */
    private void tt(TokenTree tt, PrettyLines.Builder b) {
        if (tt instanceof TokenTree.Leaf l) {
            b.text(text(l.token()));
            return;
        }
        TokenTree.Delimited d = (TokenTree.Delimited) tt;
        if (Trees.isInvisible(d)) {
            b.add(tts(d.trees()).box(false, 0));
        } else if (d.delimiter() == TokenTree.Delimiter.BRACE) {
            // rustc spaces inside braces only if the `{` was followed by whitespace, and then on
            // both sides ("symmetry is better"): `{b}` stays, `{  b  }` prints as `{ b }`.
            boolean openSpace = !d.trees().isEmpty() && openAlone(d);
            PrettyLines.Builder inner = new PrettyLines.Builder().text("{");
            if (openSpace) {
                inner.space();
            }
            inner.add(tts(d.trees()).box(false, 0));
            if (openSpace) {
                inner.add(new PrettyLines.Break(-4));
            }
            b.add(inner.text("}").box(true, 4));
        } else {
            b.text(Trees.open(d.delimiter())).add(tts(d.trees()).box(false, 0)).text(Trees.close(d.delimiter()));
        }
    }

    private String text(Token t) {
        if (t.is(TokenKind.KW_CRATE) && src.startsWith("$crate", t.span().start())) {
            return "$crate"; // rustc prints a transcribed $crate as written
        }
        if (t.is(TokenKind.IDENT) && t.span().length() == t.text().length() + 2
                && src.startsWith("r#", t.span().start())) {
            return "r#" + t.text();
        }
        return t.is(TokenKind.IDENT) ? Hygiene.written(t.text()) : t.text();
    }

    /** rustc's Spacing::Alone: the tree's last token is followed by whitespace or a comment. */
    private boolean alone(TokenTree tt) {
        if (Trees.isInvisible(tt) || tt instanceof TokenTree.Leaf l && marks.isAlone(l.token())
                || tt instanceof TokenTree.Delimited && marks.isAloneGroup(tt.span())) {
            return true; // a substituted fragment is followed by a space, as rustc's transcriber emits it
        }
        int end = tt.span().end();
        // rustc's transcriber emits a body's tokens alone but keeps a body group's DelimSpacing.
        boolean bodyToken = tt instanceof TokenTree.Leaf && transcribed.test(tt.span());
        if (tt.span().isEmpty() || end >= src.length() || bodyToken) {
            return true;
        }
        char c = src.charAt(end);
        if (Character.isWhitespace(c)) {
            return true;
        }
        return c == '/' && end + 1 < src.length() && (src.charAt(end + 1) == '/' || src.charAt(end + 1) == '*');
    }

    /** Whether a group's opening delimiter is followed by whitespace or a comment in the source. */
    private boolean openAlone(TokenTree.Delimited d) {
        int after = d.span().start() + 1;
        if (after >= src.length()) {
            return true;
        }
        char c = src.charAt(after);
        return Character.isWhitespace(c)
                || c == '/' && after + 1 < src.length() && (src.charAt(after + 1) == '/' || src.charAt(after + 1) == '*');
    }

    private static boolean isPunct(TokenTree tt) {
        if (!(tt instanceof TokenTree.Leaf l)) {
            return false;
        }
        TokenKind k = l.token().kind();
        return k.spelling() != null && !k.isKeyword() && k != TokenKind.UNDERSCORE;
    }

    /** rustc's {@code space_between}: the pairs that never get a space. */
    private static boolean spaceBetween(TokenTree a, TokenTree b) {
        if (Trees.isPunct(a, TokenKind.DOT) && !isPunct(b)) {
            return false; // x.y, tup.0
        }
        if (!isPunct(a) && (Trees.isPunct(b, TokenKind.COMMA) || Trees.isPunct(b, TokenKind.SEMI)
                || Trees.isPunct(b, TokenKind.DOT))) {
            return false; // foo, x = 3; x.y
        }
        if (b instanceof TokenTree.Delimited d && !Trees.isInvisible(d)
                && d.delimiter() == TokenTree.Delimiter.PAREN && a instanceof TokenTree.Leaf l) {
            TokenKind k = l.token().kind();
            if (k == TokenKind.IDENT || k == TokenKind.KW_FN || k == TokenKind.KW_SELF_TYPE || k == TokenKind.KW_PUB) {
                return false; // f(3), fn(x: u8), Self(), pub(crate)
            }
        }
        if (Trees.isPunct(a, TokenKind.POUND) && b instanceof TokenTree.Delimited d
                && d.delimiter() == TokenTree.Delimiter.BRACKET) {
            return false; // #[attr]
        }
        return true;
    }
}
