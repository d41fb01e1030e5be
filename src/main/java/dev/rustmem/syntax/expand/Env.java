package dev.rustmem.syntax.expand;

import java.util.Optional;

/**
 * Meta-variable bindings as a persistent association list: extending an environment never
 * changes it, so the backtracking matcher can drop a failed branch by simply forgetting it.
 */
final class Env {
    static final Env EMPTY = new Env(null, null, null);

    private final String name;
    private final Binding binding;
    private final Env rest;

    private Env(String name, Binding binding, Env rest) {
        this.name = name;
        this.binding = binding;
        this.rest = rest;
    }

    Env with(String name, Binding binding) {
        return new Env(name, binding, this);
    }

    Optional<Binding> get(String key) {
        for (Env e = this; e.rest != null; e = e.rest) {
            if (e.name.equals(key)) {
                return Optional.of(e.binding);
            }
        }
        return Optional.empty();
    }
}
