package dev.rustmem.syntax.parse;

import dev.rustmem.syntax.lex.TokenKind;

/**
 * Panic-mode recovery (jlox's synchronize): after an error inside an item or statement that
 * started at token index {@code from}, skip to where the next one can start. Delimiters opened
 * since {@code from} are skipped as a whole, so an error inside {@code struct S { .. }} resumes
 * after its closing brace, not at it.
 */
final class Recovery {
    private Recovery() {}

    static void synchronize(TokenCursor c, int from, boolean statements) {
        int depth = c.openDepthSince(from);
        while (!c.atEof()) {
            TokenKind k = c.kind();
            if (SubParser.isOpenDelim(k)) {
                depth++;
            } else if (isClose(k)) {
                if (depth == 0) {
                    break; // the enclosing list's closer
                }
                depth--;
                c.bump();
                if (depth == 0 && k == TokenKind.CLOSE_BRACE) {
                    return; // a braced body ended: the item or block statement is over
                }
                continue;
            } else if (depth == 0) {
                if (k == TokenKind.SEMI) {
                    c.bump();
                    return;
                }
                if (c.position() > from && startsNext(k, statements)) {
                    return;
                }
            }
            c.bump();
        }
        // Guarantee progress; a `}` is left for the enclosing list, which stops there.
        if (c.position() == from && !c.atEof() && c.kind() != TokenKind.CLOSE_BRACE) {
            c.bump();
        }
    }

    static boolean isClose(TokenKind k) {
        return k == TokenKind.CLOSE_PAREN || k == TokenKind.CLOSE_BRACKET || k == TokenKind.CLOSE_BRACE;
    }

    private static boolean startsNext(TokenKind k, boolean statements) {
        switch (k) {
            case KW_FN: case KW_STRUCT: case KW_ENUM: case KW_USE: case KW_MOD: case KW_STATIC: case KW_CONST:
            case KW_TYPE: case KW_TRAIT: case KW_IMPL: case KW_EXTERN: case KW_PUB: case POUND:
                return true;
            case KW_LET:
                return statements;
            default:
                return false;
        }
    }
}
