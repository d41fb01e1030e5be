package dev.rustmem.types.resolve;

/**
 * The names defined in one namespace of a module: open addressing over arrays, each slot's hash
 * beside its name so that a probe compares ints (and, names being shared by the lexer, usually
 * the name's identity) before it reads anything else. Every path a file writes looks its first
 * name up here; a {@code HashMap} added a node to visit per lookup.
 */
public final class NameTable {
    private String[] names;
    private int[] hashes;
    private Binding[] bindings;
    private int shift;
    private int size;

    /** @param expected about how many names will be defined */
    NameTable(int expected) {
        int bits = 3;
        while ((1 << bits) * 3L < 4L * expected && bits < 30) {
            bits++;
        }
        alloc(bits);
    }

    private void alloc(int bits) {
        names = new String[1 << bits];
        hashes = new int[1 << bits];
        bindings = new Binding[1 << bits];
        shift = 32 - bits;
    }

    /** The binding of {@code name}, or null. */
    public Binding get(String name) {
        int s = slot(name, name.hashCode());
        return s >= 0 ? bindings[s] : null;
    }

    /** Binds {@code name} unless it is bound; returns the earlier binding, or null when there was none. */
    Binding putIfAbsent(String name, Binding b) {
        int h = name.hashCode();
        int s = slot(name, h);
        if (s >= 0) {
            return bindings[s];
        }
        int i = ~s;
        names[i] = name;
        hashes[i] = h;
        bindings[i] = b;
        if (++size * 4L > names.length * 3L) {
            grow();
        }
        return null;
    }

    public int size() {
        return size;
    }

    private int slot(String name, int h) {
        int mask = names.length - 1;
        for (int i = (h * 0x9E3779B9) >>> shift; ; i = (i + 1) & mask) {
            String k = names[i];
            if (k == null) {
                return ~i;
            }
            if (hashes[i] == h && (k == name || k.equals(name))) {
                return i;
            }
        }
    }

    private void grow() {
        String[] oldNames = names;
        int[] oldHashes = hashes;
        Binding[] oldBindings = bindings;
        alloc(32 - shift + 1);
        int mask = names.length - 1;
        for (int j = 0; j < oldNames.length; j++) {
            if (oldNames[j] != null) {
                int i = (oldHashes[j] * 0x9E3779B9) >>> shift;
                while (names[i] != null) {
                    i = (i + 1) & mask;
                }
                names[i] = oldNames[j];
                hashes[i] = oldHashes[j];
                bindings[i] = oldBindings[j];
            }
        }
    }
}
