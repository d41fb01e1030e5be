package dev.rustmem.syntax.ast;

import dev.rustmem.source.SourceFile;
import java.util.List;

/** A parsed file: its inner attributes ({@code #![..]}) and items. */
public record Crate(SourceFile file, List<Attribute> attrs, List<Item> items) {
    public Crate {
        attrs = List.copyOf(attrs);
        items = List.copyOf(items);
    }
}
