package dev.rustmem.types.resolve;

import dev.rustmem.syntax.ast.Ident;
import java.util.List;

/**
 * The outcome of resolving a path's module part (rustc's {@code PathResolution}): a definition
 * reached after {@code consumed} segments (the rest are type-relative, like {@code new} in
 * {@code Vec::<u8>::new}), or the failure at one segment.
 */
public sealed interface PathRes {
    record Ok(Def def, int consumed) implements PathRes {}

    /**
     * @param index   the segment that failed
     * @param parent  the def the segment was looked up in (a module or enum), or null for the first segment
     * @param written the path before the failed segment as written ({@code m::n}, {@code crate}, {@code self})
     */
    record Failed(Failure failure, int index, Ident segment, Def parent, String written, List<Ident> segments)
            implements PathRes {
        public boolean isLast() {
            return index == segments.size() - 1;
        }
    }

    enum Failure {
        /** The first segment is not in scope. */
        NOT_IN_SCOPE,
        /** A later segment is not in its parent module or enum. */
        NOT_IN_PARENT,
        /** {@code ::name} where no crate is named {@code name}. */
        NO_SUCH_CRATE,
        /** {@code super} above the crate root. */
        TOO_MANY_SUPER,
        /** A segment names something other than a module, e.g. a variant followed by {@code ::}. */
        NOT_A_MODULE
    }
}
