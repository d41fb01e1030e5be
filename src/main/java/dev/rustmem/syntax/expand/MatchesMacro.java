package dev.rustmem.syntax.expand;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.syntax.ast.BuiltinArgs;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.MacCall;
import dev.rustmem.syntax.ast.Pat;
import dev.rustmem.syntax.ast.TokenTree;
import dev.rustmem.syntax.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code matches!(expr, pattern if guard)}, std's {@code ($e:expr, $p:pat $(if $g:expr)? $(,)?)}. */
final class MatchesMacro {
    private final ExpansionParser parser;
    private final Diagnostics diags;

    MatchesMacro(ExpansionParser parser, Diagnostics diags) {
        this.parser = parser;
        this.diags = diags;
    }

    Optional<BuiltinArgs> parse(MacCall m) {
        List<List<TokenTree>> parts = ArgSplitter.split(m.tokens());
        if (parts.size() != 2) {
            diags.add(Diagnostic.error(parts.size() < 2 ? "unexpected end of macro invocation"
                    : "no rules expected `,`", m.span(), parts.size() < 2 ? "missing tokens in macro arguments"
                    : "no rules expected this token in macro call"));
            return Optional.empty();
        }
        Optional<Expr> scrutinee = parser.expr(parts.get(0), Optional.empty());
        List<TokenTree> rest = parts.get(1);
        Optional<ExpansionParser.Prefix<Pat>> pat = parser.patPrefix(Trees.flatten(rest));
        if (scrutinee.isEmpty() || pat.isEmpty()) {
            return Optional.empty();
        }
        int trees = 0;
        int tokens = 0;
        while (tokens < pat.get().consumed() && trees < rest.size()) {
            tokens += Trees.flatSize(rest.get(trees++));
        }
        Optional<Expr> guard = Optional.empty();
        if (trees < rest.size()) {
            if (!Trees.isPunct(rest.get(trees), TokenKind.KW_IF)) {
                diags.add(Diagnostic.error("no rules expected " + MacroMatcher.describe(rest.get(trees)),
                        rest.get(trees).span(), "no rules expected this token in macro call"));
                return Optional.empty();
            }
            guard = parser.expr(new ArrayList<>(rest.subList(trees + 1, rest.size())), Optional.empty());
            if (guard.isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(new BuiltinArgs.Matches(scrutinee.get(), pat.get().value(), guard));
    }
}
