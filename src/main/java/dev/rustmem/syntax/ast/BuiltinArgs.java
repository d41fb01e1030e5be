package dev.rustmem.syntax.ast;

import dev.rustmem.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * The parsed arguments of a built-in macro ({@link Expr.BuiltinMacro}). Owned by the macro
 * expander ({@code dev.rustmem.syntax.expand}), which produces them.
 *
 * <p>Which macro gets which form: {@code print println eprint eprintln format panic unreachable
 * todo unimplemented format_args}: {@link Format} without leading expressions (for the panicking
 * ones the format string already holds std's fixed text: {@code panic!()} is
 * {@code "explicit panic"}, {@code todo!("x")} is {@code "not yet implemented: x"}, so the
 * panic message is always the formatted string);
 * {@code write writeln}: {@link Format} with the destination leading; {@code assert
 * debug_assert}: {@link Format} with the condition leading (without a message the format string
 * is rustc's default, {@code "assertion failed: <condition as rustc prints it>"}, a single text
 * piece), {@code assert_eq assert_ne} (and the
 * {@code debug_} forms) with both operands leading ({@code format} empty without a message);
 * {@code vec}: {@link Exprs} or {@link Repeat}; {@code dbg}: {@link Dbg}; {@code matches}:
 * {@link Matches}. {@code println eprintln writeln} add the newline themselves (it is not in the
 * format string); {@code assert_eq}/{@code assert_ne} panic with std's
 * {@code "assertion `left == right` failed[: message]\n  left: {:?}\n right: {:?}"}. The
 * {@link Expr.BuiltinMacro}'s span is the invocation the user wrote (for a built-in a macro body
 * produced, the enclosing invocation written in the source), which is where rustc locates panics and
 * {@code dbg!} output. {@code stringify concat line column file module_path cfg} become literals and
 * {@code addr_of addr_of_mut} become {@link Expr.AddrOf}, so they never appear here.
 */
public sealed interface BuiltinArgs {
    /** {@code vec![a, b]}. */
    record Exprs(List<Expr> exprs) implements BuiltinArgs {
        public Exprs {
            exprs = List.copyOf(exprs);
        }
    }

    /**
     * {@code dbg!(a, b)}: the expressions and their text as {@code stringify!} prints it, for
     * {@code [file:line:col] text = value}; the location is the macro's span.
     */
    record Dbg(List<Expr> exprs, List<String> texts) implements BuiltinArgs {
        public Dbg {
            exprs = List.copyOf(exprs);
            texts = List.copyOf(texts);
            if (exprs.size() != texts.size()) {
                throw new IllegalArgumentException("one text per expression");
            }
        }
    }

    /** {@code vec![value; count]}. */
    record Repeat(Expr value, Expr count) implements BuiltinArgs {}

    /**
     * {@code format!("x = {x}, {}", y)} and friends. {@code leading} holds expressions before the
     * format string ({@code write!}'s destination, {@code assert!}'s condition(s)). {@code args}
     * are the explicit arguments followed by one named argument per implicitly captured
     * identifier ({@code {x}} with no {@code x = ..} argument), whose value is the path
     * {@code x} spanning the name inside the string, as rustc desugars them.
     */
    record Format(List<Expr> leading, Optional<FormatString> format, List<FormatArg> args) implements BuiltinArgs {
        public Format {
            leading = List.copyOf(leading);
            args = List.copyOf(args);
        }
    }

    /** {@code matches!(e, pat if guard)}. */
    record Matches(Expr scrutinee, Pat pat, Optional<Expr> guard) implements BuiltinArgs {}

    /**
     * {@code offset_of!(Container, field)}, {@code offset_of!(Container, a.b.0)} or, for enums,
     * {@code offset_of!(Enum, Variant.field)}: the container type and the field path.
     */
    record OffsetOf(TypeExpr container, List<Ident> fields) implements BuiltinArgs {
        public OffsetOf {
            fields = List.copyOf(fields);
        }
    }

    /** Macros with no expression arguments. */
    record None() implements BuiltinArgs {}

    /** A format string literal split into pieces and placeholders ({@code {{}} and {@code }}} unescaped). */
    record FormatString(String raw, List<Piece> pieces, Span span) {
        public FormatString {
            pieces = List.copyOf(pieces);
        }
    }

    sealed interface Piece {}

    record Text(String text) implements Piece {}

    /**
     * {@code {argument:spec}}. {@code argument} is the position or name as written
     * ({@code {0}}, {@code {x}}), empty for the next positional argument; {@code index} is the
     * argument it resolved to in {@link Format#args()}; {@code spec} is the text after the colon
     * and {@code parsed} its decoding.
     */
    record Placeholder(Optional<String> argument, int index, String spec, Spec parsed, Span span) implements Piece {}

    /**
     * {@code [[fill]align][sign]['#']['0'][width]['.' precision]type}, std::fmt's grammar.
     *
     * @param type {@code ""} (Display), {@code "?"} (Debug), {@code "x?"}, {@code "x"}, {@code "X"},
     *             {@code "o"}, {@code "b"}, {@code "e"}, {@code "E"}, {@code "p"}
     */
    record Spec(char fill, Align align, Sign sign, boolean alternate, boolean zeroPad, Optional<Count> width,
            Optional<Count> precision, String type) {
        public static final Spec DEFAULT = new Spec(' ', Align.UNKNOWN, Sign.NONE, false, false,
                Optional.empty(), Optional.empty(), "");
    }

    enum Align { UNKNOWN, LEFT, CENTER, RIGHT }

    enum Sign { NONE, PLUS, MINUS }

    /** A width or precision: a literal number, or an argument ({@code 1$}, {@code name$}, {@code .*}) resolved to its index. */
    sealed interface Count {
        record Is(int value) implements Count {}

        record Arg(int index) implements Count {}
    }

    /** {@code name = expr} or a positional {@code expr}. */
    record FormatArg(Optional<Ident> name, Expr value) {}
}
