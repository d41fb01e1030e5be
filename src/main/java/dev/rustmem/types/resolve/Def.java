package dev.rustmem.types.resolve;

import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.ast.Variant;
import dev.rustmem.types.AdtKind;
import dev.rustmem.types.Ty;
import java.util.List;

/**
 * What a name can resolve to (rustc's {@code DefKind} together with its definition). Item
 * definitions are identity objects: one per item per {@code TyCtxt}, so they can key caches.
 */
public sealed interface Def {
    String name();

    /** rustc's article-less description, e.g. {@code struct}, {@code module}, {@code type alias}. */
    String descr();

    /** A named module, a crate root, or an anonymous block scope. */
    final class Module implements Def {
        private final ModuleData module;

        Module(ModuleData module) {
            this.module = module;
        }

        public ModuleData module() { return module; }

        public String name() { return module.name(); }

        public String descr() { return module.isCrateRoot() ? "crate" : "module"; }
    }

    /** A struct, enum or union item and the scope its types are resolved in. */
    final class Adt implements Def {
        private final Item item;
        private final ModuleData scope;
        private final String path;
        /**
         * Variant index + 1 by name, open addressing on the name's hash; built on the first
         * lookup (most enums are never looked into by name). Only the resolver reads it, during
         * load or under the lowering's lock afterwards.
         */
        private int[] variantTable;
        private final List<Variant> variants;
        /** The lowered definition, built once per context by the lowering (this Def is per context too). */
        private dev.rustmem.types.AdtDef lowered;

        Adt(Item item, ModuleData scope, String path, List<Variant> variants) {
            this.item = item;
            this.scope = scope;
            this.path = path;
            this.variants = List.copyOf(variants);
        }

        public Item item() { return item; }

        public ModuleData scope() { return scope; }

        /** rustc's printed path: crate-local items without the crate name. */
        public String path() { return path; }

        /** The enum's variants as declared (cfg'd-out ones removed); empty for structs and unions. */
        public List<Variant> variants() { return variants; }

        /** The index of the first variant named {@code name}, or -1. */
        public int variantIndex(String name) {
            if (variants.isEmpty()) {
                return -1;
            }
            if (variantTable == null) {
                variantTable = table(variants);
            }
            int mask = variantTable.length - 1;
            for (int slot = name.hashCode() & mask; ; slot = (slot + 1) & mask) {
                int at = variantTable[slot];
                if (at == 0) {
                    return -1;
                }
                if (variants.get(at - 1).name().name().equals(name)) {
                    return at - 1;
                }
            }
        }

        /** A table for {@link #variantIndex}: the first variant of a name keeps it. */
        private static int[] table(List<Variant> variants) {
            int size = Integer.highestOneBit(variants.size() * 2) * 2;
            int[] table = new int[size];
            for (int i = 0; i < variants.size(); i++) {
                String name = variants.get(i).name().name();
                for (int slot = name.hashCode() & (size - 1); ; slot = (slot + 1) & (size - 1)) {
                    int at = table[slot];
                    if (at == 0) {
                        table[slot] = i + 1;
                        break;
                    }
                    if (variants.get(at - 1).name().name().equals(name)) {
                        break;
                    }
                }
            }
            return table;
        }

        public dev.rustmem.types.AdtDef lowered() { return lowered; }

        public void setLowered(dev.rustmem.types.AdtDef def) { this.lowered = def; }

        public AdtKind kind() {
            if (item instanceof Item.Struct) {
                return AdtKind.STRUCT;
            }
            return item instanceof Item.Enum ? AdtKind.ENUM : AdtKind.UNION;
        }

        public String name() { return Items.name(item); }

        public String descr() { return kind().keyword(); }

        public Span nameSpan() { return Items.nameSpan(item); }
    }

    final class Alias implements Def {
        private final Item.TypeAlias item;
        private final ModuleData scope;
        /** The lowering's cached expansion (see {@code LoweringCtxt#expandedAlias}); this Def is per context. */
        private Ty expanded;

        Alias(Item.TypeAlias item, ModuleData scope) {
            this.item = item;
            this.scope = scope;
        }

        public Item.TypeAlias item() { return item; }

        public ModuleData scope() { return scope; }

        public String name() { return item.name().name(); }

        public String descr() { return "type alias"; }

        public Ty expanded() { return expanded; }

        public void setExpanded(Ty ty) { this.expanded = ty; }
    }

    final class Trait implements Def {
        private final Item.Trait item;
        private final ModuleData scope;
        private final String path;

        Trait(Item.Trait item, ModuleData scope, String path) {
            this.item = item;
            this.scope = scope;
            this.path = path;
        }

        public Item.Trait item() { return item; }

        public ModuleData scope() { return scope; }

        public String path() { return path; }

        public String name() { return item.name().name(); }

        public String descr() { return "trait"; }
    }

    /** An enum variant, reachable as {@code E::V} (both namespaces, as in rustc). */
    record VariantRef(Adt adt, int index) implements Def {
        public String name() { return adt.variants().get(index).name().name(); }

        public String descr() { return "variant"; }
    }

    /** A fn, const or static item (value namespace). */
    final class Value implements Def {
        private final Item item;
        private final ModuleData scope;

        Value(Item item, ModuleData scope) {
            this.item = item;
            this.scope = scope;
        }

        public Item item() { return item; }

        public ModuleData scope() { return scope; }

        public String name() { return Items.name(item); }

        public String descr() {
            if (item instanceof Item.Fn) {
                return "function";
            }
            return item instanceof Item.Const ? "constant" : "static";
        }
    }

    /**
     * What a {@code use} of the bundled std names when the std model lacks it
     * ({@code use std::fmt::Formatter;}): rustc would accept the import, so the name is bound,
     * and using it is "not supported yet" rather than a resolution error.
     */
    record Missing(String name, String path) implements Def {
        public String descr() { return "std item"; }
    }

    /** A built-in type ({@code u8}, {@code str}, ...), found after every other scope. */
    record Prim(String name, Ty ty) implements Def {
        public String descr() { return "builtin type"; }
    }
}
