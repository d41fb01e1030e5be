package dev.rustmem.syntax.expand;

import dev.rustmem.source.Span;
import dev.rustmem.syntax.lex.Token;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * What rustc's token streams carry and rustmem's tokens do not, recorded during one expansion
 * run for {@code stringify!} (tokens keep their identity through re-parsing): the tokens the
 * transcriber emits as {@code Spacing::Alone}, and the first and last tokens of a type fragment
 * substituted as plain tokens, which rustc prints as one pretty-printer box.
 */
final class TokenMarks {
    private final Set<Token> alone = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Span> aloneGroups = new HashSet<>();
    private final Set<Token> spaceBefore = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Token> groupStarts = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Token> groupEnds = Collections.newSetFromMap(new IdentityHashMap<>());

    void markAlone(Token t) {
        alone.add(t);
    }

    boolean isAlone(Token t) {
        return alone.contains(t);
    }

    /** A delimited group ending a fragment: spaced after, like a token (groups are rebuilt by re-parsing, spans stay). */
    void markAloneGroup(Span group) {
        aloneGroups.add(group);
    }

    boolean isAloneGroup(Span group) {
        return aloneGroups.contains(group);
    }

    /** A token after an empty fragment, which rustc prints with a space before it. */
    void markSpaceBefore(Token t) {
        spaceBefore.add(t);
    }

    boolean hasSpaceBefore(Token t) {
        return spaceBefore.contains(t);
    }

    void markGroup(Token first, Token last) {
        groupStarts.add(first);
        groupEnds.add(last);
    }

    boolean startsGroup(Token t) {
        return groupStarts.contains(t);
    }

    boolean endsGroup(Token t) {
        return groupEnds.contains(t);
    }
}
