package dev.rustmem.syntax.ast;

import dev.rustmem.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * {@code a::b::<T>::c}, {@code ::std::vec::Vec<u8>}, {@code <T as Trait>::Assoc}. In expression
 * position generic args need the turbofish; the parser stores them on the segment either way.
 *
 * @param global leading {@code ::}
 * @param qself  for a qualified path {@code <Q as Trait>::x}: Q, and how many leading segments
 *               belong to the trait (0 for {@code <Q>::x})
 */
public record Path(boolean global, Optional<QSelf> qself, List<PathSegment> segments, Span span) {
    public Path {
        segments = List.copyOf(segments);
    }

    public static Path ofSegments(List<PathSegment> segments, Span span) {
        return new Path(false, Optional.empty(), segments, span);
    }

    public PathSegment last() {
        return segments.get(segments.size() - 1);
    }

    /** True for a single plain identifier without generic args, e.g. a local variable. */
    public boolean isSimpleIdent() {
        return !global && qself.isEmpty() && segments.size() == 1 && segments.get(0).args().isEmpty();
    }

    /** {@code a::b::c}, without generic args (for name resolution and messages). */
    public String plain() {
        StringBuilder sb = new StringBuilder();
        if (global) {
            sb.append("::");
        }
        for (int i = 0; i < segments.size(); i++) {
            if (i > 0) {
                sb.append("::");
            }
            sb.append(segments.get(i).name().name());
        }
        return sb.toString();
    }

    /** @param position number of leading path segments that name the trait in {@code <Q as Tr>::x} */
    public record QSelf(TypeExpr ty, int position, Span span) {}
}
