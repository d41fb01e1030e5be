package dev.rustmem.syntax.ast;

import dev.rustmem.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * The parsed arguments of a built-in macro ({@link Expr.BuiltinMacro}). Owned by the macro
 * expander, which may add forms.
 */
public sealed interface BuiltinArgs {
    /** {@code vec![a, b]}, {@code dbg!(a, b)}, {@code assert!(c)} / {@code assert_eq!(a, b)} (without the message). */
    record Exprs(List<Expr> exprs) implements BuiltinArgs {
        public Exprs {
            exprs = List.copyOf(exprs);
        }
    }

    /** {@code vec![value; count]}. */
    record Repeat(Expr value, Expr count) implements BuiltinArgs {}

    /**
     * {@code format!("x = {x}, {}", y)} and friends. {@code leading} holds expressions before the
     * format string ({@code write!}'s destination, {@code assert!}'s condition(s)).
     */
    record Format(List<Expr> leading, Optional<FormatString> format, List<FormatArg> args) implements BuiltinArgs {
        public Format {
            leading = List.copyOf(leading);
            args = List.copyOf(args);
        }
    }

    /** {@code matches!(e, pat if guard)}. */
    record Matches(Expr scrutinee, Pat pat, Optional<Expr> guard) implements BuiltinArgs {}

    /** Macros with no expression arguments: {@code line!()}, {@code stringify!(..)} (pre-rendered), ... */
    record None() implements BuiltinArgs {}

    /** A format string literal split into pieces and placeholders. */
    record FormatString(String raw, List<Piece> pieces, Span span) {
        public FormatString {
            pieces = List.copyOf(pieces);
        }
    }

    sealed interface Piece {}

    record Text(String text) implements Piece {}

    /**
     * {@code {arg:spec}}. {@code argument} is a position or a name ({@code {0}}, {@code {x}}) or
     * empty for the next positional argument; {@code spec} is the text after the colon.
     */
    record Placeholder(Optional<String> argument, String spec, Span span) implements Piece {}

    /** {@code name = expr} or a positional {@code expr}. */
    record FormatArg(Optional<Ident> name, Expr value) {}
}
