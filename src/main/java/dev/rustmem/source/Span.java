package dev.rustmem.source;

/** A half-open byte range {@code [start, end)} of a {@link SourceFile}'s text (char offsets). */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    // equals/hashCode written out: a record's generated ones are bootstrapped through
    // invokedynamic at their first call, which costs a cold run milliseconds (macro hygiene hashes spans).
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Span s && start == s.start && end == s.end;
    }

    @Override
    public int hashCode() {
        return 31 * start + end;
    }

    public static Span at(int offset) {
        return new Span(offset, offset);
    }

    /** The smallest span covering both. */
    public Span to(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }
}
