package dev.rustmem.difftest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The recorded differential set: which (target, seed, size) files live under
 * {@code src/test/resources/difftest/recorded/<target>/<seed>.{rs,pts}}. {@link Recorder} writes
 * them; {@link RecordedDifferentialTest} discovers whatever is on disk.
 */
final class RecordedSet {
    record Entry(GenProfile profile, long seed, int count) {
        Path rs(Path root) {
            return root.resolve(profile.shortName()).resolve(seed + ".rs");
        }

        Path pts(Path root) {
            return root.resolve(profile.shortName()).resolve(seed + ".pts");
        }
    }

    static final String RESOURCE_ROOT = "difftest/recorded";
    static final int X86_64_COUNT = 300;
    static final int NARROW_COUNT = 200;

    private RecordedSet() {}

    static List<Entry> entries() {
        List<Entry> e = new ArrayList<>();
        for (long seed = 1001; seed <= 1008; seed++) {
            e.add(new Entry(GenProfile.X86_64, seed, X86_64_COUNT));
        }
        long base = 2001;
        for (GenProfile p : List.of(GenProfile.I686, GenProfile.ARMV7, GenProfile.WASM32, GenProfile.AVR,
                GenProfile.MSP430)) {
            for (long seed = base; seed < base + 3; seed++) {
                e.add(new Entry(p, seed, NARROW_COUNT));
            }
            base += 1000;
        }
        return e;
    }
}
