package dev.rustmem.syntax.expand;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.diag.Label;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.BuiltinArgs;
import dev.rustmem.syntax.ast.BuiltinArgs.Count;
import dev.rustmem.syntax.ast.BuiltinArgs.FormatArg;
import dev.rustmem.syntax.ast.BuiltinArgs.Piece;
import dev.rustmem.syntax.ast.BuiltinArgs.Placeholder;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.Ident;
import dev.rustmem.syntax.ast.Path;
import dev.rustmem.syntax.ast.PathSegment;
import dev.rustmem.syntax.lex.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds {@code format_args!}'s {@link BuiltinArgs.Format}: splits the format string into pieces,
 * resolves every placeholder (and width/precision reference) to an argument index, appends a
 * named argument for each implicitly captured identifier, and reports rustc's format errors
 * (unmatched braces, too few arguments, unused arguments).
 */
final class FormatArgsBuilder {
    private final Diagnostics diags;
    private final List<FormatArg> args = new ArrayList<>();
    private final List<Boolean> used = new ArrayList<>();
    private int positional;
    private int nextPositional;
    private final List<Span> implicitSpans = new ArrayList<>();
    private int maxImplicit = -1;
    private Span fmtSpan;

    FormatArgsBuilder(Diagnostics diags) {
        this.diags = diags;
    }

    BuiltinArgs.Format build(List<Expr> leading, Token fmt, StrLit lit, List<FormatArg> explicit) {
        fmtSpan = fmt.span();
        for (FormatArg a : explicit) {
            if (a.name().isEmpty()) {
                positional++;
            }
            args.add(a);
            used.add(false);
        }
        List<FormatStringSplitter.Part> parts = new FormatStringSplitter(lit, diags).split();
        List<Piece> resolved = new ArrayList<>();
        for (FormatStringSplitter.Part p : parts) {
            resolved.add(p instanceof FormatStringSplitter.RawPlaceholder rp ? resolve(rp)
                    : new BuiltinArgs.Text(((FormatStringSplitter.TextPart) p).text()));
        }
        checkCounts();
        checkUnused(explicit.size());
        var fs = new BuiltinArgs.FormatString(lit.value(), resolved, fmt.span());
        return new BuiltinArgs.Format(leading, Optional.of(fs), args);
    }

    private Piece resolve(FormatStringSplitter.RawPlaceholder rp) {
        FormatSpecParser.RawSpec s = rp.spec();
        Optional<Count> precision = Optional.empty();
        if (s.precision().isPresent()) {
            precision = Optional.of(count(s.precision().get(), rp));
        }
        int index;
        if (rp.argument().isEmpty()) {
            index = implicit(rp.span());
        } else if (FormatSpecParser.allDigits(rp.argument().get())) {
            index = explicitIndex(Integer.parseInt(rp.argument().get()), rp.argSpan());
        } else {
            index = named(rp.argument().get(), rp.argSpan());
        }
        Optional<Count> width = s.width().isEmpty() ? Optional.empty() : Optional.of(count(s.width().get(), rp));
        var spec = new BuiltinArgs.Spec(s.fill(), s.align(), s.sign(), s.alternate(), s.zeroPad(), width, precision,
                s.type());
        return new Placeholder(rp.argument(), index, rp.specText(), spec, rp.span());
    }

    private Count count(FormatSpecParser.RawCount c, FormatStringSplitter.RawPlaceholder rp) {
        if (c.literal().isPresent()) {
            return new Count.Is(c.literal().get());
        } else if (c.star()) {
            return new Count.Arg(implicit(rp.span())); // `.*` takes the next positional argument first
        }
        String a = c.argument().orElseThrow();
        return new Count.Arg(FormatSpecParser.allDigits(a)
                ? explicitIndex(Integer.parseInt(a), rp.span()) : named(a, rp.span()));
    }

    private int implicit(Span at) {
        int i = nextPositional++;
        implicitSpans.add(at);
        maxImplicit = Math.max(maxImplicit, i);
        return mark(i);
    }

    private int explicitIndex(int i, Span span) {
        if (i >= positional) {
            String there = positional == 0 ? "no arguments were given"
                    : positional == 1 ? "there is 1 argument" : "there are " + positional + " arguments";
            diags.add(Diagnostic.error("invalid reference to positional argument " + i + " (" + there + ")", span, ""));
            return -1;
        }
        return mark(i);
    }

    private int named(String name, Span span) {
        for (int i = 0; i < args.size(); i++) {
            Optional<Ident> n = args.get(i).name();
            if (n.isPresent() && n.get().name().equals(name)) {
                return mark(i);
            }
        }
        // An implicit capture: rustc desugars `{x}` to a named argument `x = x`.
        Ident id = new Ident(name, span);
        args.add(new FormatArg(Optional.of(id), new Expr.PathExpr(
                Path.ofSegments(List.of(PathSegment.of(id)), span))));
        used.add(true);
        return args.size() - 1;
    }

    private int mark(int i) {
        if (i >= 0 && i < used.size()) {
            used.set(i, true);
        }
        return i;
    }

    private void checkCounts() {
        if (maxImplicit < positional) {
            return;
        }
        String given = positional == 0 ? "no arguments were given"
                : positional == 1 ? "there is 1 argument" : "there are " + positional + " arguments";
        int count = implicitSpans.size();
        String n = count == 1 ? "1 positional argument" : count + " positional arguments";
        Diagnostic d = Diagnostic.error(n + " in format string, but " + given, implicitSpans.get(0), "");
        for (Span s : implicitSpans.subList(1, count)) {
            d = d.withSecondary(Label.of(s)); // rustc underlines every `{}` that takes a positional argument
        }
        diags.add(d);
    }

    private void checkUnused(int explicit) {
        List<Integer> unused = new ArrayList<>();
        for (int i = 0; i < explicit; i++) {
            if (!used.get(i)) {
                unused.add(i);
            }
        }
        if (unused.size() == 1) {
            FormatArg a = args.get(unused.get(0));
            String what = a.name().isPresent() ? "named argument never used" : "argument never used";
            diags.add(Diagnostic.error(what, a.value().span(), what)
                    .withSecondary(new Label(fmtSpan, "formatting specifier missing")));
        } else if (unused.size() > 1) {
            Diagnostic d = Diagnostic.error("multiple unused formatting arguments", args.get(unused.get(0)).value()
                    .span(), "argument never used");
            for (int i : unused.subList(1, unused.size())) {
                d = d.withSecondary(new Label(args.get(i).value().span(), "argument never used"));
            }
            diags.add(d.withSecondary(new Label(fmtSpan, "multiple missing formatting specifiers")));
        }
    }
}
