package dev.rustmem.syntax.ast;

import dev.rustmem.source.Span;
import dev.rustmem.syntax.lex.Token;
import java.util.List;

/** Macro input and attribute arguments are kept as token trees until something parses them. */
public sealed interface TokenTree {
    Span span();

    enum Delimiter {
        PAREN(dev.rustmem.syntax.lex.TokenKind.OPEN_PAREN, dev.rustmem.syntax.lex.TokenKind.CLOSE_PAREN),
        BRACKET(dev.rustmem.syntax.lex.TokenKind.OPEN_BRACKET, dev.rustmem.syntax.lex.TokenKind.CLOSE_BRACKET),
        BRACE(dev.rustmem.syntax.lex.TokenKind.OPEN_BRACE, dev.rustmem.syntax.lex.TokenKind.CLOSE_BRACE);

        private final dev.rustmem.syntax.lex.TokenKind open;
        private final dev.rustmem.syntax.lex.TokenKind close;

        Delimiter(dev.rustmem.syntax.lex.TokenKind open, dev.rustmem.syntax.lex.TokenKind close) {
            this.open = open;
            this.close = close;
        }

        /** The token that opens a group with this delimiter. */
        public dev.rustmem.syntax.lex.TokenKind openKind() {
            return open;
        }

        /** The token that closes a group with this delimiter. */
        public dev.rustmem.syntax.lex.TokenKind closeKind() {
            return close;
        }
    }

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
