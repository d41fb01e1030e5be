package dev.rustmem.types;

import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.TypeExpr;
import java.util.Optional;

/**
 * A type or const parameter of an ADT (lifetime parameters are erased and not listed).
 *
 * @param maybeUnsized {@code T: ?Sized} (in the parameter list or a where clause)
 */
public record GenericParamDef(String name, Kind kind, Optional<TypeExpr> typeDefault, Optional<Expr> constDefault,
        boolean maybeUnsized) {
    public enum Kind { TYPE, CONST }
}
