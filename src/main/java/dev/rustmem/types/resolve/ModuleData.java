package dev.rustmem.types.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names of one module or one block with items (rustc's {@code ModuleData}; blocks are
 * rustc's anonymous modules). Holds the items defined here, the imports written here, and a
 * per-namespace cache of names found through imports.
 */
public final class ModuleData {
    private final CrateData krate;
    private final ModuleData parent;
    private final String name;
    private final boolean block;
    private final String printPrefix;
    private final String writtenPath;
    private final NameTable types;
    private final NameTable values;
    private final Map<String, List<Import>> singles = new HashMap<>();
    private final List<Import> globs = new ArrayList<>();
    private final List<Import> imports = new ArrayList<>();
    private final Map<String, Optional<Binding>> typeCache = new HashMap<>();
    private final Map<String, Optional<Binding>> valueCache = new HashMap<>();
    /** Type names found here through imports, the preludes or the built-in types (see {@code Resolver#resolveSingle}). */
    private final Map<String, Def> lexicalTypes = new HashMap<>();
    /** This module as a path resolution step (one object instead of one per resolved path). */
    private final Def.Module asDef = new Def.Module(this);

    /**
     * @param printPrefix rustc's printed path of this module's items' parent: {@code std::vec},
     *                    {@code inner}, {@code main} (a block inside {@code fn main}), or empty
     */
    ModuleData(CrateData krate, ModuleData parent, String name, boolean block, String printPrefix, String writtenPath) {
        this(krate, parent, name, block, printPrefix, writtenPath, 0);
    }

    /** @param items how many items are written in the module (sizes its name maps up front) */
    ModuleData(CrateData krate, ModuleData parent, String name, boolean block, String printPrefix, String writtenPath,
            int items) {
        this.types = new NameTable(Math.max(8, items));
        this.values = new NameTable(Math.max(8, items / 4));
        this.krate = krate;
        this.parent = parent;
        this.name = name;
        this.block = block;
        this.printPrefix = printPrefix;
        this.writtenPath = writtenPath;
    }

    public CrateData krate() { return krate; }

    Def.Module asDef() { return asDef; }

    Map<String, Def> lexicalTypes() { return lexicalTypes; }

    /** The enclosing module (or, for a block, the enclosing block or module). */
    public ModuleData parent() { return parent; }

    public String name() { return name; }

    public boolean isBlock() { return block; }

    public boolean isCrateRoot() { return parent == null; }

    /** The nearest named module: what {@code self::} means here. */
    public ModuleData normal() {
        ModuleData m = this;
        while (m.block) {
            m = m.parent;
        }
        return m;
    }

    /** Whether this scope is {@code ancestor} or nested in it. */
    public boolean isWithin(ModuleData ancestor) {
        for (ModuleData m = this; m != null; m = m.parent) {
            if (m == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** rustc's printed path of an item named {@code item} defined here. */
    public String itemPath(String item) {
        return printPrefix.isEmpty() ? item : printPrefix + "::" + item;
    }

    public String printPrefix() { return printPrefix; }

    /** The module path as written from the crate root ({@code m::n}), for messages. */
    public String writtenPath() { return writtenPath; }

    /** The names defined here in a namespace (the macro namespace shares the value names' table). */
    public NameTable own(Namespace ns) {
        return ns == Namespace.TYPE ? types : values;
    }

    Map<String, Optional<Binding>> cache(Namespace ns) {
        return ns == Namespace.TYPE ? typeCache : valueCache;
    }

    List<Import> singles(String name) {
        return singles.getOrDefault(name, List.of());
    }

    List<Import> globs() { return globs; }

    /** Every import written in this module, in source order. */
    public List<Import> imports() { return imports; }

    /** Defines a name; returns the earlier binding if the name was taken in that namespace. */
    Optional<Binding> define(Namespace ns, String name, Binding b) {
        Binding prev = own(ns).putIfAbsent(name, b);
        return Optional.ofNullable(prev);
    }

    void addImport(Import imp) {
        imports.add(imp);
        if (imp.glob()) {
            globs.add(imp);
        } else if (!imp.name().equals("_")) {
            // Not computeIfAbsent with a lambda: its bootstrap would cost a cold run.
            List<Import> named = singles.get(imp.name());
            if (named == null) {
                named = new ArrayList<>(1);
                singles.put(imp.name(), named);
            }
            named.add(imp);
        }
    }

    @Override
    public String toString() {
        return block ? "{block in " + printPrefix + "}" : krate.name() + "::" + writtenPath;
    }
}
