package dev.rustmem.types.resolve;

import dev.rustmem.diag.Code;
import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.diag.Label;
import dev.rustmem.source.SourceFile;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Ident;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.ast.Stmt;
import dev.rustmem.syntax.ast.Variant;
import dev.rustmem.syntax.ast.VariantData;
import dev.rustmem.syntax.ast.Visibility;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the module tree (rustc_resolve's {@code build_reduced_graph}): one {@link ModuleData}
 * per inline module and per block with items, with every item defined in its namespace and
 * every {@code use} flattened into {@link Import}s. Items whose {@code #[cfg]} is false are left
 * out. Reports E0428 (a name defined twice in one namespace of one module or enum).
 */
public final class DefCollector {
    private final CfgEval cfg;
    private final Diagnostics diags;
    /** Every struct/enum/union found, in source order (modules inline, blocks where collected). */
    private final List<Def.Adt> adts = new ArrayList<>();
    private final Map<String, CrateData> externCrates;
    private final Map<Item, Def.Adt> adtByItem = new IdentityHashMap<>();
    private final Map<Item, ModuleData> modByItem = new IdentityHashMap<>();
    private final List<ModuleData> modules = new ArrayList<>();
    private final List<ImplDef> impls = new ArrayList<>();

    public DefCollector(CfgEval cfg, Diagnostics diags, Map<String, CrateData> externCrates) {
        this.cfg = cfg;
        this.diags = diags;
        this.externCrates = externCrates;
    }

    public List<Def.Adt> adts() {
        return adts;
    }

    /** The definition made for a struct, enum or union item (also a duplicate one). */
    public Optional<Def.Adt> adtFor(Item item) {
        return Optional.ofNullable(adtByItem.get(item));
    }

    /** {@link #adtFor}, null when the item made none. */
    public Def.Adt adtOrNull(Item item) {
        return adtByItem.get(item);
    }

    /** Every trait impl found (a live list: block-local impls are added as blocks are collected). */
    public List<ImplDef> impls() {
        return impls;
    }

    /** Every module and block scope created, in creation order. */
    public List<ModuleData> modules() {
        return modules;
    }

    /** The module made for a {@code mod} item. */
    public Optional<ModuleData> moduleFor(Item item) {
        return Optional.ofNullable(modByItem.get(item));
    }

    public CfgEval cfg() {
        return cfg;
    }

    /** Creates the crate's root module and everything under it (not the blocks in bodies). */
    public ModuleData collectCrate(CrateData krate) {
        String prefix = krate.isUser() ? "" : krate.name();
        ModuleData root = new ModuleData(krate, null, krate.name(), false, prefix, "crate", krate.ast().items().size());
        krate.setRoot(root);
        modules.add(root);
        collectItems(root, krate.ast().items());
        return root;
    }

    /**
     * The anonymous module of a block whose statements include items, or empty when it has none.
     *
     * @param owner rustc's printed path of the enclosing body's owner ({@code main}, {@code inner::f},
     *              {@code Foo::m} for a method, {@code C} for a const), the prefix of block-local items
     */
    public Optional<ModuleData> collectBlock(ModuleData parent, List<Stmt> stmts, String owner) {
        List<Item> items = new ArrayList<>();
        for (Stmt s : stmts) {
            if (s instanceof Stmt.ItemStmt is) {
                items.add(is.item());
            }
        }
        if (items.isEmpty()) {
            return Optional.empty();
        }
        ModuleData block = new ModuleData(parent.krate(), parent, owner, true, owner, parent.writtenPath(), items.size());
        modules.add(block);
        collectItems(block, items);
        return Optional.of(block);
    }

    public void collectItems(ModuleData m, List<Item> items) {
        for (Item item : items) {
            if (cfg.enabled(item.attrs())) {
                collectItem(m, item);
            }
        }
    }

    private void collectItem(ModuleData m, Item item) {
        if (item instanceof Item.Struct s) {
            Def.Adt d = adt(m, item, List.of());
            define(m, Namespace.TYPE, d, s.vis(), item);
            if (!(s.data() instanceof VariantData.Named)) {
                m.define(Namespace.VALUE, d.name(), new Binding(d, s.vis().kind(), m, item.span(), false));
            }
        } else if (item instanceof Item.Enum e) {
            List<Variant> all = e.variants();
            List<Variant> vs = all;
            for (int i = 0; i < all.size(); i++) {
                if (!cfg.enabled(all.get(i).attrs())) {
                    vs = enabled(all);
                    break;
                }
            }
            if (hasDuplicateNames(vs)) {
                checkDuplicateVariants(vs);
            }
            define(m, Namespace.TYPE, adt(m, item, vs), e.vis(), item);
        } else if (item instanceof Item.Union u) {
            define(m, Namespace.TYPE, adt(m, item, List.of()), u.vis(), item);
        } else if (item instanceof Item.TypeAlias t) {
            define(m, Namespace.TYPE, new Def.Alias(t, m), t.vis(), item);
        } else if (item instanceof Item.Trait t) {
            define(m, Namespace.TYPE, new Def.Trait(t, m, m.itemPath(t.name().name())), t.vis(), item);
        } else if (item instanceof Item.Fn f) {
            define(m, Namespace.VALUE, new Def.Value(item, m), f.vis(), item);
        } else if (item instanceof Item.Const c) {
            if (!c.name().name().equals("_")) {
                define(m, Namespace.VALUE, new Def.Value(item, m), c.vis(), item);
            }
        } else if (item instanceof Item.Static s) {
            define(m, Namespace.VALUE, new Def.Value(item, m), s.vis(), item);
        } else if (item instanceof Item.Mod md) {
            collectMod(m, md);
        } else if (item instanceof Item.Use u) {
            UseFlattener.flatten(m, u);
        } else if (item instanceof Item.ExternCrate ec) {
            CrateData c = externCrates.get(ec.name().name());
            if (c != null && c.root() != null) {
                String name = (ec.rename().isPresent() ? ec.rename().get() : ec.name()).name();
                m.define(Namespace.TYPE, name, new Binding(new Def.Module(c.root()), ec.vis().kind(), m, ec.span(), false));
            }
        } else if (item instanceof Item.ExternBlock eb) {
            collectItems(m, eb.items());
        } else if (item instanceof Item.Impl impl && impl.traitRef().isPresent() && !impl.negative()) {
            impls.add(new ImplDef(impl, m));
        }
        // impl, macro_rules and unexpanded item macros define no names in a module.
    }

    private void collectMod(ModuleData m, Item.Mod md) {
        String name = md.name().name();
        String written = m.isCrateRoot() ? name : m.writtenPath() + "::" + name;
        ModuleData child = new ModuleData(m.krate(), m, name, false, m.itemPath(name), written,
                md.items().isPresent() ? md.items().get().size() : 0);
        modByItem.put(md, child);
        modules.add(child);
        define(m, Namespace.TYPE, new Def.Module(child), md.vis(), md);
        if (md.items().isPresent()) {
            collectItems(child, md.items().get());
        }
        if (md.items().isEmpty() && m.krate().isUser()) {
            // rustmem reads one file; rustc would load `name.rs` or `name/mod.rs` next to it.
            diags.add(dev.rustmem.diag.Diagnostic.unsupported("`mod " + name + ";` (a module in another file)",
                    md.span()));
        }
    }

    private Def.Adt adt(ModuleData m, Item item, List<Variant> variants) {
        Def.Adt d = new Def.Adt(item, m, m.itemPath(Items.name(item)), variants);
        adts.add(d);
        adtByItem.put(item, d);
        return d;
    }

    private void define(ModuleData m, Namespace ns, Def def, Visibility vis, Item item) {
        SourceFile file = m.krate().ast().file();
        Optional<Binding> prev = m.define(ns, def.name(), Binding.item(def, vis.kind(), m, item, file));
        if (prev.isPresent() && !prev.get().isImport()) {
            String container = m.isBlock() ? "block" : "module";
            diags.add(duplicate(def.name(), ns, prev.get().def(), prev.get().span(), HeadSpan.guess(item, file),
                    container));
        }
    }

    /** Scratch table of {@link #hasDuplicateNames}, reused from enum to enum. */
    private int[] scratch = new int[64];

    /**
     * Whether two variants share a name, without a map per enum (files have thousands of enums
     * of up to hundreds of variants): open addressing in a reused table.
     */
    private boolean hasDuplicateNames(List<Variant> vs) {
        int size = Integer.highestOneBit(Math.max(1, vs.size()) * 2) * 2;
        if (scratch.length < size) {
            scratch = new int[size];
        } else {
            java.util.Arrays.fill(scratch, 0, size, 0);
        }
        for (int i = 0; i < vs.size(); i++) {
            String name = vs.get(i).name().name();
            for (int slot = name.hashCode() & (size - 1); ; slot = (slot + 1) & (size - 1)) {
                int at = scratch[slot];
                if (at == 0) {
                    scratch[slot] = i + 1;
                    break;
                }
                if (vs.get(at - 1).name().name().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<Variant> enabled(List<Variant> all) {
        List<Variant> vs = new ArrayList<>();
        for (Variant v : all) {
            if (cfg.enabled(v.attrs())) {
                vs.add(v);
            }
        }
        return vs;
    }

    private void checkDuplicateVariants(List<Variant> vs) {
        Map<String, Variant> seen = new HashMap<>();
        for (Variant v : vs) {
            Variant prev = seen.putIfAbsent(v.name().name(), v);
            if (prev != null) {
                diags.add(duplicate(v.name().name(), Namespace.TYPE, null, prev.span(), v.span(), "enum"));
            }
        }
    }

    /** rustc's {@code report_conflict}: "previous definition of the type `C` here". */
    static Diagnostic duplicate(String name, Namespace ns, Def old, Span oldSpan, Span span, String container) {
        String kind = ns == Namespace.VALUE ? "value"
                : old instanceof Def.Module ? "module" : old instanceof Def.Trait ? "trait" : "type";
        return Diagnostic.error(Code.E0428, "the name `" + name + "` is defined multiple times", span,
                        "`" + name + "` redefined here")
                .withSecondary(new Label(oldSpan, "previous definition of the " + kind + " `" + name + "` here"))
                .withNote("`" + name + "` must be defined only once in the " + ns.descr() + " namespace of this "
                        + container);
    }
}
