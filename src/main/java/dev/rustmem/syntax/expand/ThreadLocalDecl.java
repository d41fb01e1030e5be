package dev.rustmem.syntax.expand;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.SourceFile;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Attribute;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.Ident;
import dev.rustmem.syntax.ast.MacCall;
import dev.rustmem.syntax.ast.Meta;
import dev.rustmem.syntax.ast.TokenTree;
import dev.rustmem.syntax.ast.TypeExpr;
import dev.rustmem.syntax.ast.Visibility;
import dev.rustmem.syntax.lex.Token;
import dev.rustmem.syntax.lex.TokenKind;
import dev.rustmem.types.Cfg;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One declaration of a {@code thread_local!} block:
 * {@code #[attrs] vis static NAME: Ty = init;} or {@code = const { init };}. The expander leaves
 * {@code thread_local!} as an {@code Item.MacroItem} (its real expansion is a {@code LocalKey}
 * static, which rustmem's interpreter models itself) and only checks that it parses; the
 * interpreter gets the declarations from {@link #parse}.
 *
 * @param constInit {@code const { .. }} initialiser (no lazy initialisation)
 */
public record ThreadLocalDecl(List<Attribute> attrs, Visibility vis, Ident name, TypeExpr ty, Expr init,
        boolean constInit, Span span) {
    public ThreadLocalDecl {
        attrs = List.copyOf(attrs);
    }

    /**
     * Parses a {@code thread_local!} invocation; the initialisers have the built-in macros (but
     * no user macros) expanded. Errors go to {@code diags}; only well-formed declarations are returned.
     */
    public static List<ThreadLocalDecl> parse(MacCall mac, SourceFile file, Cfg cfg, Diagnostics diags) {
        Crate empty = new Crate(file, List.of(), List.of());
        Expander expander = new Expander(empty, cfg, diags);
        List<ThreadLocalDecl> raw = parseAll(mac, new ExpansionParser(file, diags), diags);
        List<ThreadLocalDecl> out = new ArrayList<>();
        for (ThreadLocalDecl d : raw) {
            out.add(new ThreadLocalDecl(d.attrs, d.vis, d.name, expander.type(d.ty), expander.expr(d.init),
                    d.constInit, d.span));
        }
        return out;
    }

    static List<ThreadLocalDecl> parseAll(MacCall mac, ExpansionParser parser, Diagnostics diags) {
        List<ThreadLocalDecl> out = new ArrayList<>();
        List<TokenTree> ts = mac.tokens();
        int i = 0;
        while (i < ts.size()) {
            int end = i;
            while (end < ts.size() && !Trees.isPunct(ts.get(end), TokenKind.SEMI)) {
                end++;
            }
            Optional<ThreadLocalDecl> d = one(ts.subList(i, end), parser, diags);
            if (d.isPresent()) {
                out.add(d.get());
            }
            i = end + 1;
        }
        return out;
    }

    private static Optional<ThreadLocalDecl> one(List<TokenTree> ts, ExpansionParser parser, Diagnostics diags) {
        int i = 0;
        List<Attribute> attrs = new ArrayList<>();
        while (i + 1 < ts.size() && Trees.isPunct(ts.get(i), TokenKind.POUND)
                && ts.get(i + 1) instanceof TokenTree.Delimited d) {
            Optional<Meta> m = parser.meta(d.trees());
            if (m.isPresent()) {
                attrs.add(new Attribute(false, m.get(), ts.get(0).span().to(d.span())));
            }
            i += 2;
        }
        int visLen = Math.max(0, SimpleFragments.match(FragmentKind.VIS, ts, i));
        Visibility vis = visLen == 0 ? Visibility.inherited(Span.at(i < ts.size() ? ts.get(i).span().start() : 0))
                : new Visibility(Visibility.Kind.PUBLIC, Optional.empty(), Trees.extent(ts.subList(i, i + visLen)));
        i += visLen;
        int eq = i;
        while (eq < ts.size() && !Trees.isPunct(ts.get(eq), TokenKind.EQ)) {
            eq++;
        }
        Span all = Trees.extent(ts);
        if (eq + 1 >= ts.size() || i + 3 > eq || !Trees.isPunct(ts.get(i), TokenKind.KW_STATIC)
                || Trees.identLike(ts.get(i + 1)).isEmpty() || !Trees.isPunct(ts.get(i + 2), TokenKind.COLON)) {
            diags.add(Diagnostic.error("expected `static NAME: Type = init;` in `thread_local!`", all, ""));
            return Optional.empty();
        }
        Token name = Trees.identLike(ts.get(i + 1)).get();
        Optional<TypeExpr> ty = parser.type(ts.subList(i + 3, eq), Optional.empty());
        List<TokenTree> init = ts.subList(eq + 1, ts.size());
        boolean constInit = init.size() == 2 && Trees.isPunct(init.get(0), TokenKind.KW_CONST)
                && init.get(1) instanceof TokenTree.Delimited b && b.delimiter() == TokenTree.Delimiter.BRACE;
        Optional<Expr> value = parser.expr(constInit ? init.subList(1, 2) : init, Optional.empty());
        if (ty.isEmpty() || value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ThreadLocalDecl(attrs, vis, new Ident(name.text(), name.span()), ty.get(),
                value.get(), constInit, all));
    }
}
