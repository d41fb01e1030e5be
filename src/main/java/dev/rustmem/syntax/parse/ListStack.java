package dev.rustmem.syntax.parse;

import java.util.Arrays;
import java.util.List;

/**
 * One growable stack on which the rules collect the elements of the lists they build (path
 * segments, generic args, fields, variants, items...), nested lists stacked above their parents.
 * {@link #pop} turns the top elements into the immutable list the AST keeps, allocating just that
 * list: no ArrayList, no growth copies, and the AST records' {@code List.copyOf} returns an
 * immutable list as it is.
 *
 * <p>A rule that fails with a {@link ParseError} leaves its elements behind: whoever catches the
 * error resets the stack to the {@link #mark} taken before the rule. Slots above the top are not
 * cleared: they only hold AST nodes, which live as long as the parse anyway.
 */
final class ListStack {
    private Object[] items = new Object[16];
    private int top;

    /** Where the list about to be collected starts. */
    int mark() {
        return top;
    }

    void push(Object o) {
        if (top == items.length) {
            items = Arrays.copyOf(items, top * 2);
        }
        items[top++] = o;
    }

    /** Elements collected since {@code mark}. */
    int size(int mark) {
        return top - mark;
    }

    /** The {@code i}-th element collected since {@code mark}. */
    @SuppressWarnings("unchecked")
    <T> T get(int mark, int i) {
        return (T) items[mark + i];
    }

    /** The elements collected since {@code mark}, as an immutable list; they leave the stack. */
    @SuppressWarnings("unchecked")
    <T> List<T> pop(int mark) {
        Object[] a = items;
        int m = mark;
        // The fixed-arity List.of overloads wrap their argument array without copying it.
        List<Object> out = switch (top - m) {
            case 0 -> List.of();
            case 1 -> List.of(a[m]);
            case 2 -> List.of(a[m], a[m + 1]);
            case 3 -> List.of(a[m], a[m + 1], a[m + 2]);
            case 4 -> List.of(a[m], a[m + 1], a[m + 2], a[m + 3]);
            case 5 -> List.of(a[m], a[m + 1], a[m + 2], a[m + 3], a[m + 4]);
            case 6 -> List.of(a[m], a[m + 1], a[m + 2], a[m + 3], a[m + 4], a[m + 5]);
            case 7 -> List.of(a[m], a[m + 1], a[m + 2], a[m + 3], a[m + 4], a[m + 5], a[m + 6]);
            case 8 -> List.of(a[m], a[m + 1], a[m + 2], a[m + 3], a[m + 4], a[m + 5], a[m + 6], a[m + 7]);
            default -> List.of(Arrays.copyOfRange(a, m, top)); // copies twice; long lists are rare
        };
        reset(mark);
        return (List<T>) out;
    }

    /** Drops the elements collected since {@code mark}. */
    void reset(int mark) {
        top = mark;
    }
}
