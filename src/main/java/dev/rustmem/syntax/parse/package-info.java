/**
 * Recursive-descent parser for Rust 2024, producing the records of {@code syntax.ast}.
 *
 * <p>Entry points are on {@link dev.rustmem.syntax.parse.Parser}: whole files
 * ({@code parseCrate}, {@code parseTypeText}) and fragments over any token list (used by macro
 * expansion). Internally one {@code Grammar} wires rule families that share a
 * {@code TokenCursor}: items ({@code ItemParser}, {@code DeclParser}, {@code AdtParser}, {@code FnParser},
 * {@code ImplParser}, {@code UseTreeParser}), types and generics, expressions by precedence
 * ({@code ExprParser}, {@code PostfixParser}, {@code PrimaryParser}, {@code ControlParser}),
 * patterns, blocks/statements, attributes ({@code AttrParser}, {@code MetaParser}) and token
 * trees.
 *
 * <p>Errors: messages follow rustc ("expected one of `,` or `}`, found `b`", with the expected
 * set collected from failed checks and sorted as rustc sorts it). A {@code ParseError} unwinds
 * to the nearest item or statement, where panic-mode {@code Recovery} skips to the next one, so
 * later errors are reported too. Unbalanced delimiters are reported before parsing and stop it,
 * as in rustc. No input makes the parser throw or loop: every loop consumes a token or exits,
 * and nesting deeper than 200 levels is a diagnostic.
 *
 * <p>Cost: the cursor reads the lexer's {@code TokenBuffer} arrays and makes {@code Token} and
 * {@code Span} objects only where the AST keeps them; list elements are collected on one
 * {@code ListStack} and become immutable lists directly; equal consecutive spans share one
 * object. In whole files whose delimiters balance, attributes and macro groups are read straight
 * from the cursor (no token slices), giving the same trees and metas as the general path.
 *
 * <p>Shapes to know: attributes on expressions and expression statements are accepted and
 * dropped (the AST has no place for them); inner attributes of fn bodies, modules, impls, traits
 * and extern blocks are appended to the item's attributes; a statement-position {@code m!{..}}
 * stays an unterminated {@code ExprStmt} (never a block tail) so that expansion decides.
 */
package dev.rustmem.syntax.parse;
