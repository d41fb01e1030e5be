package dev.rustmem.types.resolve;

import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Visibility;

/**
 * A name bound in a module: an item defined there or an import.
 *
 * @param owner the module the name lives in (for visibility)
 * @param span  the item or import that introduced it (for E0428's "previous definition")
 */
public record Binding(Def def, Visibility.Kind vis, ModuleData owner, Span span, boolean isImport) {
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
}
