package dev.rustmem.syntax.expand;

import dev.rustmem.syntax.ast.TokenTree;
import java.util.List;

/**
 * Parses a black-box fragment ({@code expr}, {@code ty}, {@code pat}, ...) at the start of some
 * token trees for the matcher, as rustc's {@code parse_nonterminal} does.
 */
interface FragmentParser {
    /**
     * How many of {@code trees} (from index {@code from}) a fragment of this kind consumes;
     * throws {@link MatchAbort} when the parse fails after it started (a hard error in rustc).
     */
    int parse(FragmentKind kind, List<TokenTree> trees, int from);
}
