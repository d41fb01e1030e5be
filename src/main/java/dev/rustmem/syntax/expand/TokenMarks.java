package dev.rustmem.syntax.expand;

import dev.rustmem.source.Span;
import dev.rustmem.syntax.lex.Token;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * What rustc's token streams carry and rustmem's tokens do not, recorded during one expansion
 * run for {@code stringify!}: tokens the transcriber emits as {@code Spacing::Alone} (by
 * identity), and invisible groups holding an expression that was matched again by a
 * {@code $x:expr} (rustc then has a parsed expression and pretty-prints it: {@code dbg!($e)}
 * inside a macro prints {@code x + 1} for {@code x  +  1}).
 */
final class TokenMarks {
    private final Set<Token> alone = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Span> reparsed = new HashSet<>();

    void markAlone(Token t) {
        alone.add(t);
    }

    boolean isAlone(Token t) {
        return alone.contains(t);
    }

    void markReparsed(Span invisibleGroup) {
        reparsed.add(invisibleGroup);
    }

    boolean isReparsed(Span invisibleGroup) {
        return reparsed.contains(invisibleGroup);
    }
}
