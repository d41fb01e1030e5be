package dev.rustmem.layout;

import dev.rustmem.types.Cfg;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A supported {@code --target}: its data layout and its cfg values. The cfg sets are those of
 * {@code rustc 1.95 --print cfg --target T} (target features omitted), plus {@code overflow_checks}
 * because rustmem models a debug build.
 */
public record Target(String triple, TargetDataLayout dl, Cfg cfg) {
    public static final String DEFAULT = "x86_64-unknown-linux-gnu";

    /** Every supported target (x86_64, i686, aarch64, armv7, wasm32, and the 16-bit avr and msp430). */
    public static List<Target> all() {
        return List.of(
                linux(TargetDataLayout.X86_64, "x86_64", "", "8 16 32 64 ptr"),
                linux(TargetDataLayout.I686, "x86", "", "8 16 32 64 ptr"),
                linux(TargetDataLayout.AARCH64, "aarch64", "", "8 16 32 64 128 ptr"),
                linux(TargetDataLayout.ARMV7, "arm", "eabihf", "8 16 32 64 ptr"),
                of(TargetDataLayout.WASM32, "wasm32", "unknown", "wasm", "", "abort", "8 16 32 64 ptr"),
                of(TargetDataLayout.AVR, "avr", "none", "", "", "unwind", ""),
                of(TargetDataLayout.MSP430, "msp430", "none", "", "", "abort", ""));
    }

    public static Optional<Target> byTriple(String triple) {
        // A loop, not a stream: this runs at every start, before the JIT has compiled anything.
        for (Target t : all()) {
            if (t.triple.equals(triple)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static Target linux(TargetDataLayout dl, String arch, String abi, String atomics) {
        return of(dl, arch, "linux", "unix", "gnu", "unwind", atomics, abi);
    }

    private static Target of(TargetDataLayout dl, String arch, String os, String family, String env,
            String panic, String atomics) {
        return of(dl, arch, os, family, env, panic, atomics, "");
    }

    private static Target of(TargetDataLayout dl, String arch, String os, String family, String env,
            String panic, String atomics, String abi) {
        List<String> flags = new ArrayList<>(List.of("debug_assertions", "overflow_checks"));
        if (family.equals("unix")) {
            flags.add("unix");
        }
        List<String> pairs = new ArrayList<>(List.of("target_pointer_width=" + dl.pointerBits(),
                "target_arch=" + arch, "target_os=" + os, "target_env=" + env, "target_abi=" + abi,
                "target_endian=" + (dl.bigEndian() ? "big" : "little"), "target_vendor=unknown", "panic=" + panic));
        if (!family.isEmpty()) {
            pairs.add("target_family=" + family);
        }
        for (String a : atomics.split(" ")) {
            if (!a.isEmpty()) {
                pairs.add("target_has_atomic=" + a);
            }
        }
        return new Target(dl.triple(), dl, new Cfg(Set.copyOf(flags), Set.copyOf(pairs)));
    }
}
