package dev.rustmem.types.resolve;

import dev.rustmem.types.OpenTable;

/**
 * The names defined in one namespace of a module ({@link OpenTable}: names being shared by the
 * lexer, a probe usually stops at the name's identity). Every path a file writes looks its first
 * name up here. The first binding of a name stays.
 */
public final class NameTable {
    private final OpenTable<String, Binding> table;

    /** @param expected about how many names will be defined */
    NameTable(int expected) {
        table = new OpenTable<>(expected);
    }

    /** The binding of {@code name}, or null. */
    public Binding get(String name) {
        return table.get(name);
    }

    /** Binds {@code name} unless it is bound; returns the earlier binding, or null when there was none. */
    Binding putIfAbsent(String name, Binding b) {
        return table.putIfAbsent(name, b);
    }

    public int size() {
        return table.size();
    }
}
