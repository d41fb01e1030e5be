package dev.rustmem.syntax.ast;

import dev.rustmem.source.Span;
import java.util.List;
import java.util.Optional;

public sealed interface Stmt {
    Span span();

    /** {@code let pat: ty = init else { .. };} */
    record Let(List<Attribute> attrs, Pat pat, Optional<TypeExpr> ty, Optional<Expr> init, Optional<Block> elseBlock,
            Span span) implements Stmt {
        public Let {
            attrs = List.copyOf(attrs);
        }
    }

    /**
     * An expression statement. {@code semi} is true when followed by {@code ;}. Block-like
     * expressions ({@code if}, {@code match}, loops, blocks) need no semicolon; macro calls used
     * as statements ({@code println!(..);}) are {@link Expr.MacroCall}s here.
     */
    record ExprStmt(Expr expr, boolean semi, Span span) implements Stmt {}

    record ItemStmt(Item item) implements Stmt {
        public Span span() {
            return item.span();
        }
    }

    /** A lone {@code ;}. */
    record Empty(Span span) implements Stmt {}
}
