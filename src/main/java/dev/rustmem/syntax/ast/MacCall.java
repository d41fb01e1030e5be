package dev.rustmem.syntax.ast;

import dev.rustmem.source.Span;
import java.util.List;

/** A macro invocation {@code path!(tokens)}, {@code path![..]}, {@code path!{..}}, unexpanded. */
public record MacCall(Path path, TokenTree.Delimiter delimiter, List<TokenTree> tokens, Span span) {
    public MacCall {
        tokens = List.copyOf(tokens);
    }

    public String name() {
        return path.last().name().name();
    }
}
