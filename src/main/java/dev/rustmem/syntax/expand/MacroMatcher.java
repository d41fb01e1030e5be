package dev.rustmem.syntax.expand;

import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.TokenTree;
import dev.rustmem.syntax.lex.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Matches a macro invocation's tokens against the rules of a {@code macro_rules!} definition.
 * The first rule that matches wins. Within a rule the matcher backtracks over repetitions and
 * group boundaries; rustc instead runs all alternatives in parallel and rejects inputs where two
 * of them need a fragment parser at once ("local ambiguity"), so on every input rustc accepts
 * both find the same single parse. A fragment that starts but fails to parse aborts the whole
 * invocation ({@link MatchAbort}), as in rustc.
 *
 * <p>When no rule matches, {@link #failure()} is the failure that got furthest into the input
 * (earliest rule on ties), which is the one rustc reports.
 */
final class MacroMatcher {
    private final FragmentParser fragments;
    private Failure best;

    /** @param found the token description, or empty at the end of the macro input */
    record Failure(int pos, Span span, Optional<String> found, Optional<String> expected, boolean forwarded) {}

    MacroMatcher(FragmentParser fragments) {
        this.fragments = fragments;
    }

    /**
     * What to match after a sequence, given where the sequence ended and its bindings. The three
     * continuations are named classes (at the end of this file), not lambdas: a lambda's
     * bootstrap costs every cold run.
     */
    private interface Cont {
        boolean run(int at, Env env);
    }

    /** Persistent list of finished repetition iterations, newest first. */
    private record Iters(Env env, Iters older) {}

    /** Index of the matching rule and its bindings, or empty (see {@link #failure()}). */
    Optional<Match> match(List<MacroDef.Rule> rules, List<TokenTree> input, Span closeDelim) {
        best = null;
        Input top = new Input(input, 0, closeDelim, "");
        for (int r = 0; r < rules.size(); r++) {
            WholeInput end = new WholeInput(top);
            if (seq(rules.get(r).matcher(), 0, top, 0, Env.EMPTY, end)) {
                return Optional.of(new Match(r, end.env));
            }
        }
        return Optional.empty();
    }

    record Match(int rule, Env env) {}

    Failure failure() {
        return best;
    }

    private boolean seq(List<MbeTree> pat, int pi, Input in, int ii, Env env, Cont k) {
        if (pi == pat.size()) {
            return k.run(ii, env);
        }
        MbeTree m = pat.get(pi);
        if (m instanceof MbeTree.Tok t) {
            if (ii < in.size() && in.get(ii) instanceof TokenTree.Leaf l && sameToken(l.token(), t.token())) {
                return seq(pat, pi + 1, in, ii + 1, env, k);
            }
            fail(in, ii, Optional.of("`" + t.token().text() + "`"));
            return false;
        } else if (m instanceof MbeTree.Group g) {
            TokenTree tt = ii < in.size() ? in.get(ii) : null;
            if (tt instanceof TokenTree.Delimited d && d.delimiter() == g.delimiter() && !Trees.isInvisible(d)) {
                Span close = new Span(Math.max(d.span().start(), d.span().end() - 1), d.span().end());
                Input inner = new Input(d.trees(), in.pos(ii) + 1, close, Trees.close(d.delimiter()));
                return seq(g.trees(), 0, inner, 0, env, new AfterGroup(inner, pat, pi, in, ii, k));
            }
            fail(in, ii, Optional.of("`" + Trees.open(g.delimiter()) + "`"));
            return false;
        } else if (m instanceof MbeTree.MetaVarDecl v) {
            int n = ii <= in.size() ? fragment(v.kind(), in, ii) : -1;
            if (n < 0) {
                fail(in, ii, Optional.of("meta-variable `$" + v.name() + ":" + v.kind().spelling() + "`"));
                return false;
            }
            List<TokenTree> got = in.trees.subList(ii, ii + n);
            Span span = n == 0 ? Span.at(ii < in.size() ? in.get(ii).span().start() : in.end.start())
                    : Trees.extent(got);
            Env e2 = env.with(v.name(), new Binding.One(new Fragment(v.kind(), got, span)));
            return seq(pat, pi + 1, in, ii + n, e2, k);
        } else if (m instanceof MbeTree.Sequence s) {
            return rep(s, pat, pi, in, ii, env, null, 0, k);
        }
        throw new AssertionError(m);
    }

    /** Matches iteration {@code count + 1} of a repetition, or leaves it (greedy first). */
    private boolean rep(MbeTree.Sequence s, List<MbeTree> pat, int pi, Input in, int ii, Env outer, Iters iters,
            int count, Cont k) {
        if (s.op().allowsMore(count)) {
            int bodyAt = ii;
            boolean sepOk = true;
            if (count > 0 && s.separator().isPresent()) {
                Token sep = s.separator().get();
                if (ii < in.size() && in.get(ii) instanceof TokenTree.Leaf l && sameToken(l.token(), sep)) {
                    bodyAt = ii + 1;
                } else {
                    fail(in, ii, Optional.of("`" + sep.text() + "`"));
                    sepOk = false;
                }
            }
            if (sepOk && seq(s.trees(), 0, in, bodyAt, Env.EMPTY,
                    new NextIteration(s, pat, pi, in, ii, outer, iters, count, k))) {
                return true;
            }
        }
        if (count < s.op().min()) {
            return false;
        }
        Env env = outer;
        for (String var : s.vars()) {
            env = env.with(var, new Binding.Seq(collect(iters, var)));
        }
        return seq(pat, pi + 1, in, ii, env, k);
    }

    private static List<Binding> collect(Iters iters, String var) {
        List<Binding> out = new ArrayList<>();
        for (Iters i = iters; i != null; i = i.older()) {
            out.add(i.env().get(var).orElseThrow());
        }
        java.util.Collections.reverse(out);
        return out;
    }

    private int fragment(FragmentKind kind, Input in, int ii) {
        if (ii >= in.size() && in.top) {
            // rustc runs a fragment parser only on a real token, never at the end of the input:
            // even a `vis`, which may be empty, does not match there
            return -1;
        }
        int n = SimpleFragments.match(kind, in.trees, ii);
        if (n == SimpleFragments.NEEDS_PARSER) {
            n = ii < in.size() ? fragments.parse(kind, in.trees, ii) : -1;
        }
        return n;
    }

    static boolean sameToken(Token a, Token b) {
        return a.kind() == b.kind() && (a.kind().spelling() != null || a.text().equals(b.text()));
    }

    private void fail(Input in, int ii, Optional<String> expected) {
        int pos = in.pos(ii);
        if (best != null && best.pos() >= pos) {
            return;
        }
        if (ii < in.size()) {
            TokenTree tt = in.get(ii);
            Span span = tt instanceof TokenTree.Delimited d && !Trees.isInvisible(d)
                    ? new Span(d.span().start(), d.span().start() + 1) : tt.span();
            best = new Failure(pos, span, Optional.of(describe(tt)), expected, Trees.isInvisible(tt));
        } else if (in.top) {
            best = new Failure(pos, in.end, Optional.empty(), expected, false);
        } else {
            best = new Failure(pos, in.end, Optional.of("`" + in.close + "`"), expected, false);
        }
    }

    /** rustc's {@code token_descr}: keywords are called out as such. */
    static String describe(TokenTree tt) {
        if (tt instanceof TokenTree.Leaf l && l.token().kind().isKeyword()) {
            return "keyword `" + l.token().text() + "`";
        }
        return Trees.describe(tt);
    }

    /** After a rule's matcher: the match succeeds if it consumed the whole input; {@link #env} has its bindings. */
    private final class WholeInput implements Cont {
        private final Input top;
        Env env;

        WholeInput(Input top) {
            this.top = top;
        }

        @Override
        public boolean run(int at, Env env) {
            if (at == top.size()) {
                this.env = env;
                return true;
            }
            fail(top, at, Optional.empty());
            return false;
        }
    }

    /** After a delimited group's contents (which must be all of {@code inner}): the rest of {@code pat}. */
    private final class AfterGroup implements Cont {
        private final Input inner;
        private final List<MbeTree> pat;
        private final int pi;
        private final Input in;
        private final int ii;
        private final Cont k;

        AfterGroup(Input inner, List<MbeTree> pat, int pi, Input in, int ii, Cont k) {
            this.inner = inner;
            this.pat = pat;
            this.pi = pi;
            this.in = in;
            this.ii = ii;
            this.k = k;
        }

        @Override
        public boolean run(int at, Env env) {
            if (at != inner.size()) {
                fail(inner, at, Optional.empty());
                return false;
            }
            return seq(pat, pi + 1, in, ii + 1, env, k);
        }
    }

    /** After one iteration of a repetition that consumed input: try one more (see {@link #rep}). */
    private final class NextIteration implements Cont {
        private final MbeTree.Sequence s;
        private final List<MbeTree> pat;
        private final int pi;
        private final Input in;
        private final int ii;
        private final Env outer;
        private final Iters iters;
        private final int count;
        private final Cont k;

        NextIteration(MbeTree.Sequence s, List<MbeTree> pat, int pi, Input in, int ii, Env outer, Iters iters,
                int count, Cont k) {
            this.s = s;
            this.pat = pat;
            this.pi = pi;
            this.in = in;
            this.ii = ii;
            this.outer = outer;
            this.iters = iters;
            this.count = count;
            this.k = k;
        }

        @Override
        public boolean run(int at, Env iterEnv) {
            return at > ii && rep(s, pat, pi, in, at, outer, new Iters(iterEnv, iters), count + 1, k);
        }
    }

    /** A token-tree list being matched, with each tree's position in the flattened whole input. */
    private static final class Input {
        final List<TokenTree> trees;
        final int base;
        final Span end;
        final boolean top;
        final String close;
        private int[] starts;

        /** @param close the closing delimiter of a nested group; empty for the whole input */
        Input(List<TokenTree> trees, int base, Span end, String close) {
            this.trees = trees;
            this.base = base;
            this.end = end;
            this.top = close.isEmpty();
            this.close = close;
        }

        int size() {
            return trees.size();
        }

        TokenTree get(int i) {
            return trees.get(i);
        }

        int pos(int i) {
            if (starts == null) {
                starts = new int[trees.size() + 1];
                for (int j = 0; j < trees.size(); j++) {
                    starts[j + 1] = starts[j] + Trees.flatSize(trees.get(j));
                }
            }
            return base + starts[i];
        }
    }
}
