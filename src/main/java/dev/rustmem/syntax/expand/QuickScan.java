package dev.rustmem.syntax.expand;

/**
 * A conservative text scan that lets the expander skip crates with nothing to do: every macro
 * invocation has a {@code !} followed (after whitespace or a comment) by a delimiter, and cfg
 * stripping needs the word {@code cfg}. Generated type-definition files (the 20,000-type
 * benchmark) have neither, and then the crate is returned untouched without a walk.
 */
final class QuickScan {
    private QuickScan() {}

    /** One pass over the chars (a large file's text is not scanned once per pattern). */
    static boolean needsExpansion(char[] text) {
        int n = text.length;
        for (int i = 0; i < n; i++) {
            char c = text[i];
            if (c == 'g') {
                if (i >= 2 && text[i - 1] == 'f' && text[i - 2] == 'c') {
                    return true; // `cfg`
                }
            } else if (c == '!' && (i == 0 || text[i - 1] != '#') && invocation(text, i + 1)) {
                return true; // not an inner attribute `#![..]`
            }
        }
        return false;
    }

    /** Whether a delimiter follows at {@code j}, after whitespace. */
    private static boolean invocation(char[] text, int j) {
        while (j < text.length && Character.isWhitespace(text[j])) {
            j++;
        }
        return j < text.length && "([{/".indexOf(text[j]) >= 0;
    }

    static boolean mayDefineMacros(String text) {
        return text.contains("macro_rules");
    }
}
