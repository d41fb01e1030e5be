package dev.rustmem.types.resolve;

import dev.rustmem.source.SourceFile;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.ast.Visibility;

/**
 * A name bound in a module: an item defined there or an import.
 *
 * <p>An item's span is its head ({@link HeadSpan#guess}), which scans the item's text: it is only
 * wanted for E0428's "previous definition", so it is found when asked for, not for each of the
 * tens of thousands of items a file defines.
 */
public final class Binding {
    private final Def def;
    private final Visibility.Kind vis;
    private final ModuleData owner;
    private final boolean isImport;
    private final Item headOf;
    private final SourceFile file;
    private Span span;

    /**
     * @param owner the module the name lives in (for visibility)
     * @param span  the item or import that introduced it (for E0428's "previous definition")
     */
    public Binding(Def def, Visibility.Kind vis, ModuleData owner, Span span, boolean isImport) {
        this(def, vis, owner, span, isImport, null, null);
    }

    private Binding(Def def, Visibility.Kind vis, ModuleData owner, Span span, boolean isImport, Item headOf,
            SourceFile file) {
        this.def = def;
        this.vis = vis;
        this.owner = owner;
        this.span = span;
        this.isImport = isImport;
        this.headOf = headOf;
        this.file = file;
    }

    /** An item's own binding, spanning its head ({@link HeadSpan#guess}). */
    static Binding item(Def def, Visibility.Kind vis, ModuleData owner, Item item, SourceFile file) {
        return new Binding(def, vis, owner, null, false, item, file);
    }

    public Def def() { return def; }

    public Visibility.Kind vis() { return vis; }

    public ModuleData owner() { return owner; }

    /** The item or import that introduced the name. */
    public Span span() {
        Span s = span;
        if (s == null) {
            // Racy but idempotent (an immutable value computed from immutable inputs).
            s = HeadSpan.guess(headOf, file);
            span = s;
        }
        return s;
    }

    public boolean isImport() { return isImport; }

    /**
     * Whether a glob import in {@code from} sees this name: public names always; restricted
     * ({@code pub(crate)}, ...) names inside the same crate; private names only from the owner
     * module and its descendants (rustc's visibility rule, without {@code pub(in path)} precision).
     */
    public boolean visibleFrom(ModuleData from) {
        if (vis == Visibility.Kind.PUBLIC) {
            return true;
        }
        if (from.krate() != owner.krate()) {
            return false;
        }
        return vis != Visibility.Kind.INHERITED && vis != Visibility.Kind.SELF || from.isWithin(owner.normal());
    }

    @Override
    public String toString() {
        return "Binding[" + def + ", " + vis + (isImport ? ", import" : "") + "]";
    }
}
