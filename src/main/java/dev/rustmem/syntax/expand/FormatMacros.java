package dev.rustmem.syntax.expand;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.BuiltinArgs;
import dev.rustmem.syntax.ast.BuiltinArgs.FormatArg;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.Ident;
import dev.rustmem.syntax.ast.Literal;
import dev.rustmem.syntax.ast.MacCall;
import dev.rustmem.syntax.ast.TokenTree;
import dev.rustmem.syntax.lex.Token;
import dev.rustmem.syntax.lex.TokenKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The macros built on {@code format_args!}: printing, formatting, writing, panicking and
 * asserting. Leading expressions ({@code write!}'s destination, {@code assert!}'s condition,
 * {@code assert_eq!}'s operands) come first, then an optional format string and its arguments.
 */
final class FormatMacros {
    private final Diagnostics diags;
    private final ExpansionParser parser;
    private final UnaryOperator<Expr> nested;
    private final ExprPrinter printer;

    FormatMacros(Diagnostics diags, ExpansionParser parser, UnaryOperator<Expr> nested, ExprPrinter printer) {
        this.diags = diags;
        this.parser = parser;
        this.nested = nested;
        this.printer = printer;
    }

    private static int leadingCount(String name) {
        return switch (name) {
            case "write", "writeln", "assert", "debug_assert" -> 1;
            case "assert_eq", "assert_ne", "debug_assert_eq", "debug_assert_ne" -> 2;
            default -> 0;
        };
    }

    /** Whether the macro needs a format string ({@code println!()} alone prints a newline). */
    private static boolean formatRequired(String name) {
        return switch (name) {
            case "print", "eprint", "format", "format_args", "write" -> true;
            default -> false;
        };
    }

    /**
     * The panicking macros' fixed messages (core::panic's explicit panic, unreachable!, todo!,
     * unimplemented!), made part of the format string so the message is always the formatted string.
     */
    private static Optional<String> panicPrefix(String name) {
        return switch (name) {
            case "panic" -> Optional.of("explicit panic");
            case "unreachable" -> Optional.of("internal error: entered unreachable code");
            case "todo" -> Optional.of("not yet implemented");
            case "unimplemented" -> Optional.of("not implemented");
            default -> Optional.empty();
        };
    }

    Optional<BuiltinArgs> expand(MacCall m) {
        Optional<BuiltinArgs> args = parse(m);
        Optional<String> prefix = panicPrefix(m.name());
        if (args.isEmpty() || prefix.isEmpty() || !(args.get() instanceof BuiltinArgs.Format f)) {
            return args;
        }
        if (f.format().isEmpty()) {
            var fs = new BuiltinArgs.FormatString(prefix.get(), List.of(new BuiltinArgs.Text(prefix.get())), m.span());
            return Optional.of(new BuiltinArgs.Format(f.leading(), Optional.of(fs), f.args()));
        }
        if (m.name().equals("panic")) {
            return args; // panic!("msg") is just the message
        }
        BuiltinArgs.FormatString user = f.format().get();
        List<BuiltinArgs.Piece> pieces = new ArrayList<>();
        pieces.add(new BuiltinArgs.Text(prefix.get() + ": "));
        pieces.addAll(user.pieces());
        var fs = new BuiltinArgs.FormatString(prefix.get() + ": " + user.raw(), pieces, user.span());
        return Optional.of(new BuiltinArgs.Format(f.leading(), Optional.of(fs), f.args()));
    }

    private Optional<BuiltinArgs> parse(MacCall m) {
        String name = m.name();
        List<List<TokenTree>> parts = ArgSplitter.split(m.tokens());
        int lead = leadingCount(name);
        Span close = new Span(Math.max(m.span().start(), m.span().end() - 1), m.span().end());
        if (parts.size() < lead || anyEmpty(parts)) {
            diags.add(Diagnostic.error(parts.size() < lead ? "unexpected end of macro invocation"
                    : "expected expression, found `,`", close, "missing tokens in macro arguments"));
            return Optional.empty();
        }
        List<Expr> leading = new ArrayList<>();
        for (List<TokenTree> p : parts.subList(0, lead)) {
            Optional<Expr> e = parser.expr(p, Optional.empty());
            if (e.isEmpty()) {
                return Optional.empty();
            }
            leading.add(e.get());
        }
        List<List<TokenTree>> rest = parts.subList(lead, parts.size());
        if (rest.isEmpty() && (name.equals("assert") || name.equals("debug_assert"))) {
            // rustc: `if !cond { panic!("assertion failed: <cond pretty-printed>") }`
            String msg = "assertion failed: " + printer.print(leading.get(0));
            var fs = new BuiltinArgs.FormatString(msg, List.of(new BuiltinArgs.Text(msg)), leading.get(0).span());
            return Optional.of(new BuiltinArgs.Format(leading, Optional.of(fs), List.of()));
        }
        if (rest.isEmpty()) {
            if (formatRequired(name)) {
                diags.add(Diagnostic.error("requires at least a format string argument", m.span(), ""));
                return Optional.empty();
            }
            return Optional.of(new BuiltinArgs.Format(leading, Optional.empty(), List.of()));
        }
        Optional<FormatLiteral> fmt = formatLiteral(rest.get(0));
        Optional<List<FormatArg>> args = args(rest.subList(1, rest.size()));
        if (fmt.isEmpty() || args.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FormatArgsBuilder(diags).build(leading, fmt.get().token(), fmt.get().lit(),
                args.get()));
    }

    private static boolean anyEmpty(List<List<TokenTree>> parts) {
        for (List<TokenTree> p : parts) {
            if (p.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private record FormatLiteral(Token token, StrLit lit) {}

    /** A string literal, possibly a forwarded {@code $fmt:expr}, or a macro expanding to one ({@code concat!}). */
    private Optional<FormatLiteral> formatLiteral(List<TokenTree> part) {
        List<TokenTree> ts = Trees.unwrapInvisible(part);
        if (ts.size() == 1 && ts.get(0) instanceof TokenTree.Leaf l) {
            Optional<StrLit> lit = StrLit.decode(l.token());
            if (lit.isPresent()) {
                return Optional.of(new FormatLiteral(l.token(), lit.get()));
            }
        }
        Optional<Expr> e = parser.expr(ts, Optional.empty()).map(nested);
        if (e.isPresent() && e.get() instanceof Expr.Lit lit && lit.value() instanceof Literal.Str s) {
            // A macro-produced string: every position maps to the producing expression.
            int[] offsets = new int[s.value().length() + 1];
            java.util.Arrays.fill(offsets, lit.span().start());
            Token tok = new Token(TokenKind.STR_LIT, s.value(), lit.span());
            return Optional.of(new FormatLiteral(tok, new StrLit(s.value(), offsets)));
        }
        if (e.isPresent()) {
            diags.add(Diagnostic.error("format argument must be a string literal", Trees.extent(part), "")
                    .withHelp("you might be missing a string literal to format with: `\"{}\", `"));
        }
        return Optional.empty();
    }

    private Optional<List<FormatArg>> args(List<List<TokenTree>> parts) {
        List<FormatArg> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        boolean ok = true;
        boolean sawNamed = false;
        for (List<TokenTree> p : parts) {
            Optional<Ident> name = Optional.empty();
            List<TokenTree> value = p;
            if (p.size() >= 2 && Trees.isPunct(p.get(1), TokenKind.EQ) && Trees.identLike(p.get(0)).isPresent()) {
                Token t = Trees.identLike(p.get(0)).get();
                name = Optional.of(new Ident(t.text(), t.span()));
                value = p.subList(2, p.size());
                if (!names.add(t.text())) {
                    diags.add(Diagnostic.error("duplicate argument named `" + t.text() + "`", t.span(),
                            "duplicate argument"));
                    ok = false;
                }
                sawNamed = true;
            } else if (sawNamed) {
                diags.add(Diagnostic.error("positional arguments cannot follow named arguments", Trees.extent(p),
                        "positional arguments must be before named arguments"));
                ok = false;
            }
            Optional<Expr> e = value.isEmpty() ? Optional.empty() : parser.expr(value, Optional.empty());
            if (e.isEmpty()) {
                if (value.isEmpty()) {
                    diags.add(Diagnostic.error("expected expression, found end of macro arguments",
                            Trees.extent(p), "expected expression"));
                }
                ok = false;
                continue;
            }
            out.add(new FormatArg(name, e.get()));
        }
        return ok ? Optional.of(out) : Optional.empty();
    }
}
