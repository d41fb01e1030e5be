package dev.rustmem.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IndexSortTest {
    private static final String[] PARTS = {"std::option::Option<", "std::result::Result<", "S1", "S12", "E", ">", ", ",
            "u8", "é", "😀", "\uFFFD", ""};

    /** Names with long shared prefixes, duplicates, empty names and non-ASCII, in UTF-8. */
    private static byte[][] names(Random r, int n) {
        byte[][] out = new byte[n][];
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            int parts = r.nextInt(6);
            for (int p = 0; p < parts; p++) {
                sb.append(PARTS[r.nextInt(PARTS.length)]);
            }
            out[i] = sb.toString().getBytes(StandardCharsets.UTF_8);
        }
        return out;
    }

    private static int[] identity(int n) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        return idx;
    }

    @Test
    void byBytesIsUnsignedByteOrderThenIndex() {
        Random r = new Random(7);
        for (int n : new int[] {0, 1, 2, 15, 16, 17, 100, 3000}) {
            byte[][] keys = names(r, n);
            int[] idx = identity(n);
            IndexSort.byBytes(idx, 0, n, keys);
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                expected.add(i);
            }
            expected.sort(Comparator.<Integer, byte[]>comparing(i -> keys[i], Arrays::compareUnsigned));
            assertThat(idx).as("n=%d", n).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    @Test
    void sortIsStable() {
        Random r = new Random(11);
        for (int n : new int[] {0, 1, 16, 17, 1000}) {
            long[] key = new long[n];
            for (int i = 0; i < n; i++) {
                key[i] = r.nextInt(7);
            }
            int[] idx = identity(n);
            IndexSort.sort(idx, 0, n, new int[n], (a, b) -> Long.compare(key[b], key[a]));
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                expected.add(i);
            }
            expected.sort(Comparator.comparingLong(i -> -key[i]));
            assertThat(idx).as("n=%d", n).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
        }
    }
}
