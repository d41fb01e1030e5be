package dev.rustmem.types.resolve;

import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Item;

/** Name and name span of the items that define names. */
final class Items {
    private Items() {}

    static String name(Item item) {
        return ident(item).name();
    }

    static Span nameSpan(Item item) {
        return ident(item).span();
    }

    private static dev.rustmem.syntax.ast.Ident ident(Item item) {
        if (item instanceof Item.Struct s) {
            return s.name();
        } else if (item instanceof Item.Enum e) {
            return e.name();
        } else if (item instanceof Item.Union u) {
            return u.name();
        } else if (item instanceof Item.TypeAlias t) {
            return t.name();
        } else if (item instanceof Item.Trait t) {
            return t.name();
        } else if (item instanceof Item.Fn f) {
            return f.name();
        } else if (item instanceof Item.Const c) {
            return c.name();
        } else if (item instanceof Item.Static s) {
            return s.name();
        } else if (item instanceof Item.Mod m) {
            return m.name();
        }
        throw new AssertionError(item);
    }
}
