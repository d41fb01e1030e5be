package dev.rustmem.types;

import java.util.Set;

/**
 * The {@code cfg} values of a target, for {@code #[cfg(..)]} and {@code cfg!(..)} in user code and
 * in the bundled std sources (e.g. {@code target_pointer_width = "64"}).
 *
 * @param flags      name-only cfgs that are set, e.g. {@code unix}, {@code debug_assertions}, {@code panic = "unwind"} is a pair
 * @param pairs      {@code name=value} cfgs that are set, e.g. {@code target_os=linux} (a name may have several values)
 */
public record Cfg(Set<String> flags, Set<String> pairs) {
    public Cfg {
        flags = Set.copyOf(flags);
        pairs = Set.copyOf(pairs);
    }

    public boolean has(String flag) {
        return flags.contains(flag);
    }

    public boolean has(String name, String value) {
        return pairs.contains(name + "=" + value);
    }
}
