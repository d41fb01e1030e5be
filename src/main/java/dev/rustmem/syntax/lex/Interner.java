package dev.rustmem.syntax.lex;

/**
 * Shares one String per distinct identifier spelling within a file, looked up by source region
 * so that a repeated name costs no allocation (big generated files repeat names constantly).
 * One instance per lexer run; open addressing with linear probing.
 */
final class Interner {
    private String[] table = new String[1024];
    private int size;

    String intern(String src, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + src.charAt(i);
        }
        int mask = table.length - 1;
        int len = end - start;
        for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
            String s = table[i];
            if (s == null) {
                String created = src.substring(start, end);
                table[i] = created;
                if (++size * 2 > table.length) {
                    grow();
                }
                return created;
            }
            if (s.length() == len && src.regionMatches(start, s, 0, len)) {
                return s;
            }
        }
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    private void grow() {
        String[] old = table;
        table = new String[old.length * 2];
        int mask = table.length - 1;
        for (String s : old) {
            if (s != null) {
                int i = mix(s.hashCode()) & mask;
                while (table[i] != null) {
                    i = (i + 1) & mask;
                }
                table[i] = s;
            }
        }
    }
}
