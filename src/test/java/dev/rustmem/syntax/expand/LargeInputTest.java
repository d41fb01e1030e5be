package dev.rustmem.syntax.expand;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.ast.Stmt;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Invocations with thousands of tokens expand completely (no stack overflow). Speed is measured by
 * the benchmarks (bench/), not asserted here.
 */
class LargeInputTest {
    @Test
    void thousandsOfRepetitions() {
        int n = 3000;
        StringBuilder sb = new StringBuilder("""
                macro_rules! arr { ($($x:expr),* $(,)?) => { [$($x),*] }; }
                macro_rules! sum { ($($t:tt)*) => { 0 $(+ $t)* }; }
                fn main() { let a = arr!(""");
        for (int i = 0; i < n; i++) {
            sb.append(i).append(" * 2, ");
        }
        sb.append("); let b = sum!(");
        for (int i = 0; i < n; i++) {
            sb.append(i).append(' ');
        }
        sb.append("); }\n");
        ExpandFixture f = ExpandFixture.of(sb.toString());
        assertThat(f.errors()).isEmpty();
        Item.Fn main = (Item.Fn) f.crate().items().get(2);
        List<Stmt> stmts = main.body().orElseThrow().stmts();
        Expr a = ((Stmt.Let) stmts.get(0)).init().orElseThrow();
        assertThat(((Expr.Array) a).elems()).hasSize(n);
        Expr b = ((Stmt.Let) stmts.get(1)).init().orElseThrow();
        int terms = 1;
        while (b instanceof Expr.Binary bin) {
            terms++;
            b = bin.lhs();
        }
        assertThat(terms).isEqualTo(n + 1);
    }
}
