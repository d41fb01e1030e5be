package dev.rustmem.syntax.lex;

import java.util.HashMap;
import java.util.Map;

/** Strict and reserved keywords of edition 2024; weak keywords stay identifiers. */
final class Keywords {
    private static final Map<String, TokenKind> KEYWORDS = build();

    private Keywords() {}

    private static Map<String, TokenKind> build() {
        Map<String, TokenKind> m = new HashMap<>();
        for (TokenKind k : TokenKind.values()) {
            if (k.isKeyword()) {
                m.put(k.spelling(), k);
            }
        }
        return Map.copyOf(m);
    }

    /** The keyword kind for an identifier's text, or null. */
    static TokenKind lookup(String text) {
        return KEYWORDS.get(text);
    }
}
