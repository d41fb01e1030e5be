package dev.rustmem.syntax.ast;

import dev.rustmem.source.Span;
import java.util.List;
import java.util.Optional;

/** {@code { stmts; tail }}. The tail is the final expression without a semicolon, if any. */
public record Block(List<Stmt> stmts, Optional<Expr> tail, Span span) {
    public Block {
        stmts = List.copyOf(stmts);
    }
}
