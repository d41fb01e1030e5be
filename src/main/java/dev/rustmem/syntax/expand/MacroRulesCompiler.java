package dev.rustmem.syntax.expand;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Attribute;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.ast.TokenTree;
import dev.rustmem.syntax.lex.Token;
import dev.rustmem.syntax.lex.TokenKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compiles a {@code macro_rules!} body ({@code (matcher) => {transcriber};...}) into a
 * {@link MacroDef}, as rustc's {@code mbe::quoted::parse} does. Malformed definitions are
 * reported; the rules that compiled are kept so later invocations still expand.
 */
final class MacroRulesCompiler {
    private final Diagnostics diags;

    MacroRulesCompiler(Diagnostics diags) {
        this.diags = diags;
    }

    MacroDef compile(Item.MacroRules def) {
        List<MacroDef.Rule> rules = new ArrayList<>();
        List<TokenTree> body = def.body().trees();
        int i = 0;
        while (i < body.size()) {
            TokenTree lhs = body.get(i);
            if (!(lhs instanceof TokenTree.Delimited m)) {
                error("expected macro matcher, found " + Trees.describe(lhs), lhs.span());
                break;
            }
            if (i + 2 >= body.size() || !Trees.isPunct(body.get(i + 1), TokenKind.FAT_ARROW)
                    || !(body.get(i + 2) instanceof TokenTree.Delimited t)) {
                Span at = i + 1 < body.size() ? body.get(i + 1).span() : Span.at(def.body().span().end() - 1);
                error("expected `=>` and a macro transcriber after the matcher", at);
                break;
            }
            rules.add(new MacroDef.Rule(parse(m.trees(), true), parse(t.trees(), false)));
            i += 3;
            if (i < body.size() && Trees.isPunct(body.get(i), TokenKind.SEMI)) {
                i++;
            }
        }
        if (rules.isEmpty() && body.isEmpty()) {
            error("macros must contain at least one rule", def.body().span());
        }
        boolean exported = Attribute.find(def.attrs(), "macro_export").isPresent();
        Span header = new Span(def.span().start(), def.name().span().end());
        return new MacroDef(def.name().name(), rules, def.name().span(), header, exported);
    }

    List<MbeTree> parse(List<TokenTree> trees, boolean matcher) {
        List<MbeTree> out = new ArrayList<>();
        int i = 0;
        while (i < trees.size()) {
            TokenTree tt = trees.get(i);
            if (tt instanceof TokenTree.Delimited d) {
                out.add(new MbeTree.Group(d.delimiter(), parse(d.trees(), matcher), d.span()));
                i++;
            } else if (Trees.isPunct(tt, TokenKind.DOLLAR) && i + 1 < trees.size()) {
                i = dollar(trees, i, matcher, out);
            } else {
                out.add(new MbeTree.Tok(((TokenTree.Leaf) tt).token()));
                i++;
            }
        }
        return out;
    }

    /** Parses what follows a {@code $} at {@code i}; returns the index after it. */
    private int dollar(List<TokenTree> trees, int i, boolean matcher, List<MbeTree> out) {
        Token dollar = ((TokenTree.Leaf) trees.get(i)).token();
        TokenTree next = trees.get(i + 1);
        if (next instanceof TokenTree.Delimited d && d.delimiter() == TokenTree.Delimiter.PAREN) {
            return sequence(trees, i, d, matcher, out);
        }
        Optional<Token> name = Trees.identLike(next);
        if (name.isEmpty()) {
            out.add(new MbeTree.Tok(dollar));
            return i + 1;
        }
        Span span = dollar.span().to(next.span());
        if (name.get().kind() == TokenKind.KW_CRATE && !matcher) {
            out.add(new MbeTree.Tok(new Token(TokenKind.KW_CRATE, "crate", span)));
            return i + 2;
        }
        if (!matcher) {
            out.add(new MbeTree.MetaVar(name.get().text(), span));
            return i + 2;
        }
        if (i + 3 < trees.size() && Trees.isPunct(trees.get(i + 2), TokenKind.COLON)
                && Trees.identLike(trees.get(i + 3)).isPresent()) {
            Token kindTok = Trees.identLike(trees.get(i + 3)).get();
            Span whole = span.to(kindTok.span());
            Optional<FragmentKind> kind = FragmentKind.of(kindTok.text());
            if (kind.isEmpty()) {
                diags.add(Diagnostic.error("invalid fragment specifier `" + kindTok.text() + "`", kindTok.span(), "")
                        .withHelp("valid fragment specifiers are `ident`, `block`, `stmt`, `expr`, `pat`, `ty`, "
                                + "`lifetime`, `literal`, `path`, `meta`, `tt`, `item` and `vis`"));
                return i + 4;
            }
            out.add(new MbeTree.MetaVarDecl(name.get().text(), kind.get(), whole));
            return i + 4;
        }
        diags.add(Diagnostic.error("missing fragment specifier", span, "")
                .withHelp("try adding a specifier here: `$" + name.get().text() + ":tt`"));
        return i + 2;
    }

    private int sequence(List<TokenTree> trees, int i, TokenTree.Delimited body, boolean matcher,
            List<MbeTree> out) {
        List<MbeTree> inner = parse(body.trees(), matcher);
        int j = i + 2;
        Optional<Token> sep = Optional.empty();
        Optional<MbeTree.KleeneOp> op = j < trees.size() ? kleene(trees.get(j)) : Optional.empty();
        if (op.isEmpty() && j + 1 < trees.size() && trees.get(j) instanceof TokenTree.Leaf l) {
            op = kleene(trees.get(j + 1));
            if (op.isPresent()) {
                sep = Optional.of(l.token());
                j++;
            }
        }
        if (op.isEmpty()) {
            Span at = j < trees.size() ? trees.get(j).span() : body.span();
            error("expected one of: `*`, `+`, or `?`", at);
            return j;
        }
        Set<String> vars = new LinkedHashSet<>();
        collectVars(inner, vars);
        // rustc reports repetition errors at the parenthesised group, without the `$` and the operator
        out.add(new MbeTree.Sequence(inner, sep, op.get(), List.copyOf(vars), body.span()));
        return j + 1;
    }

    static void collectVars(List<MbeTree> trees, Set<String> out) {
        for (MbeTree t : trees) {
            if (t instanceof MbeTree.MetaVarDecl d) {
                out.add(d.name());
            } else if (t instanceof MbeTree.MetaVar v) {
                out.add(v.name());
            } else if (t instanceof MbeTree.Group g) {
                collectVars(g.trees(), out);
            } else if (t instanceof MbeTree.Sequence s) {
                out.addAll(s.vars());
            }
        }
    }

    private static Optional<MbeTree.KleeneOp> kleene(TokenTree tt) {
        if (Trees.isPunct(tt, TokenKind.STAR)) {
            return Optional.of(MbeTree.KleeneOp.ZERO_OR_MORE);
        } else if (Trees.isPunct(tt, TokenKind.PLUS)) {
            return Optional.of(MbeTree.KleeneOp.ONE_OR_MORE);
        } else if (Trees.isPunct(tt, TokenKind.QUESTION)) {
            return Optional.of(MbeTree.KleeneOp.ZERO_OR_ONE);
        }
        return Optional.empty();
    }

    private void error(String msg, Span span) {
        diags.add(Diagnostic.error(msg, span, ""));
    }
}
