package dev.rustmem.syntax.parse;

import dev.rustmem.syntax.lex.Token;
import dev.rustmem.syntax.lex.TokenKind;
import java.util.List;

/** How rustc names tokens in messages (rustc_parse::parser::token_descr, tokens_to_string). */
final class Describe {
    private Describe() {}

    static String token(Token t) {
        TokenKind k = t.kind();
        if (k == TokenKind.EOF) {
            return "`<eof>`";
        }
        if (k.isKeyword()) {
            boolean reserved = k.ordinal() >= TokenKind.KW_ABSTRACT.ordinal();
            return (reserved ? "reserved keyword `" : "keyword `") + t.text() + "`";
        }
        if (k == TokenKind.UNDERSCORE) {
            return "reserved identifier `_`";
        }
        return "`" + t.text() + "`";
    }

    /** {@code `a`}, {@code `a` or `b`}, {@code `a`, `b`, or `c`}. */
    static String oneOf(List<String> items) {
        StringBuilder sb = new StringBuilder(items.get(0));
        for (int i = 1; i < items.size(); i++) {
            if (i == items.size() - 1) {
                sb.append(items.size() > 2 ? ", or " : " or ");
            } else {
                sb.append(", ");
            }
            sb.append(items.get(i));
        }
        return sb.toString();
    }
}
