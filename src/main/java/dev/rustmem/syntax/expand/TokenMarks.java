package dev.rustmem.syntax.expand;

import dev.rustmem.syntax.lex.Token;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * What rustc's token streams carry and rustmem's tokens do not, recorded during one expansion
 * run for {@code stringify!}: the tokens the transcriber emits as {@code Spacing::Alone} (by
 * identity).
 */
final class TokenMarks {
    private final Set<Token> alone = Collections.newSetFromMap(new IdentityHashMap<>());

    void markAlone(Token t) {
        alone.add(t);
    }

    boolean isAlone(Token t) {
        return alone.contains(t);
    }
}
