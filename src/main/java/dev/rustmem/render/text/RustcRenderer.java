package dev.rustmem.render.text;

import dev.rustmem.render.view.LayoutReport;
import dev.rustmem.render.view.RustcView;
import dev.rustmem.render.view.TypeView;
import dev.rustmem.par.Parallel;
import dev.rustmem.util.IndexSort;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Prints ADT layouts exactly as rustc 1.95's {@code -Zprint-type-sizes} does
 * ({@code rustc_session/src/code_stats.rs}, {@code print_type_sizes}): types by size descending then
 * by name; a {@code discriminant} line only for direct tags; variants by size descending (stable);
 * fields by (offset, size) with {@code padding} lines, {@code alignment} only after padding (never
 * for packed types), {@code offset} for overlapping union fields, then {@code end padding}.
 *
 * <p>The output (megabytes for a large file) goes out as UTF-8 bytes through a buffer, never as
 * one {@code String}; the sorts run over index arrays with keys computed once per element.
 */
public final class RustcRenderer {
    private static final int BUFFER = 1 << 16;
    private static final byte[] TYPE = ascii("print-type-size type: `");
    private static final byte[] NAME_END = ascii("`: ");
    private static final byte[] BYTES_ALIGNMENT = ascii(" bytes, alignment: ");
    private static final byte[] BYTES_LINE = ascii(" bytes\n");
    private static final byte[] BYTES_OFFSET = ascii(" bytes, offset: ");
    private static final byte[] DISCRIMINANT = ascii("print-type-size     discriminant: ");
    private static final byte[] VARIANT = ascii("print-type-size     variant `");
    private static final byte[] END_PADDING = ascii("print-type-size     end padding: ");
    /** Field and padding lines of a struct (index 0) and of an enum or union variant (index 1). */
    private static final byte[][] FIELD = {ascii("print-type-size     field `."), ascii("print-type-size         field `.")};
    private static final byte[][] PADDING = {ascii("print-type-size     padding: "), ascii("print-type-size         padding: ")};

    /** The ADTs among the report's rustc list, as one string (tests and library use). */
    public String render(LayoutReport report) {
        List<RustcView> views = new ArrayList<>();
        for (TypeView t : report.rustcTypes()) {
            if (t.kind().isAdt()) {
                views.add(RustcView.of(t));
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            render(views, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Writes the blocks of {@code types} (ADTs, in any order) to {@code out} as UTF-8, and flushes it. */
    public void render(List<RustcView> types, OutputStream out) throws IOException {
        int n = types.size();
        // rustc sorts by (Reverse(size), description); Rust compares strings by their UTF-8
        // bytes, which are also what gets printed.
        Keys k = new Keys(types);
        long[] sizes = k.sizes;
        byte[][] names = k.names;
        int[] order = k.order;
        // Sizes first (stable), then names within each run of one size.
        if (k.packable) {
            bySizePacked(order, sizes);
        } else {
            IndexSort.sort(order, 0, n, new int[n], new Descending(sizes));
        }
        byNameWithinSizes(order, sizes, names);
        orderTiesByBlock(types, sizes, names, order, new Scratch());
        // Two threads for a long list: the caller writes the first part of the order to `out`
        // while a worker prints the rest into memory, written after it; the bytes are the same.
        int split = Parallel.parallel(n) ? splitPoint(order, k.lines, k.totalLines) : n;
        Chunks rest;
        try {
            rest = Parallel.alongside(n, new Head(types, names, order, split, out),
                    new Tail(types, names, order, split));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        rest.writeTo(out);
        out.flush();
    }

    private static void renderRange(List<RustcView> types, byte[][] names, int[] order, int from, int to,
            OutputStream out) throws IOException {
        Scratch scratch = new Scratch();
        ByteSink sink = new ByteSink(out, BUFFER);
        for (int i = from; i < to; i++) {
            int t = order[i];
            renderType(sink, types.get(t), names[t], scratch);
        }
        sink.flush();
    }

    /** {@link #renderRange} into memory, which cannot fail. */
    private static void renderRange(List<RustcView> types, byte[][] names, int[] order, int from, int to,
            Chunks out) {
        try {
            renderRange(types, names, order, from, to, (OutputStream) out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // The two parts of render are named classes, not lambdas: a lambda's bootstrap costs every cold run.

    /** Writes the types at {@code order[0, split)} to the output stream. */
    private static final class Head implements Runnable {
        private final List<RustcView> types;
        private final byte[][] names;
        private final int[] order;
        private final int split;
        private final OutputStream out;

        Head(List<RustcView> types, byte[][] names, int[] order, int split, OutputStream out) {
            this.types = types;
            this.names = names;
            this.order = order;
            this.split = split;
            this.out = out;
        }

        @Override
        public void run() {
            try {
                renderRange(types, names, order, 0, split, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Prints the types at {@code order[split, n)} into memory. */
    private static final class Tail implements java.util.function.Supplier<Chunks> {
        private final List<RustcView> types;
        private final byte[][] names;
        private final int[] order;
        private final int split;

        Tail(List<RustcView> types, byte[][] names, int[] order, int split) {
            this.types = types;
            this.names = names;
            this.order = order;
            this.split = split;
        }

        @Override
        public Chunks get() {
            Chunks c = new Chunks();
            renderRange(types, names, order, split, order.length, c);
            return c;
        }
    }

    /**
     * What the sort and the split read of each type, gathered in one pass. (Loops over all
     * types live in small methods of their own: in {@link #render}, the JIT would compile that
     * whole method on the stack to finish one loop.)
     */
    private static final class Keys {
        final long[] sizes;
        final byte[][] names;
        final int[] order;
        /** Printed lines per type (about one per field), for the two-thread split. */
        final long[] lines;
        long totalLines;
        boolean packable;

        Keys(List<RustcView> types) {
            int n = types.size();
            sizes = new long[n];
            names = new byte[n][];
            order = new int[n];
            lines = new long[n];
            packable = n <= 1 << INDEX_BITS;
            for (int i = 0; i < n; i++) {
                add(i, types.get(i));
            }
        }

        /** One call per type: compiled early, where the loop's body would run interpreted for long. */
        private void add(int i, RustcView t) {
            sizes[i] = t.size();
            names[i] = t.name();
            order[i] = i;
            lines[i] = 1L + t.variantCount() + t.fieldStart()[t.variantCount()];
            totalLines += lines[i];
            packable &= sizes[i] >= 0 && sizes[i] <= MAX_PACKED_SIZE;
        }
    }

    /** Sorts each run of equal sizes in {@code order} by name bytes. */
    private static void byNameWithinSizes(int[] order, long[] sizes, byte[][] names) {
        int n = order.length;
        for (int from = 0, to; from < n; from = to) {
            to = from + 1;
            while (to < n && sizes[order[to]] == sizes[order[from]]) {
                to++;
            }
            IndexSort.byBytes(order, from, to, names);
        }
    }

    /**
     * The position in {@code order} that splits the printed lines (about one per field) between
     * the caller (the first part) and the worker. The worker's share is the smaller: it shares its
     * core with the JIT compiler, and the caller then still has the worker's bytes to write
     * (measured on the 20,000-type benchmark: with halves the caller waited ~8 ms for the worker;
     * with two thirds for the caller, neither waits).
     */
    private static int splitPoint(int[] order, long[] lines, long total) {
        long sum = 0;
        for (int i = 0; i < order.length; i++) {
            sum += lines[order[i]];
            if (3 * sum >= 2 * total) {
                return i + 1;
            }
        }
        return order.length;
    }

    private static final int INDEX_BITS = 20;
    private static final long MAX_PACKED_SIZE = (1L << (63 - INDEX_BITS)) - 1;

    /**
     * The stable sort by size, largest first, as one primitive sort of keys that hold the size
     * (complemented) above the index: the same order as {@link IndexSort} with {@link Descending},
     * without a comparator call per comparison on a cold start.
     */
    private static void bySizePacked(int[] order, long[] sizes) {
        int n = order.length;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = (MAX_PACKED_SIZE - sizes[i]) << INDEX_BITS | i;
        }
        Arrays.sort(keys);
        for (int i = 0; i < n; i++) {
            order[i] = (int) (keys[i] & ((1 << INDEX_BITS) - 1));
        }
    }

    /** Bytes kept in memory as a list of buffers (no copying as it grows). */
    private static final class Chunks extends OutputStream {
        private final List<byte[]> full = new ArrayList<>();
        private byte[] cur = new byte[BUFFER];
        private int pos;

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            while (len > 0) {
                if (pos == cur.length) {
                    full.add(cur);
                    cur = new byte[BUFFER];
                    pos = 0;
                }
                int k = Math.min(len, cur.length - pos);
                System.arraycopy(b, off, cur, pos, k);
                pos += k;
                off += k;
                len -= k;
            }
        }

        void writeTo(OutputStream out) throws IOException {
            for (byte[] b : full) {
                out.write(b);
            }
            out.write(cur, 0, pos);
        }
    }

    /**
     * Distinct types of one size and one printed name (not met in practice) would keep their input
     * order, which is not fixed (views are found on two threads): they are ordered by their
     * printed blocks instead, so the output never depends on it.
     */
    private static void orderTiesByBlock(List<RustcView> types, long[] sizes, byte[][] names, int[] order,
            Scratch scratch) throws IOException {
        byte[][] blocks = null;
        int n = order.length;
        for (int from = 0, to; from < n; from = to) {
            to = from + 1;
            while (to < n && sizes[order[to]] == sizes[order[from]] && Arrays.equals(names[order[to]], names[order[from]])) {
                to++;
            }
            if (to - from > 1) {
                if (blocks == null) {
                    blocks = new byte[n][];
                }
                for (int i = from; i < to; i++) {
                    ByteArrayOutputStream block = new ByteArrayOutputStream();
                    ByteSink sink = new ByteSink(block, 256);
                    renderType(sink, types.get(order[i]), names[order[i]], scratch);
                    sink.flush();
                    blocks[order[i]] = block.toByteArray();
                }
                IndexSort.byBytes(order, from, to, blocks);
            }
        }
    }

    private static void renderType(ByteSink out, RustcView t, byte[] name, Scratch s) throws IOException {
        out.bytes(TYPE);
        out.bytes(name);
        out.bytes(NAME_END);
        out.unsigned(t.size());
        out.bytes(BYTES_ALIGNMENT);
        out.unsigned(t.align());
        out.bytes(BYTES_LINE);
        long discr = Math.max(0, t.directTagSize());
        if (t.directTagSize() >= 0) {
            out.bytes(DISCRIMINANT);
            out.unsigned(discr);
            out.bytes(BYTES_LINE);
        }
        long maxVariant = discr;
        int[] variants = s.variants(t);
        for (int k = 0; k < t.variantCount(); k++) {
            int v = variants[k];
            int depth = 0;
            if (!t.structLike()) {
                // rustc subtracts in u64 without a check: a fieldless variant whose layout is smaller
                // than a grown tag (repr(align) enums) prints a wrapped-around size. Same here.
                out.bytes(VARIANT);
                out.text(t.variantNames()[v]);
                out.bytes(NAME_END);
                out.unsigned(t.extents()[v] - discr);
                out.bytes(BYTES_LINE);
                depth = 1;
            }
            maxVariant = Math.max(maxVariant, t.extents()[v]);
            renderFields(out, t, v, discr, depth, s);
        }
        if (t.size() > maxVariant) {
            out.bytes(END_PADDING);
            out.unsigned(t.size() - maxVariant);
            out.bytes(BYTES_LINE);
        }
    }

    private static void renderFields(ByteSink out, RustcView t, int v, long discr, int depth, Scratch s)
            throws IOException {
        int from = t.fieldStart()[v];
        int to = t.fieldStart()[v + 1];
        int[] fields = s.fields(t, from, to);
        long[] offsets = t.fieldOffsets();
        long[] sizes = t.fieldSizes();
        long minOffset = discr;
        for (int k = from; k < to; k++) {
            int f = fields[k];
            long offset = offsets[f];
            if (offset > minOffset) {
                out.bytes(PADDING[depth]);
                out.unsigned(offset - minOffset);
                out.bytes(BYTES_LINE);
            }
            out.bytes(FIELD[depth]);
            out.text(t.fieldNames()[f]);
            out.bytes(NAME_END);
            out.unsigned(sizes[f]);
            if (offset < minOffset) {
                out.bytes(BYTES_OFFSET);
                out.unsigned(offset);
                out.bytes(BYTES_ALIGNMENT);
                out.unsigned(t.fieldAligns()[f]);
                out.bytes(BYTES_LINE);
            } else if (!t.packed() && offset != minOffset) {
                out.bytes(BYTES_ALIGNMENT);
                out.unsigned(t.fieldAligns()[f]);
                out.bytes(BYTES_LINE);
            } else {
                out.bytes(BYTES_LINE);
            }
            minOffset = offset + sizes[f];
        }
    }

    /**
     * Index arrays reused from type to type (one render call owns them): the variants of the
     * current type by extent descending, and a variant's fields by (offset, size).
     */
    private static final class Scratch {
        private int[] variants = new int[16];
        private int[] fields = new int[64];
        private int[] tmp = new int[64];
        private final Descending byExtent = new Descending(null);
        private final ByPlace byPlace = new ByPlace();

        int[] variants(RustcView t) {
            int n = t.variantCount();
            if (variants.length < n) {
                variants = new int[n];
            }
            for (int i = 0; i < n; i++) {
                variants[i] = i;
            }
            byExtent.keys = t.extents();
            IndexSort.sort(variants, 0, n, tmp(n), byExtent);
            return variants;
        }

        /** Field indices {@code from..to} of {@code t}, sorted, at the same positions of the returned array. */
        int[] fields(RustcView t, int from, int to) {
            if (fields.length < to) {
                fields = new int[Math.max(to, fields.length * 2)];
            }
            for (int i = from; i < to; i++) {
                fields[i] = i;
            }
            byPlace.offsets = t.fieldOffsets();
            byPlace.sizes = t.fieldSizes();
            IndexSort.sort(fields, from, to, tmp(to), byPlace);
            return fields;
        }

        private int[] tmp(int n) {
            if (tmp.length < n) {
                tmp = new int[Math.max(n, tmp.length * 2)];
            }
            return tmp;
        }
    }

    // Orders as named classes rather than lambdas: no invokedynamic bootstrap on a cold start.

    /** Indices by a key, largest first. */
    private static final class Descending implements IndexSort.Order {
        long[] keys;

        Descending(long[] keys) {
            this.keys = keys;
        }

        @Override
        public int compare(int a, int b) {
            return Long.compare(keys[b], keys[a]);
        }
    }

    /** Field indices by (offset, size), as rustc sorts a variant's fields. */
    private static final class ByPlace implements IndexSort.Order {
        long[] offsets;
        long[] sizes;

        @Override
        public int compare(int a, int b) {
            return offsets[a] != offsets[b] ? Long.compare(offsets[a], offsets[b]) : Long.compare(sizes[a], sizes[b]);
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
