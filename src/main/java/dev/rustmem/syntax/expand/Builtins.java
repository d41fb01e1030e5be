package dev.rustmem.syntax.expand;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.SourceFile;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.BuiltinArgs;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.Literal;
import dev.rustmem.syntax.ast.MacCall;
import dev.rustmem.syntax.ast.TokenTree;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The built-in (std and compiler) macros in expression position. Each becomes a literal,
 * an {@link Expr.AddrOf} or an {@link Expr.BuiltinMacro} with parsed {@link BuiltinArgs};
 * an empty result means an error was reported and the invocation stays unexpanded.
 */
final class Builtins {
    static final Set<String> NAMES = Set.of("print", "println", "eprint", "eprintln", "format", "write",
            "writeln", "panic", "assert", "assert_eq", "assert_ne", "debug_assert", "debug_assert_eq",
            "debug_assert_ne", "unreachable", "todo", "unimplemented", "format_args", "vec", "matches", "dbg",
            "stringify", "concat", "line", "column", "file", "module_path", "cfg", "include_str", "include_bytes",
            "include", "env", "option_env", "thread_local", "addr_of", "addr_of_mut", "compile_error",
            "offset_of");

    /** Built-ins that would read the host (files, environment): programs must not touch it. */
    private static final Set<String> HOST = Set.of("include_str", "include_bytes", "include", "env", "option_env");

    /** Where an invocation sits: its outermost call site (for line!/column!) and module path. */
    record Site(Span callSite, String modulePath) {}

    private final SourceFile file;
    private final Diagnostics diags;
    private final ExpansionParser parser;
    private final CfgEval cfg;
    private final UnaryOperator<Expr> nested;
    private final FormatMacros format;
    private final TokenPrinter printer;

    Builtins(SourceFile file, Diagnostics diags, ExpansionParser parser, CfgEval cfg, UnaryOperator<Expr> nested,
            java.util.function.Predicate<Span> transcribed, TokenMarks marks) {
        this.file = file;
        this.diags = diags;
        this.parser = parser;
        this.cfg = cfg;
        this.nested = nested;
        this.printer = new TokenPrinter(file.text(), transcribed, marks);
        this.format = new FormatMacros(diags, parser, nested, new ExprPrinter(file, printer));
    }

    /**
     * The expansion of a built-in; a {@link Expr.BuiltinMacro} gets the span of the invocation
     * the user wrote (for one inside a macro body, the outer invocation), which is where rustc
     * reports a panic's location and where {@code dbg!} says it is.
     */
    Optional<Expr> expand(MacCall m, Site site) {
        // Plain ifs, not Optional.map, in this file: a lambda's bootstrap costs every cold run.
        Optional<Expr> e = expandHere(m, site);
        return e.isPresent() && e.get() instanceof Expr.BuiltinMacro b
                ? Optional.of(new Expr.BuiltinMacro(b.name(), b.args(), site.callSite())) : e;
    }

    private Optional<Expr> expandHere(MacCall m, Site site) {
        String name = m.name();
        Span span = m.span();
        if (HOST.contains(name)) {
            diags.add(Diagnostic.unsupported("`" + name + "!` (it reads the host's files or environment)", span));
            return Optional.empty();
        }
        return switch (name) {
            case "stringify" -> Optional.of(str(printer.print(m.tokens()), span));
            case "line" -> Optional.of(u32(file.lines().line(site.callSite().start()), span));
            case "column" -> Optional.of(u32(file.lines().column(site.callSite().start()), span));
            case "file" -> Optional.of(str(file.name(), span));
            case "module_path" -> Optional.of(str(site.modulePath(), span));
            case "cfg" -> cfg(m);
            case "concat" -> concat(m);
            case "compile_error" -> compileError(m);
            case "addr_of", "addr_of_mut" -> addrOf(m);
            case "vec" -> vec(m);
            case "dbg" -> dbg(m);
            case "matches" -> builtin(m, new MatchesMacro(parser, diags).parse(m));
            case "offset_of" -> offsetOf(m);
            case "thread_local" -> {
                diags.add(Diagnostic.error("`thread_local!` can only be used in item position", span, ""));
                yield Optional.empty();
            }
            default -> builtin(m, format.expand(m));
        };
    }

    private static Expr builtin(MacCall m, BuiltinArgs args) {
        return new Expr.BuiltinMacro(m.name(), args, m.span());
    }

    /** The built-in with these arguments; empty when they are (after a reported error). */
    private static Optional<Expr> builtin(MacCall m, Optional<BuiltinArgs> args) {
        return args.isEmpty() ? Optional.empty() : Optional.of(builtin(m, args.get()));
    }

    private Optional<Expr> cfg(MacCall m) {
        Optional<dev.rustmem.syntax.ast.Meta> p = parser.meta(m.tokens());
        return p.isEmpty() ? Optional.empty()
                : Optional.of(new Expr.Lit(new Literal.Bool(cfg.eval(p.get(), diags)), m.span()));
    }

    private Optional<Expr> addrOf(MacCall m) {
        Optional<Expr> e = parser.expr(m.tokens(), Optional.empty());
        return e.isEmpty() ? Optional.empty()
                : Optional.of(new Expr.AddrOf(true, m.name().equals("addr_of_mut"), e.get(), m.span()));
    }

    private Optional<Expr> vec(MacCall m) {
        List<TokenTree> ts = m.tokens();
        for (int i = 0; i < ts.size(); i++) {
            if (Trees.isPunct(ts.get(i), dev.rustmem.syntax.lex.TokenKind.SEMI)) {
                Optional<Expr> v = parser.expr(ts.subList(0, i), Optional.empty());
                Optional<Expr> n = parser.expr(ts.subList(i + 1, ts.size()), Optional.empty());
                if (v.isEmpty() || n.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(builtin(m, new BuiltinArgs.Repeat(v.get(), n.get())));
            }
        }
        Optional<List<Expr>> es = exprs(ts);
        return es.isEmpty() ? Optional.empty() : Optional.of(builtin(m, new BuiltinArgs.Exprs(es.get())));
    }

    /** {@code offset_of!(Type, a.b.0)}: a type, a comma, then field names or tuple indices joined by dots. */
    private Optional<Expr> offsetOf(MacCall m) {
        // The type may contain commas (`Pair<u8, u16>`): split at the first comma after a whole type.
        List<TokenTree> ts = m.tokens();
        ExpansionParser quiet = new ExpansionParser(file, new Diagnostics());
        int comma = -1;
        for (int i = 0; i < ts.size() && comma < 0; i++) {
            if (Trees.isPunct(ts.get(i), dev.rustmem.syntax.lex.TokenKind.COMMA)
                    && quiet.type(ts.subList(0, i), Optional.empty()).isPresent()) {
                comma = i;
            }
        }
        List<TokenTree> path = comma < 0 ? List.of() : ts.subList(comma + 1, ts.size());
        if (!path.isEmpty() && Trees.isPunct(path.get(path.size() - 1), dev.rustmem.syntax.lex.TokenKind.COMMA)) {
            path = path.subList(0, path.size() - 1);
        }
        if (path.isEmpty()) {
            diags.add(Diagnostic.error("expected a type and a field: `offset_of!(Type, field)`", m.span(),
                    "in this invocation"));
            return Optional.empty();
        }
        Optional<dev.rustmem.syntax.ast.TypeExpr> container = parser.type(ts.subList(0, comma), Optional.empty());
        List<dev.rustmem.syntax.ast.Ident> fields = new java.util.ArrayList<>();
        for (TokenTree t : path) {
            if (!(t instanceof TokenTree.Leaf leaf)) {
                diags.add(Diagnostic.error("expected a field name or tuple index", t.span(), "not a field"));
                return Optional.empty();
            }
            dev.rustmem.syntax.lex.Token tok = leaf.token();
            switch (tok.kind()) {
                case DOT -> { }
                case IDENT, INT_LIT -> fields.add(new dev.rustmem.syntax.ast.Ident(tok.text(), tok.span()));
                // `a.0.1` lexes its `0.1` as one float literal
                case FLOAT_LIT -> splitIndices(tok, fields);
                default -> {
                    diags.add(Diagnostic.error("expected a field name or tuple index, found `" + tok.text() + "`",
                            tok.span(), "not a field"));
                    return Optional.empty();
                }
            }
        }
        return container.isEmpty() ? Optional.empty()
                : Optional.of(builtin(m, new BuiltinArgs.OffsetOf(container.get(), fields)));
    }

    private static void splitIndices(dev.rustmem.syntax.lex.Token tok, List<dev.rustmem.syntax.ast.Ident> out) {
        int at = tok.span().start();
        for (String part : tok.text().split("\\.")) {
            out.add(new dev.rustmem.syntax.ast.Ident(part, new Span(at, at + part.length())));
            at += part.length() + 1;
        }
    }

    /** dbg! prints each argument's tokens as {@code stringify!} does. */
    private Optional<Expr> dbg(MacCall m) {
        List<String> texts = new java.util.ArrayList<>();
        for (List<TokenTree> part : ArgSplitter.split(m.tokens())) {
            texts.add(printer.print(part));
        }
        Optional<List<Expr>> es = exprs(m.tokens());
        return es.isEmpty() ? Optional.empty() : Optional.of(builtin(m, new BuiltinArgs.Dbg(es.get(), texts)));
    }

    Optional<List<Expr>> exprs(List<TokenTree> ts) {
        List<List<TokenTree>> parts = ArgSplitter.split(ts);
        List<Expr> out = new java.util.ArrayList<>(parts.size());
        boolean ok = true;
        for (List<TokenTree> part : parts) {
            Optional<Expr> e = parser.expr(part, Optional.empty());
            ok &= e.isPresent();
            if (e.isPresent()) {
                out.add(e.get());
            }
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    /** {@code concat!}: every argument must be (or expand to) a literal. */
    private Optional<Expr> concat(MacCall m) {
        Optional<List<Expr>> args = exprs(m.tokens());
        if (args.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        boolean ok = true;
        for (Expr raw : args.get()) {
            Expr e = nested.apply(raw);
            Optional<String> s = LiteralText.of(e);
            if (s.isEmpty()) {
                diags.add(Diagnostic.error("expected a literal", e.span(), "")
                        .withNote("only literals (like `\"foo\"`, `-42` and `3.14`) can be passed to `concat!()`"));
                ok = false;
            } else {
                sb.append(s.get());
            }
        }
        return ok ? Optional.of(str(sb.toString(), m.span())) : Optional.empty();
    }

    private Optional<Expr> compileError(MacCall m) {
        Optional<Expr> e = parser.expr(m.tokens(), Optional.empty()).map(nested);
        if (e.isPresent() && e.get() instanceof Expr.Lit l && l.value() instanceof Literal.Str s) {
            diags.add(Diagnostic.error(s.value(), m.span(), ""));
        } else {
            diags.add(Diagnostic.error("argument must be a string literal", m.span(), ""));
        }
        return Optional.empty();
    }

    static Expr str(String s, Span span) {
        return new Expr.Lit(new Literal.Str(s, false), span);
    }

    private static Expr u32(int v, Span span) {
        return new Expr.Lit(new Literal.Int(BigInteger.valueOf(v), Optional.of("u32")), span);
    }
}
