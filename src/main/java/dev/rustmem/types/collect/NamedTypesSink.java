package dev.rustmem.types.collect;

import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.TypeExpr;
import dev.rustmem.types.NamedType;
import dev.rustmem.types.Ty;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where {@link CrateWalker} sends the types it meets, in source order: a {@link NamedTypesBuilder}
 * directly, or one fed on another thread ({@link PipedNamedTypes}).
 */
public interface NamedTypesSink {
    void definition(Ty ty, String name, Span span);

    void alias(Ty ty, String name, Span span);

    void written(Ty ty, TypeExpr te, Function<TypeExpr, Optional<String>> text);

    /** The named types, once every type has been sent. */
    List<NamedType> result();
}
