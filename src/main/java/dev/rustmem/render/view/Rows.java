package dev.rustmem.render.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Puts rows in memory order and fills the gaps with padding, so that every byte is accounted for. */
final class Rows {
    private Rows() {}

    // Comparator classes, not Comparator.comparing with lambdas: a lambda's bootstrap costs every cold run.

    private static final Comparator<Row> BY_OFFSET_THEN_SIZE = new Comparator<>() {
        @Override
        public int compare(Row a, Row b) {
            int c = Long.compare(a.offset(), b.offset());
            return c != 0 ? c : Long.compare(a.size(), b.size());
        }
    };

    /** Spans {@code {start, end}} by start. */
    private static final Comparator<long[]> BY_START = new Comparator<>() {
        @Override
        public int compare(long[] a, long[] b) {
            return Long.compare(a[0], b[0]);
        }
    };

    /**
     * Sorts by (offset, size) like rustc's type-size dump (zero-sized fields first at an offset;
     * stable otherwise) and inserts {@link Row.Padding} for every byte of {@code 0..size} that no
     * row covers.
     */
    static List<Row> inMemoryOrder(List<? extends Row> rows, long size) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(BY_OFFSET_THEN_SIZE);
        List<Row> out = new ArrayList<>(sorted.size() + 2);
        long covered = 0;
        for (Row r : sorted) {
            if (r.offset() > covered) {
                out.add(new Row.Padding(covered, r.offset() - covered));
            }
            out.add(r);
            covered = Math.max(covered, r.end());
        }
        if (size > covered) {
            out.add(new Row.Padding(covered, size - covered));
        }
        return out;
    }

    /** How many bytes at least one non-padding row covers (overlapping union fields count once). */
    static long dataBytes(List<List<Row>> rowLists, long size) {
        List<long[]> spans = new ArrayList<>();
        for (List<Row> rows : rowLists) {
            for (Row r : rows) {
                if (!(r instanceof Row.Padding) && r.size() > 0) {
                    spans.add(new long[] {r.offset(), Math.min(r.end(), size)});
                }
            }
        }
        spans.sort(BY_START);
        long total = 0;
        long curStart = -1;
        long curEnd = -1;
        for (long[] s : spans) {
            if (s[0] > curEnd) {
                total += curEnd - curStart;
                curStart = s[0];
                curEnd = s[1];
            } else {
                curEnd = Math.max(curEnd, s[1]);
            }
        }
        return total + (curEnd - curStart);
    }
}
