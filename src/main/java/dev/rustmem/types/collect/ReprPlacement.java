package dev.rustmem.types.collect;

import dev.rustmem.diag.Code;
import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.diag.Label;
import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.Attribute;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.ast.Meta;
import dev.rustmem.types.resolve.HeadSpan;

/** E0517 for {@code #[repr(..)]} on an item that is not a struct, enum or union (rustc_passes' {@code check_repr}). */
final class ReprPlacement {
    private ReprPlacement() {}

    static void check(Item item, SourceFile file, Diagnostics diags) {
        if (item.attrs().isEmpty() || item instanceof Item.Struct || item instanceof Item.Enum
                || item instanceof Item.Union) {
            return;
        }
        for (Attribute a : item.attrs()) {
            if (a.name().equals("repr") && a.meta() instanceof Meta.ListMeta l) {
                for (Meta m : l.items()) {
                    diags.add(Diagnostic.error(Code.E0517, "attribute should be applied to a struct, enum, or union",
                            m.span(), "").withSecondary(new Label(HeadSpan.item(item, file),
                            "not a struct, enum, or union")));
                }
            }
        }
    }
}
