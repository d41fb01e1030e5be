package dev.rustmem.syntax.expand;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.TokenTree;
import dev.rustmem.syntax.lex.Token;
import dev.rustmem.syntax.lex.TokenKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Substitutes meta-variables into a rule's transcriber, as rustc's {@code mbe::transcribe}:
 * repetitions iterate as many times as the repeating meta-variables inside them matched, at the
 * current repetition depth, and all of them must agree. Errors are reported to the diagnostics;
 * the caller abandons an expansion that reported any.
 */
final class Transcriber {
    private final Diagnostics diags;
    private final List<Integer> indices = new ArrayList<>();
    private final TokenMarks marks;
    private boolean emptyFragmentBefore;
    private final Set<TokenTree.Leaf> bodyIdents = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<String> fragmentIdents = new HashSet<>();

    /** @param marks collects the tokens substituted for ident, lifetime, literal and type fragments (see {@link TokenPrinter}) */
    Transcriber(Diagnostics diags, TokenMarks marks) {
        this.diags = diags;
        this.marks = marks;
    }

    /**
     * The expansion's tokens, which of its identifier leaves the macro body wrote (by identity)
     * and the identifiers inside substituted fragments, for {@link Hygiene}.
     */
    record Transcription(List<TokenTree> trees, Set<TokenTree.Leaf> bodyIdents, Set<String> fragmentIdents) {}

    Transcription transcribe(List<MbeTree> trees, Env env) {
        List<TokenTree> out = new ArrayList<>();
        emit(trees, env, out);
        return new Transcription(out, bodyIdents, fragmentIdents);
    }

    private void emit(List<MbeTree> trees, Env env, List<TokenTree> out) {
        for (MbeTree t : trees) {
            if (t instanceof MbeTree.Tok tok) {
                Token token = tok.token();
                if (emptyFragmentBefore) {
                    // rustc emits an empty invisible group for an empty `$v:vis`, which
                    // stringify! prints as a space
                    token = copy(token);
                    marks.markSpaceBefore(token);
                    emptyFragmentBefore = false;
                }
                TokenTree.Leaf leaf = new TokenTree.Leaf(token);
                if (token.is(TokenKind.IDENT)) {
                    bodyIdents.add(leaf);
                }
                out.add(leaf);
            } else if (t instanceof MbeTree.Group g) {
                List<TokenTree> inner = new ArrayList<>();
                emit(g.trees(), env, inner);
                out.add(new TokenTree.Delimited(g.delimiter(), inner, g.span()));
            } else if (t instanceof MbeTree.MetaVar v) {
                metaVar(v, env, out);
            } else if (t instanceof MbeTree.Sequence s) {
                sequence(s, env, out);
            } else {
                throw new AssertionError(t);
            }
        }
    }

    private void metaVar(MbeTree.MetaVar v, Env env, List<TokenTree> out) {
        Optional<Binding> b = env.get(v.name());
        if (b.isEmpty()) {
            // Not a meta-variable of this rule (e.g. one of a nested macro_rules!): copied as is.
            Span s = v.span();
            out.add(new TokenTree.Leaf(new Token(TokenKind.DOLLAR, "$", new Span(s.start(), s.start() + 1))));
            out.add(new TokenTree.Leaf(new Token(TokenKind.IDENT, v.name(), new Span(s.start() + 1, s.end()))));
            return;
        }
        Binding cur = current(b.get());
        if (cur instanceof Binding.Seq) {
            diags.add(Diagnostic.error("variable `" + v.name() + "` is still repeating at this depth", v.span(), ""));
            return;
        }
        Fragment f = ((Binding.One) cur).fragment();
        List<TokenTree> trees = f.trees();
        collectIdents(trees);
        boolean wrapped = trees.size() == 1 && Trees.isInvisible(trees.get(0));
        emptyFragmentBefore = trees.isEmpty();
        if (trees.isEmpty() || wrapped) {
            out.addAll(trees);
        } else if (f.kind() == FragmentKind.TY && !hasTopLevelPlus(trees)
                && trees.get(0) instanceof TokenTree.Leaf && trees.get(trees.size() - 1) instanceof TokenTree.Leaf) {
            // A type can only be re-associated by a `+` (`&$t` with `dyn A + B`); others go in as
            // tokens, so that `impl $tr for $t` and `T: $bound` still parse as paths; its ends
            // are marked so stringify! still prints it as rustc's one box. One starting or ending
            // in a group (`[u8; 4]`) stays wrapped, which gives the same printing.
            typeTokens(trees, out);
        } else if (f.kind().opaque()) {
            out.add(Trees.invisible(trees));
        } else if (f.kind() == FragmentKind.TT) {
            out.addAll(trees); // a tt keeps the spacing it had
        } else {
            aloneAfter(trees, out);
        }
    }

    private void typeTokens(List<TokenTree> trees, List<TokenTree> out) {
        Token first = copy(((TokenTree.Leaf) trees.get(0)).token());
        Token last = trees.size() == 1 ? first : copy(((TokenTree.Leaf) trees.get(trees.size() - 1)).token());
        marks.markAlone(last);
        marks.markGroup(first, last);
        out.add(new TokenTree.Leaf(first));
        out.addAll(trees.subList(1, Math.max(1, trees.size() - 1)));
        if (trees.size() > 1) {
            out.add(new TokenTree.Leaf(last));
        }
    }

    private static Token copy(Token t) {
        return new Token(t.kind(), t.text(), t.span());
    }

    /** Emits the trees with their last token marked alone, as rustc's transcriber spaces a fragment. */
    private void aloneAfter(List<TokenTree> trees, List<TokenTree> out) {
        out.addAll(trees.subList(0, trees.size() - 1));
        TokenTree last = trees.get(trees.size() - 1);
        if (last instanceof TokenTree.Leaf l) {
            Token copy = new Token(l.token().kind(), l.token().text(), l.token().span());
            marks.markAlone(copy);
            out.add(new TokenTree.Leaf(copy));
        } else {
            marks.markAloneGroup(last.span());
            out.add(last);
        }
    }

    private static boolean hasTopLevelPlus(List<TokenTree> trees) {
        for (TokenTree tt : trees) {
            if (Trees.isPunct(tt, TokenKind.PLUS)) {
                return true;
            }
        }
        return false;
    }

    private void collectIdents(List<TokenTree> trees) {
        for (TokenTree tt : trees) {
            if (tt instanceof TokenTree.Leaf l && l.token().is(TokenKind.IDENT)) {
                fragmentIdents.add(l.token().text());
            } else if (tt instanceof TokenTree.Delimited d) {
                collectIdents(d.trees());
            }
        }
    }

    /** The binding at the current repetition indices (rustc's lookup_cur_matched). */
    private Binding current(Binding b) {
        for (int idx : indices) {
            if (!(b instanceof Binding.Seq s)) {
                break;
            }
            b = s.items().get(idx);
        }
        return b;
    }

    private void sequence(MbeTree.Sequence s, Env env, List<TokenTree> out) {
        int count = -1;
        String first = null;
        for (String var : s.vars()) {
            Optional<Binding> b = env.get(var);
            if (b.isEmpty() || !(current(b.get()) instanceof Binding.Seq seq)) {
                continue;
            }
            int n = seq.items().size();
            if (count >= 0 && n != count) {
                diags.add(Diagnostic.error("meta-variable `" + first + "` repeats " + times(count) + ", but `" + var
                        + "` repeats " + times(n), s.span(), ""));
                return;
            }
            count = n;
            first = var;
        }
        if (count < 0) {
            diags.add(Diagnostic.error("attempted to repeat an expression containing no syntax variables matched "
                    + "as repeating at this depth", s.span(), ""));
            return;
        }
        if (count == 0 && s.op() == MbeTree.KleeneOp.ONE_OR_MORE) {
            diags.add(Diagnostic.error("this must repeat at least once", s.span(), ""));
            return;
        }
        for (int i = 0; i < count; i++) {
            if (i > 0 && s.separator().isPresent()) {
                out.add(new TokenTree.Leaf(s.separator().get()));
            }
            indices.add(i);
            emit(s.trees(), env, out);
            indices.remove(indices.size() - 1);
        }
    }

    private static String times(int n) {
        return n == 1 ? "1 time" : n + " times";
    }
}
