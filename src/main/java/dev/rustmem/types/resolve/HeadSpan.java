package dev.rustmem.types.resolve;

import dev.rustmem.source.SourceFile;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Generics;
import dev.rustmem.syntax.ast.Ident;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.ast.Visibility;
import java.util.List;
import java.util.function.Supplier;

/**
 * rustc's {@code def_span} of an ADT: from the visibility or keyword to the end of the generic
 * parameters ({@code pub struct Foo<T>}), without attributes or body. Primary span of E0072,
 * E0081, E0428, E0587 and friends.
 */
public final class HeadSpan {
    private HeadSpan() {}

    public static Span of(Item item, SourceFile file) {
        Ident name;
        Visibility vis;
        Generics g;
        String kw;
        if (item instanceof Item.Struct s) {
            name = s.name();
            vis = s.vis();
            g = s.generics();
            kw = "struct";
        } else if (item instanceof Item.Enum e) {
            name = e.name();
            vis = e.vis();
            g = e.generics();
            kw = "enum";
        } else if (item instanceof Item.Union u) {
            name = u.name();
            vis = u.vis();
            g = u.generics();
            kw = "union";
        } else {
            return item.span();
        }
        String text = file.text();
        int start = name.start();
        int i = start;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        if (i >= kw.length() && text.startsWith(kw, i - kw.length())) {
            start = i - kw.length();
        }
        if (vis.kind() != Visibility.Kind.INHERITED && !vis.span().isEmpty()) {
            start = Math.min(start, vis.span().start());
        }
        int end = name.end();
        if (!g.params().isEmpty()) {
            int last = g.params().get(g.params().size() - 1).span().end();
            int close = text.indexOf('>', last);
            end = close >= 0 ? close + 1 : last;
        }
        return new Span(start, end);
    }

    /** {@link #of}, computed only when asked for (a diagnostic's span). */
    public static Supplier<Span> lazy(Item item, SourceFile file) {
        return new Lazy(item, file);
    }

    /** Not a lambda: a lambda's bootstrap costs every cold run. */
    private static final class Lazy implements Supplier<Span> {
        private final Item item;
        private final SourceFile file;

        Lazy(Item item, SourceFile file) {
            this.item = item;
            this.file = file;
        }

        @Override
        public Span get() {
            return of(item, file);
        }
    }

    /**
     * rustc's {@code guess_head_span}: the item up to its first {@code {}, trimmed, or all of it
     * ({@code fn f() -> u8}, {@code struct S<T> where T: Copy}, {@code type A = u8;}). E0428's spans.
     */
    public static Span guess(Item item, SourceFile file) {
        int start = itemStart(item, file);
        int stop = Math.max(start, item.span().end());
        String text = file.text();
        // Bounded to the item: an item without a brace (`type A = u8;`) must not scan the rest of
        // the file, which made collecting a file's items quadratic.
        int brace = start;
        while (brace < stop && text.charAt(brace) != '{') {
            brace++;
        }
        if (brace >= stop) {
            return new Span(start, stop);
        }
        int end = brace;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    /** The item from its keyword (or visibility) to its end, without outer attributes. */
    public static Span item(Item item, SourceFile file) {
        int start = itemStart(item, file);
        return new Span(start, Math.max(start, item.span().end()));
    }

    private static int itemStart(Item item, SourceFile file) {
        int start = item.span().start();
        List<dev.rustmem.syntax.ast.Attribute> attrs = item.attrs();
        for (int i = 0; i < attrs.size(); i++) {
            dev.rustmem.syntax.ast.Attribute a = attrs.get(i);
            if (!a.inner()) {
                start = Math.max(start, a.span().end());
            }
        }
        String text = file.text();
        while (start < item.span().end() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start;
    }
}
