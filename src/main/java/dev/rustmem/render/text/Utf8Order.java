package dev.rustmem.render.text;

/**
 * Orders strings as Rust compares them: by their UTF-8 bytes, which is code point order. Java's
 * {@code compareTo} orders UTF-16 code units, which differs only where a surrogate (part of a
 * code point above U+FFFF) meets a unit in U+E000..U+FFFF. Comparing without encoding matters:
 * rustc's report sorts tens of thousands of type names.
 */
final class Utf8Order {
    private Utf8Order() {}

    static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return Integer.compare(codePointRank(x), codePointRank(y));
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    /**
     * At the first differing unit of two strings with a common prefix, this rank orders them as
     * their code points: surrogates (code points ≥ U+10000) move above U+E000..U+FFFF.
     */
    private static int codePointRank(char c) {
        if (c < 0xD800) {
            return c;
        }
        return c >= 0xE000 ? c - 0x800 : c + 0x2000;
    }
}
