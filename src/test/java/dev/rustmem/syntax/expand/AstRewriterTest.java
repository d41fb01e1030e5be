package dev.rustmem.syntax.expand;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.ast.Literal;
import dev.rustmem.syntax.parse.Parser;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rewriter rebuilds only the spine above what changed. */
class AstRewriterTest {
    private static Crate parse(String src) {
        return Parser.parseCrate(new SourceFile("main.rs", src)).value();
    }

    @Test
    void identityRewriteReturnsTheSameTree() throws Exception {
        Crate c = parse(Files.readString(Path.of("src/test/resources/corpus/run/seed000_drop_order/main.rs")));
        assertThat(new AstRewriter().crate(c)).isSameAs(c);
    }

    @Test
    void expandingAMacroFreeCrateChangesNothing() throws Exception {
        Crate c = parse("struct A { x: u8 } fn f(a: A) -> u8 { let y = a.x + 1; match y { 0 => 1, _ => y } }");
        assertThat(MacroExpander.expand(c, ExpandFixture.LINUX).value()).isSameAs(c);
    }

    @Test
    void onlyTheSpineAboveAChangeIsRebuilt() {
        Crate c = parse("fn a() -> u8 { 1 } fn b() -> u8 { let x = 2; x + 40 }");
        AstRewriter bump = new AstRewriter() {
            @Override
            public Expr expr(Expr e) {
                if (e instanceof Expr.Lit l && l.value() instanceof Literal.Int i && i.value().intValue() == 40) {
                    return new Expr.Lit(new Literal.Int(BigInteger.valueOf(41), Optional.empty()), l.span());
                }
                return super.expr(e);
            }
        };
        Crate out = bump.crate(c);
        assertThat(out).isNotSameAs(c);
        assertThat(out.items().get(0)).isSameAs(c.items().get(0));
        Item.Fn before = (Item.Fn) c.items().get(1);
        Item.Fn after = (Item.Fn) out.items().get(1);
        assertThat(after.sig()).isSameAs(before.sig());
        assertThat(after.body().orElseThrow().stmts().get(0)).isSameAs(before.body().orElseThrow().stmts().get(0));
        assertThat(new AstText(c.file()).crate(out)).contains("x + 41");
    }
}
