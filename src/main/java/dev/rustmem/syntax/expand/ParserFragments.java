package dev.rustmem.syntax.expand;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.SourceFile;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Stmt;
import dev.rustmem.syntax.ast.TokenTree;
import dev.rustmem.syntax.lex.Token;
import dev.rustmem.syntax.lex.TokenKind;
import dev.rustmem.syntax.parse.Parser;
import java.util.ArrayList;
import java.util.List;

/**
 * The matcher's black-box fragment parser, backed by {@link Parser}: first rustc's
 * {@code nonterminal_may_begin_with} test (see {@link CanBegin}; failing it is a plain
 * non-match), then a real parse whose errors abort the invocation ({@link MatchAbort}).
 */
final class ParserFragments implements FragmentParser {
    private final SourceFile file;

    ParserFragments(SourceFile file) {
        this.file = file;
    }

    @Override
    public int parse(FragmentKind kind, List<TokenTree> trees, int from) {
        if (!CanBegin.fragment(kind, trees.get(from))) {
            return -1;
        }
        int end = kind == FragmentKind.PAT_PARAM ? beforeVert(trees, from) : trees.size();
        // Parse up to the first token that cannot be inside the fragment first: a parser copies
        // its input, so parsing each of n comma-separated fragments against everything after it
        // would cost O(n^2). If that bounded parse fails, the bound was wrong: parse everything.
        int bound = FragmentBound.of(kind, trees, from, end);
        if (bound < end) {
            Parsed p = parse(kind, trees.subList(from, bound));
            if (!p.parser().diagnostics().hasErrors()) {
                return consumed(trees.subList(from, bound), p);
            }
        }
        List<TokenTree> input = trees.subList(from, end);
        Parsed p = parse(kind, input);
        if (p.parser().diagnostics().hasErrors()) {
            if (kind == FragmentKind.STMT) {
                return stmtWithoutSemi(input, p.parser());
            }
            throw new MatchAbort(p.parser().diagnostics());
        }
        return consumed(input, p);
    }

    /**
     * @param stripSemi rustc's {@code stmt} fragment never includes the trailing semicolon of a
     *                  let or expression statement, which our statement parser consumes
     */
    private record Parsed(Parser parser, boolean stripSemi) {}

    /** Parses one fragment of this kind from the start of {@code input}. */
    private Parsed parse(FragmentKind kind, List<TokenTree> input) {
        Parser p = new Parser(file, withEof(Trees.flatten(input), input));
        boolean stripSemi = false;
        switch (kind) {
            case EXPR, EXPR_2021 -> p.parseExpr();
            case TY -> p.parseType();
            case PAT, PAT_PARAM -> p.parsePat();
            case PATH -> p.parsePath();
            case META -> p.parseMeta();
            case STMT -> {
                Stmt s = p.parseStmt();
                stripSemi = s instanceof Stmt.Let || s instanceof Stmt.ExprStmt es && es.semi();
            }
            case ITEM -> {
                if (p.parseItem().isEmpty() && !p.diagnostics().hasErrors()) {
                    Diagnostics d = new Diagnostics();
                    d.add(Diagnostic.error("expected item, found " + MacroMatcher.describe(input.get(0)),
                            input.get(0).span(), "expected item"));
                    throw new MatchAbort(d);
                }
            }
            default -> throw new AssertionError(kind);
        }
        return new Parsed(p, stripSemi);
    }

    private static int consumed(List<TokenTree> input, Parsed p) {
        int n = treesFor(input, p.parser().position());
        if (p.stripSemi() && n > 1 && Trees.isPunct(input.get(n - 1), TokenKind.SEMI)) {
            n--;
        }
        return n;
    }

    /**
     * rustc parses a {@code stmt} fragment without its semicolon ({@code let z = 3} is a whole
     * fragment), which our statement parser requires: retry on each prefix that ends where a
     * statement may end (before {@code ,} {@code ;} {@code =>} or at the end), with a synthetic
     * {@code ;} appended, and take the shortest that parses completely.
     */
    private int stmtWithoutSemi(List<TokenTree> input, Parser failed) {
        for (int k = 1; k <= input.size(); k++) {
            if (k < input.size() && !Trees.isPunct(input.get(k), TokenKind.COMMA)
                    && !Trees.isPunct(input.get(k), TokenKind.SEMI) && !Trees.isPunct(input.get(k), TokenKind.FAT_ARROW)) {
                continue;
            }
            List<TokenTree> prefix = input.subList(0, k);
            List<Token> tokens = Trees.flatten(prefix);
            tokens.add(new Token(TokenKind.SEMI, ";", Span.at(prefix.get(k - 1).span().end())));
            Parser p = new Parser(file, tokens);
            p.parseStmt();
            if (!p.diagnostics().hasErrors() && p.position() == tokens.size()) {
                return k;
            }
        }
        throw new MatchAbort(failed.diagnostics());
    }

    /** The number of trees whose tokens add up to {@code tokens}, or -1 if it ends inside a tree. */
    private static int treesFor(List<TokenTree> trees, int tokens) {
        int sum = 0;
        int n = 0;
        while (sum < tokens && n < trees.size()) {
            sum += Trees.flatSize(trees.get(n++));
        }
        return sum == tokens && n > 0 ? n : -1;
    }

    /** {@code pat_param} stops before a top-level {@code |} (no or-patterns at the top). */
    private static int beforeVert(List<TokenTree> trees, int from) {
        for (int i = from; i < trees.size(); i++) {
            if (Trees.isPunct(trees.get(i), TokenKind.OR)) {
                return i;
            }
        }
        return trees.size();
    }

    static List<Token> withEof(List<Token> tokens, List<TokenTree> trees) {
        int end = trees.isEmpty() ? 0 : trees.get(trees.size() - 1).span().end();
        List<Token> out = new ArrayList<>(tokens.size() + 1);
        out.addAll(tokens);
        out.add(new Token(TokenKind.EOF, "", Span.at(end)));
        return out;
    }
}
