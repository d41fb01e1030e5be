/**
 * Tokens of Rust 2024. {@link dev.rustmem.syntax.lex.Lexer#lex} turns a
 * {@link dev.rustmem.source.SourceFile} into {@link dev.rustmem.syntax.lex.Token}s ending with
 * exactly one {@code EOF}; compound punctuation is lexed greedily and split by the parser where
 * the grammar needs it ({@code >>} closing two generic lists, {@code &&} as two borrows).
 *
 * <p>Inputs: source text (any string). Outputs: tokens whose text is the exact source spelling
 * (identifiers without {@code r#}), plus diagnostics in rustc's wording (E0748, E0758, E0762,
 * E0763, E0765, E0766, "unknown start of token"). Doc comments become the tokens of
 * {@code #[doc = "..."]} spanning the comment. {@link dev.rustmem.syntax.lex.LiteralDecoder}
 * turns a literal token into its {@link dev.rustmem.syntax.ast.Literal} value.
 *
 * <p>{@link dev.rustmem.syntax.lex.Lexer#lexBuffer} gives the same tokens as parallel arrays
 * ({@link dev.rustmem.syntax.lex.TokenBuffer}), which is what the parser reads: no object per
 * token. Identifiers are interned per file by hashing their chars in place (keywords are found by
 * the same probe), so a repeated name costs no allocation.
 *
 * <p>Invariants: spans are char offsets, end exclusive, non-overlapping and increasing (doc
 * comment tokens share the comment's span); the lexer never throws and always terminates.
 */
package dev.rustmem.syntax.lex;
