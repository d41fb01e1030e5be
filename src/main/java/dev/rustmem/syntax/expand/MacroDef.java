package dev.rustmem.syntax.expand;

import dev.rustmem.source.Span;
import java.util.List;

/**
 * A compiled {@code macro_rules!} definition.
 *
 * @param headerSpan {@code macro_rules! name}, labelled "when calling this macro" in match errors
 * @param exported   {@code #[macro_export]}: also reachable by path from anywhere in the crate
 */
record MacroDef(String name, List<Rule> rules, Span nameSpan, Span headerSpan, boolean exported) {
    MacroDef {
        rules = List.copyOf(rules);
    }

    /** {@code (matcher) => { transcriber }}; the matcher's own delimiters are not matched. */
    record Rule(List<MbeTree> matcher, List<MbeTree> transcriber) {
        Rule {
            matcher = List.copyOf(matcher);
            transcriber = List.copyOf(transcriber);
        }
    }
}
