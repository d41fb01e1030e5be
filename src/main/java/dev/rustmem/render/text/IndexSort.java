package dev.rustmem.render.text;

/**
 * A stable sort of {@code int} indices in an order the caller defines over data it holds: the
 * renderer sorts types, variants and fields this way without boxing or copying lists.
 */
final class IndexSort {
    /** Below this many elements insertion sort is cheapest (and it is linear on sorted input). */
    private static final int SMALL = 16;

    private IndexSort() {}

    @FunctionalInterface
    interface Order {
        /** Negative, zero or positive as index {@code a} goes before, with or after index {@code b}. */
        int compare(int a, int b);
    }

    /**
     * Sorts {@code idx[from..to)} stably (equal elements keep their order).
     *
     * @param tmp scratch space, at least as long as {@code to}
     */
    static void sort(int[] idx, int from, int to, int[] tmp, Order order) {
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
}
