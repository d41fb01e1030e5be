package dev.rustmem.syntax.expand;

/**
 * A conservative text scan that lets the expander skip crates with nothing to do: every macro
 * invocation has a {@code !} followed (after whitespace or a comment) by a delimiter, and cfg
 * stripping needs the word {@code cfg}. Generated type-definition files (the 20,000-type
 * benchmark) have neither, and then the crate is returned untouched without a walk.
 */
final class QuickScan {
    private QuickScan() {}

    static boolean needsExpansion(String text) {
        if (text.contains("cfg")) {
            return true;
        }
        for (int i = text.indexOf('!'); i >= 0; i = text.indexOf('!', i + 1)) {
            if (i > 0 && text.charAt(i - 1) == '#') {
                continue; // an inner attribute `#![..]`
            }
            int j = i + 1;
            while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            if (j < text.length() && "([{/".indexOf(text.charAt(j)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static boolean mayDefineMacros(String text) {
        return text.contains("macro_rules");
    }
}
