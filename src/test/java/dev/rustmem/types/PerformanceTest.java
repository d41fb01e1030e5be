package dev.rustmem.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.parse.Parser;
import dev.rustmem.types.resolve.StdLibrary;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Resolution and lowering stay linear: 20,000 generated definitions (structs, enums, aliases,
 * generic wrappers and std types, each naming earlier ones, spread over modules that glob-import
 * each other) resolve without errors, the same way every time, within an allocation budget.
 */
class PerformanceTest {
    static String generate(int n, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder("#![allow(dead_code)]\nuse std::collections::HashMap;\n");
        sb.append("struct Wrap<T, const N: usize = 2> { items: [T; N], next: Option<Box<T>> }\n");
        String[] prims = {"u8", "u16", "u32", "u64", "i8", "i32", "f64", "bool", "char", "usize"};
        for (int i = 0; i < n; i++) {
            if (i % 1000 == 0) {
                sb.append(i == 0 ? "" : "}\n").append("mod m").append(i / 1000).append(" {\nuse super::*;\n");
            }
            String a = i == 0 ? "u8" : "X" + r.nextInt(i);
            String p = prims[r.nextInt(prims.length)];
            switch (i % 5) {
                case 0:
                    sb.append("pub struct X").append(i).append(" { a: ").append(p).append(", b: Option<").append(a)
                            .append(">, c: [").append(p).append("; 3] }\n");
                    break;
                case 1:
                    sb.append("pub enum X").append(i).append(" { A, B(").append(a).append("), C { x: ").append(p)
                            .append(", y: Vec<").append(a).append("> } }\n");
                    break;
                case 2:
                    sb.append("pub type X").append(i).append(" = Wrap<").append(a).append(">;\n");
                    break;
                case 3:
                    sb.append("#[repr(C)] pub struct X").append(i).append("(").append(p).append(", Box<").append(a)
                            .append(">, (").append(p).append(", ").append(a).append("));\n");
                    break;
                default:
                    sb.append("pub union X").append(i).append(" { a: ").append(p).append(", b: std::mem::ManuallyDrop<")
                            .append("HashMap<").append(p).append(", String>> }\n");
                    break;
            }
        }
        sb.append("}\n");
        for (int m = 0; m * 1000 < n; m++) {
            sb.append("pub use m").append(m).append("::*;\n");
        }
        return sb.toString();
    }

    /**
     * Loading is repeatable and its allocation (deterministic, unlike time) bounds the work, which
     * catches a quadratic algorithm; speed itself is measured by bench/phases.sh, not asserted here.
     */
    @Test
    void twentyThousandDefinitionsResolve() {
        String src = generate(20_000, 42);
        assertThat(src.length()).isGreaterThan(900_000);
        Crate crate = Parser.parseCrate(new SourceFile("big.rs", src)).value();
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long bestAlloc = Long.MAX_VALUE;
        List<Integer> named = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            Diagnostics diags = new Diagnostics();
            long a0 = mx.getCurrentThreadAllocatedBytes();
            TyCtxt tcx = TyCtxt.load(crate, Fixture.CFG, diags, StdLibrary.bundled());
            bestAlloc = Math.min(bestAlloc, mx.getCurrentThreadAllocatedBytes() - a0);
            assertThat(diags.all()).isEmpty();
            named.add(tcx.namedTypes().size());
        }
        assertThat(named.get(0)).isGreaterThan(12_000);
        assertThat(named).as("every load names the same types").containsOnly(named.get(0));
        assertThat(bestAlloc / 1_000_000).as("MB allocated per load").isLessThan(100);
    }
}
