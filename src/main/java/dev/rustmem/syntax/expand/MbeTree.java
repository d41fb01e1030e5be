package dev.rustmem.syntax.expand;

import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.TokenTree;
import dev.rustmem.syntax.lex.Token;
import java.util.List;
import java.util.Optional;

/**
 * A compiled {@code macro_rules!} matcher or transcriber, rustc's {@code mbe::TokenTree}: plain
 * tokens, delimited groups, meta-variable declarations ({@code $x:ty}, matchers only),
 * meta-variable uses ({@code $x}, transcribers only) and repetitions {@code $( .. ) sep? op}.
 */
sealed interface MbeTree {
    Span span();

    /** A token that must match literally (matcher) or is copied (transcriber). */
    record Tok(Token token) implements MbeTree {
        public Span span() {
            return token.span();
        }
    }

    record Group(TokenTree.Delimiter delimiter, List<MbeTree> trees, Span span) implements MbeTree {
        public Group {
            trees = List.copyOf(trees);
        }
    }

    /** {@code $name:kind} in a matcher. */
    record MetaVarDecl(String name, FragmentKind kind, Span span) implements MbeTree {}

    /** {@code $name} in a transcriber; {@code $crate} is a {@link Tok} of the {@code crate} keyword. */
    record MetaVar(String name, Span span) implements MbeTree {}

    /**
     * {@code $( trees ) separator op}.
     *
     * @param vars the meta-variables declared (matcher) or used (transcriber) anywhere inside
     */
    record Sequence(List<MbeTree> trees, Optional<Token> separator, KleeneOp op, List<String> vars, Span span)
            implements MbeTree {
        public Sequence {
            trees = List.copyOf(trees);
            vars = List.copyOf(vars);
        }
    }

    /** The repetition operators: {@code *} zero or more, {@code +} one or more, {@code ?} at most one. */
    enum KleeneOp {
        ZERO_OR_MORE, ONE_OR_MORE, ZERO_OR_ONE;

        int min() {
            return this == ONE_OR_MORE ? 1 : 0;
        }

        boolean allowsMore(int count) {
            return this != ZERO_OR_ONE || count == 0;
        }
    }
}
