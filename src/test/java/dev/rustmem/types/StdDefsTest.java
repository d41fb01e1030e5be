package dev.rustmem.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rustmem.diag.Diagnostics;
import dev.rustmem.layout.Target;
import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.parse.Parser;
import org.junit.jupiter.api.Test;

class StdDefsTest {
    private static Crate parse(String text) {
        return Parser.parseCrate(new SourceFile("a.rs", text)).value();
    }

    @Test
    void collectedStdServesOneLoadLikeTheOneStepLoad() {
        Cfg cfg = Target.byTriple("i686-unknown-linux-gnu").orElseThrow().cfg();
        String src = "pub struct A(pub Vec<u8>, pub Option<Box<A>>);\npub type B = std::collections::HashMap<String, A>;\n";
        StdDefs std = StdDefs.bundled(cfg);
        TyCtxt split = TyCtxt.load(parse(src), std, new Diagnostics(), LayoutOracle.NONE);
        TyCtxt whole = TyCtxt.load(parse(src), cfg, new Diagnostics());
        assertThat(split.namedTypes()).hasSameSizeAs(whole.namedTypes());
        for (int i = 0; i < whole.namedTypes().size(); i++) {
            assertThat(split.printer().print(split.namedTypes().get(i).ty()))
                    .isEqualTo(whole.printer().print(whole.namedTypes().get(i).ty()));
        }
        assertThat(split.adtPaths()).isEqualTo(whole.adtPaths());
        assertThatThrownBy(() -> TyCtxt.load(parse(src), std, new Diagnostics(), LayoutOracle.NONE))
                .isInstanceOf(IllegalStateException.class);
    }
}
