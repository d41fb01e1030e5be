package dev.rustmem.syntax.ast;

import dev.rustmem.source.Span;
import dev.rustmem.syntax.lex.Token;
import java.util.List;

/** Macro input and attribute arguments are kept as token trees until something parses them. */
public sealed interface TokenTree {
    Span span();

    enum Delimiter { PAREN, BRACKET, BRACE }

    record Leaf(Token token) implements TokenTree {
        public Span span() {
            return token.span();
        }
    }

    /** @param span from the open delimiter to the close delimiter, inclusive */
    record Delimited(Delimiter delimiter, List<TokenTree> trees, Span span) implements TokenTree {
        public Delimited {
            trees = List.copyOf(trees);
        }
    }
}
