package dev.rustmem.types.lower;

import dev.rustmem.types.GenericArg;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The generic parameters bound in an {@link Env}: an immutable map over two small arrays,
 * searched linearly (definitions have a handful of parameters). Field types and alias bodies
 * are lowered with a fresh binding for every instantiation; building a {@code HashMap} and then
 * copying it for each of them was a large share of the lowering's allocations.
 */
final class ParamMap extends AbstractMap<String, GenericArg> {
    static final ParamMap EMPTY = new ParamMap(new String[0], new GenericArg[0]);

    private final String[] names;
    private final GenericArg[] args;
    private final int size;

    private ParamMap(String[] names, GenericArg[] args) {
        this.names = names;
        this.args = args;
        this.size = countDistinct(names);
    }

    /** The first {@code n} parameters bound to the first {@code n} arguments (a later duplicate name wins). */
    static Map<String, GenericArg> of(List<ParamInfo> params, List<? extends GenericArg> bound, int n) {
        if (n == 0) {
            return EMPTY;
        }
        String[] ns = new String[n];
        GenericArg[] as = new GenericArg[n];
        for (int i = 0; i < n; i++) {
            ns[i] = params.get(i).name();
            as[i] = java.util.Objects.requireNonNull(bound.get(i));
        }
        return new ParamMap(ns, as);
    }

    @Override
    public GenericArg get(Object key) {
        // From the end: with duplicate names (an error reported elsewhere) the last one wins,
        // as it did with HashMap.put.
        for (int i = names.length - 1; i >= 0; i--) {
            if (names[i].equals(key)) {
                return args[i];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return names.length == 0;
    }

    /** How many names count (the last of each name), without allocating. */
    private static int countDistinct(String[] names) {
        int n = 0;
        for (int i = 0; i < names.length; i++) {
            if (!shadowed(names, i)) {
                n++;
            }
        }
        return n;
    }

    /** Whether a later entry binds the same name as entry {@code i} (the last one counts). */
    private static boolean shadowed(String[] names, int i) {
        for (int j = i + 1; j < names.length; j++) {
            if (names[j].equals(names[i])) {
                return true;
            }
        }
        return false;
    }

    /** The indices of the entries that count (the last of each name). */
    private int[] distinct() {
        int[] keep = new int[names.length];
        int n = 0;
        for (int i = 0; i < names.length; i++) {
            if (!shadowed(names, i)) {
                keep[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(keep, n);
    }

    @Override
    public Set<Entry<String, GenericArg>> entrySet() {
        int[] keep = distinct();
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, GenericArg>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keep.length;
                    }

                    @Override
                    public Entry<String, GenericArg> next() {
                        if (next >= keep.length) {
                            throw new NoSuchElementException();
                        }
                        int i = keep[next++];
                        return new SimpleImmutableEntry<>(names[i], args[i]);
                    }
                };
            }

            @Override
            public int size() {
                return keep.length;
            }
        };
    }
}
