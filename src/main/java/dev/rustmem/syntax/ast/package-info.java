/**
 * The abstract syntax tree of a Rust 2024 file, as written (before name resolution). Each category
 * is a sealed interface with nested records ({@link dev.rustmem.syntax.ast.Item},
 * {@link dev.rustmem.syntax.ast.Expr}, {@link dev.rustmem.syntax.ast.Pat},
 * {@link dev.rustmem.syntax.ast.TypeExpr}, {@link dev.rustmem.syntax.ast.Stmt}); large passes
 * dispatch with their {@code Visitor}s. Every node has a span. Nodes are immutable; rewriting passes
 * (macro expansion) build new trees. Macro invocations stay token trees
 * ({@link dev.rustmem.syntax.ast.MacCall}) until expansion replaces them; built-in macros become
 * {@link dev.rustmem.syntax.ast.Expr.BuiltinMacro} with parsed {@link dev.rustmem.syntax.ast.BuiltinArgs}.
 */
package dev.rustmem.syntax.ast;
