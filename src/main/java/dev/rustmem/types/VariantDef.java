package dev.rustmem.types;

import dev.rustmem.source.Span;
import java.util.List;

/** A struct's single variant, or one enum variant. */
public record VariantDef(String name, CtorKind ctor, List<FieldDef> fields, Span span) {
    public VariantDef {
        fields = HashedList.copyOf(fields);
    }
}
