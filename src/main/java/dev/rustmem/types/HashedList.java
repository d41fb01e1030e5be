package dev.rustmem.types;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The immutable list inside {@link Ty.Adt} and {@link Ty.Tuple}: a plain array that remembers
 * its {@link List#hashCode()}. Types are hashed as map keys all the time (deduplication, layout
 * caches); a record recomputes the hash of its nested lists on every call, which made hashing a
 * deep type cost its whole tree each time. Equality and hash follow the {@link List} contract.
 *
 * <p>The hash is cached like {@link String}'s: a racy but idempotent write of a value that
 * depends only on the (final) contents, so the list is safe to share between threads.
 */
public final class HashedList<E> extends AbstractList<E> implements RandomAccess {
    private static final Object[] EMPTY = new Object[0];
    private static final HashedList<Object> EMPTY_LIST = new HashedList<>(EMPTY);

    private final Object[] elems;
    /** The list hash, or 0 when not computed yet (a list whose hash is 0 just recomputes it). */
    private int hash;

    private HashedList(Object[] elems) {
        this.elems = elems;
    }

    /**
     * A list over {@code elems}, which the caller hands over: it must not change the array
     * afterwards (spares a copy when a lowering builds argument lists of known size).
     */
    @SafeVarargs
    public static <E> List<E> adopt(E... elems) {
        for (E e : elems) {
            Objects.requireNonNull(e);
        }
        return elems.length == 0 ? empty() : new HashedList<>(elems);
    }

    @SuppressWarnings("unchecked")
    public static <E> List<E> empty() {
        return (List<E>) EMPTY_LIST;
    }

    /** The list itself when it is one already, else an immutable copy (null elements are rejected). */
    @SuppressWarnings("unchecked")
    public static <E> List<E> copyOf(List<? extends E> list) {
        if (list instanceof HashedList) {
            return (List<E>) list;
        }
        int n = list.size();
        if (n == 0) {
            return empty();
        }
        Object[] a = new Object[n];
        for (int i = 0; i < n; i++) {
            a[i] = Objects.requireNonNull(list.get(i));
        }
        return new HashedList<>(a);
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        return (E) elems[index];
    }

    @Override
    public int size() {
        return elems.length;
    }

    @Override
    public Object[] toArray() {
        return elems.clone();
    }

    @Override
    public boolean isEmpty() {
        return elems.length == 0;
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = 1;
            for (Object e : elems) {
                h = 31 * h + e.hashCode();
            }
            if (elems.length > 0) {
                hash = h; // never written for the shared empty list
            }
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (o instanceof HashedList<?> other) {
            Object[] b = other.elems;
            if (b.length != elems.length) {
                return false;
            }
            // Both hashes known and different: unequal without looking at the elements.
            int h1 = hash;
            int h2 = other.hash;
            if (h1 != 0 && h2 != 0 && h1 != h2) {
                return false;
            }
            for (int i = 0; i < b.length; i++) {
                Object x = elems[i];
                Object y = b[i];
                if (x != y && !x.equals(y)) {
                    return false;
                }
            }
            return true;
        }
        if (o instanceof List<?> other && o instanceof RandomAccess) {
            if (other.size() != elems.length) {
                return false;
            }
            for (int i = 0; i < elems.length; i++) {
                if (!elems[i].equals(other.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return super.equals(o);
    }
}
