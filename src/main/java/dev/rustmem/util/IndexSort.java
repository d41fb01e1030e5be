package dev.rustmem.util;

import java.util.Arrays;

/**
 * A stable sort of {@code int} indices in an order the caller defines over data it holds, and a
 * sort of indices by byte-string keys: the layout engine orders fields and the rustc renderer
 * types, variants and fields this way, without boxing or copying lists.
 */
public final class IndexSort {
    /** Below this many elements insertion sort is cheapest (and it is linear on sorted input). */
    private static final int SMALL = 16;

    private IndexSort() {}

    @FunctionalInterface
    public interface Order {
        /** Negative, zero or positive as index {@code a} goes before, with or after index {@code b}. */
        int compare(int a, int b);
    }

    /** As {@link #sort(int[], int, int, int[], Order)}, with scratch space only when a merge needs it. */
    public static void sort(int[] idx, int from, int to, Order order) {
        sort(idx, from, to, to - from <= SMALL ? idx : new int[to], order);
    }

    /**
     * Sorts {@code idx[from..to)} stably (equal elements keep their order).
     *
     * @param tmp scratch space, at least as long as {@code to}
     */
    public static void sort(int[] idx, int from, int to, int[] tmp, Order order) {
        if (to - from <= SMALL) {
            insertion(idx, from, to, order);
            return;
        }
        int mid = (from + to) >>> 1;
        sort(idx, from, mid, tmp, order);
        sort(idx, mid, to, tmp, order);
        if (order.compare(idx[mid - 1], idx[mid]) <= 0) {
            return;
        }
        System.arraycopy(idx, from, tmp, from, mid - from);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            // Ties take the left element first: that keeps the sort stable.
            idx[k++] = order.compare(idx[j], tmp[i]) < 0 ? idx[j++] : tmp[i++];
        }
        while (i < mid) {
            idx[k++] = tmp[i++];
        }
    }

    private static void insertion(int[] idx, int from, int to, Order order) {
        for (int i = from + 1; i < to; i++) {
            int x = idx[i];
            int j = i - 1;
            while (j >= from && order.compare(idx[j], x) > 0) {
                idx[j + 1] = idx[j];
                j--;
            }
            idx[j + 1] = x;
        }
    }

    /**
     * Sorts {@code idx[from..to)} by {@code keys[idx[i]]} as unsigned bytes (a key that is a prefix
     * of another goes first), equal keys by index: multikey quicksort (Bentley and Sedgewick),
     * which reads the long common prefixes of type names ({@code std::option::Option<...}) once
     * per partition instead of once per comparison.
     */
    public static void byBytes(int[] idx, int from, int to, byte[][] keys) {
        byBytes(idx, from, to, keys, 0);
    }

    /** Sorts a range whose keys agree on their first {@code depth} bytes. */
    private static void byBytes(int[] idx, int lo, int hi, byte[][] keys, int depth) {
        int d = depth;
        while (hi - lo > SMALL) {
            int pivot = median(byteAt(keys[idx[lo]], d), byteAt(keys[idx[(lo + hi) >>> 1]], d),
                    byteAt(keys[idx[hi - 1]], d));
            // Three-way partition on byte d: [lo, lt) below, [lt, gt] equal, (gt, hi) above.
            int lt = lo;
            int gt = hi - 1;
            int i = lo;
            while (i <= gt) {
                int c = byteAt(keys[idx[i]], d);
                if (c < pivot) {
                    swap(idx, lt++, i++);
                } else if (c > pivot) {
                    swap(idx, i, gt--);
                } else {
                    i++;
                }
            }
            byBytes(idx, lo, lt, keys, d);
            byBytes(idx, gt + 1, hi, keys, d);
            if (pivot == END) {
                // Equal keys: by index, which is a plain sort of the index values.
                Arrays.sort(idx, lt, gt + 1);
                return;
            }
            lo = lt;
            hi = gt + 1;
            d++;
        }
        for (int i = lo + 1; i < hi; i++) {
            int x = idx[i];
            int j = i - 1;
            while (j >= lo && compareFrom(keys, idx[j], x, d) > 0) {
                idx[j + 1] = idx[j];
                j--;
            }
            idx[j + 1] = x;
        }
    }

    /** What {@link #byteAt} returns past the end of a key: below every byte. */
    private static final int END = 0;

    private static int byteAt(byte[] key, int d) {
        return d < key.length ? (key[d] & 0xFF) + 1 : END;
    }

    private static int compareFrom(byte[][] keys, int a, int b, int d) {
        byte[] x = keys[a];
        byte[] y = keys[b];
        int c = Arrays.compareUnsigned(x, Math.min(d, x.length), x.length, y, Math.min(d, y.length), y.length);
        return c != 0 ? c : Integer.compare(a, b);
    }

    private static int median(int a, int b, int c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private static void swap(int[] idx, int i, int j) {
        int t = idx[i];
        idx[i] = idx[j];
        idx[j] = t;
    }
}
