package dev.rustmem.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects diagnostics; passes report here instead of throwing. */
public final class Diagnostics {
    private final List<Diagnostic> list = new ArrayList<>();

    public void add(Diagnostic d) {
        list.add(d);
    }

    public void addAll(Diagnostics other) {
        list.addAll(other.list);
    }

    public boolean hasErrors() {
        for (Diagnostic d : list) {
            if (d.isError()) {
                return true;
            }
        }
        return false;
    }

    public int errorCount() {
        int n = 0;
        for (Diagnostic d : list) {
            if (d.isError()) {
                n++;
            }
        }
        return n;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** In source order (stable for equal spans), as rustc prints them. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> s = new ArrayList<>(list);
        s.sort(BY_START);
        return List.copyOf(s);
    }

    /** A named comparator, not a lambda: a lambda's bootstrap costs every cold run. */
    private static final Comparator<Diagnostic> BY_START = new Comparator<>() {
        @Override
        public int compare(Diagnostic a, Diagnostic b) {
            return Integer.compare(a.span().start(), b.span().start());
        }
    };

    public List<Diagnostic> all() {
        return List.copyOf(list);
    }
}
