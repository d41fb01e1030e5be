package dev.rustmem.types;

import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.TypeExpr;

/**
 * A declared field. Tuple fields are named {@code "0"}, {@code "1"}, ... The declared type stays
 * syntax until an instantiation substitutes the definition's parameters.
 */
public record FieldDef(String name, TypeExpr declaredTy, Span span) {}
