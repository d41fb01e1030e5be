package dev.rustmem.syntax.expand;

import java.util.ArrayList;
import java.util.List;

/**
 * A list being rewritten element by element, in order: the result is the original list itself
 * while every element is rewritten to itself, and a copy from the first change on, so that a
 * rewrite that changes nothing allocates no list (see {@link AstRewriter}). Callers loop and call
 * one method per element, rather than pass the rewrite as a function: a lambda's bootstrap costs every cold run.
 */
final class ListRewrite<T> {
    private final List<T> in;
    /** Null while every element so far was rewritten to itself. */
    private List<T> out;
    /** The index in {@link #in} of the element rewritten next. */
    private int next;

    ListRewrite(List<T> in) {
        this.in = in;
    }

    /** The next element becomes {@code y}. */
    void add(T y) {
        if (out == null && y != in.get(next)) {
            out = new ArrayList<>(in.subList(0, next));
        }
        if (out != null) {
            out.add(y);
        }
        next++;
    }

    /** The next element becomes {@code ys} (none, one or several elements). */
    void addAll(List<T> ys) {
        boolean same = ys.size() == 1 && ys.get(0) == in.get(next);
        if (out == null && !same) {
            out = new ArrayList<>(in.subList(0, next));
        }
        if (out != null) {
            out.addAll(ys);
        }
        next++;
    }

    /** The next element is left out. */
    void drop() {
        addAll(List.of());
    }

    /** The rewritten list: the original one when nothing changed. */
    List<T> result() {
        return out == null ? in : out;
    }
}
