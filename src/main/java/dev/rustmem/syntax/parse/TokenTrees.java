package dev.rustmem.syntax.parse;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.diag.Label;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.TokenTree;
import dev.rustmem.syntax.lex.Token;
import dev.rustmem.syntax.lex.TokenBuffer;
import dev.rustmem.syntax.lex.TokenKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Token trees: tokens with their delimiters matched (rustc_parse::lexer::tokentrees), with
 * rustc's messages for unclosed, unexpected and mismatched delimiters. Iterative, so nesting depth
 * costs no stack.
 */
final class TokenTrees {
    private TokenTrees() {}

    private static final class Frame {
        final Token open;
        final List<TokenTree> trees = new ArrayList<>();

        Frame(Token open) {
            this.open = open;
        }
    }

    static List<TokenTree> build(List<Token> tokens, Diagnostics diags) {
        Deque<Frame> stack = new ArrayDeque<>();
        Frame top = new Frame(null);
        int eof = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).span().end();
        for (Token t : tokens) {
            TokenKind k = t.kind();
            if (k == TokenKind.EOF) {
                eof = t.span().start();
                break;
            }
            if (k == TokenKind.OPEN_PAREN || k == TokenKind.OPEN_BRACKET || k == TokenKind.OPEN_BRACE) {
                stack.push(top);
                top = new Frame(t);
            } else if (k == TokenKind.CLOSE_PAREN || k == TokenKind.CLOSE_BRACKET || k == TokenKind.CLOSE_BRACE) {
                top = close(t, top, stack, diags);
            } else {
                top.trees.add(new TokenTree.Leaf(t));
            }
        }
        if (top.open != null) {
            Diagnostic d = Diagnostic.error("this file contains an unclosed delimiter", Span.at(eof), "");
            while (top.open != null) {
                d = d.withSecondary(new Label(top.open.span(), "unclosed delimiter"));
                Frame parent = stack.pop();
                parent.trees.add(finish(top, Span.at(eof)));
                top = parent;
            }
            diags.add(d);
        }
        return List.copyOf(top.trees);
    }

    private static Frame close(Token t, Frame top, Deque<Frame> stack, Diagnostics diags) {
        if (top.open == null) {
            diags.add(Diagnostic.error("unexpected closing delimiter: `" + t.text() + "`", t.span(),
                    "unexpected closing delimiter"));
            return top;
        }
        if (matches(top.open.kind(), t.kind())) {
            Frame parent = stack.pop();
            parent.trees.add(finish(top, t.span()));
            return parent;
        }
        // rustc reports the unclosed opener as the primary span and the closer as its partner.
        diags.add(Diagnostic.error("mismatched closing delimiter: `" + t.text() + "`", top.open.span(),
                "unclosed delimiter").withSecondary(new Label(t.span(), "mismatched closing delimiter")));
        // If an enclosing delimiter matches, the inner ones were left open: close them all here;
        // otherwise the closer closes the innermost group, as rustc's recovery does.
        int nonMatching = 1;
        boolean found = false;
        for (Frame s : stack) {
            if (s.open == null) {
                break;
            }
            if (matches(s.open.kind(), t.kind())) {
                found = true;
                break;
            }
            nonMatching++;
        }
        if (!found) {
            Frame parent = stack.pop();
            parent.trees.add(finish(top, t.span()));
            return parent;
        }
        Frame cur = top;
        for (int i = 0; i < nonMatching; i++) {
            Frame parent = stack.pop();
            parent.trees.add(finish(cur, Span.at(t.span().start())));
            cur = parent;
        }
        Frame parent = stack.pop();
        parent.trees.add(finish(cur, t.span()));
        return parent;
    }

    private static TokenTree.Delimited finish(Frame f, Span closeSpan) {
        return new TokenTree.Delimited(delimiter(f.open.kind()), f.trees, f.open.span().to(closeSpan));
    }

    /**
     * Reports delimiter errors exactly as {@link #build} does, without building trees (used on
     * whole files, where only the verdict matters).
     */
    static void check(TokenBuffer tokens, Diagnostics diags) {
        final int openParen = TokenKind.OPEN_PAREN.ordinal();
        final int openBracket = TokenKind.OPEN_BRACKET.ordinal();
        final int openBrace = TokenKind.OPEN_BRACE.ordinal();
        final int closeParen = TokenKind.CLOSE_PAREN.ordinal();
        final int closeBracket = TokenKind.CLOSE_BRACKET.ordinal();
        final int closeBrace = TokenKind.CLOSE_BRACE.ordinal();
        int[] stack = new int[64]; // the ordinal of the matching closer
        int depth = 0;
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            int k = tokens.kindOrdinal(i);
            int close = k == openParen ? closeParen : k == openBracket ? closeBracket : k == openBrace ? closeBrace : -1;
            if (close >= 0) {
                if (depth == stack.length) {
                    stack = java.util.Arrays.copyOf(stack, depth * 2);
                }
                stack[depth++] = close;
            } else if (k == closeParen || k == closeBracket || k == closeBrace) {
                if (depth == 0 || stack[--depth] != k) {
                    build(tokens.toList(), diags); // slow path: the full algorithm words the errors
                    return;
                }
            }
        }
        if (depth != 0) {
            build(tokens.toList(), diags);
        }
    }

    static boolean matches(TokenKind open, TokenKind close) {
        return (open == TokenKind.OPEN_PAREN && close == TokenKind.CLOSE_PAREN)
                || (open == TokenKind.OPEN_BRACKET && close == TokenKind.CLOSE_BRACKET)
                || (open == TokenKind.OPEN_BRACE && close == TokenKind.CLOSE_BRACE);
    }

    static TokenTree.Delimiter delimiter(TokenKind open) {
        return switch (open) {
            case OPEN_PAREN -> TokenTree.Delimiter.PAREN;
            case OPEN_BRACKET -> TokenTree.Delimiter.BRACKET;
            default -> TokenTree.Delimiter.BRACE;
        };
    }



    /** The inverse of {@link #build}: delimiters become tokens again (spans at the group's ends). */
    static List<Token> flatten(List<TokenTree> trees) {
        List<Token> out = new ArrayList<>();
        flattenInto(trees, out);
        return out;
    }

    private static void flattenInto(List<TokenTree> trees, List<Token> out) {
        for (TokenTree tt : trees) {
            if (tt instanceof TokenTree.Leaf l) {
                out.add(l.token());
            } else if (tt instanceof TokenTree.Delimited d) {
                TokenKind open = d.delimiter().openKind();
                TokenKind close = d.delimiter().closeKind();
                Span s = d.span();
                out.add(new Token(open, open.spelling(), new Span(s.start(), Math.min(s.start() + 1, s.end()))));
                flattenInto(d.trees(), out);
                out.add(new Token(close, close.spelling(), new Span(Math.max(s.start(), s.end() - 1), s.end())));
            } else {
                throw new AssertionError(tt);
            }
        }
    }
}
