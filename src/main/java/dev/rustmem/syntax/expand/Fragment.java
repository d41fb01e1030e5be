package dev.rustmem.syntax.expand;

import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.TokenTree;
import java.util.List;

/**
 * What a meta-variable captured: the input token trees (possibly none, for an empty {@code vis}).
 * The span is that of the trees, or an empty span where an empty fragment was matched.
 */
record Fragment(FragmentKind kind, List<TokenTree> trees, Span span) {
    Fragment {
        trees = List.copyOf(trees);
    }
}
