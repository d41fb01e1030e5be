/**
 * Tokens of Rust 2024. The lexer turns a {@link dev.rustmem.source.SourceFile} into
 * {@link dev.rustmem.syntax.lex.Token}s ending with {@code EOF}; compound punctuation is lexed
 * greedily and split by the parser where the grammar needs it ({@code >>} closing two generic lists).
 */
package dev.rustmem.syntax.lex;
