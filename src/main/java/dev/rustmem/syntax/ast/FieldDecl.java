package dev.rustmem.syntax.ast;

import dev.rustmem.source.Span;
import java.util.List;
import java.util.Optional;

/** A struct, union or variant field; tuple fields have no name (their index is their name). */
public record FieldDecl(List<Attribute> attrs, Visibility vis, Optional<Ident> name, TypeExpr ty,
        Optional<Expr> dflt, Span span) {
    public FieldDecl {
        attrs = List.copyOf(attrs);
    }
}
