package dev.rustmem.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.diag.DiagnosticRenderer;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.layout.Layout;
import dev.rustmem.layout.LayoutEngine;
import dev.rustmem.layout.Target;
import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.parse.Parser;
import dev.rustmem.types.resolve.StdLibrary;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** {@code size_of::<T>()} and {@code align_of::<T>()} in array lengths, through a {@link LayoutOracle}. */
class ConstLayoutTest {
    private static final String SRC = "use std::mem::{size_of, align_of};\n"
            + "struct H { a: u32, b: u8 }\n"
            + "struct B { x: [u8; size_of::<H>()], y: [u8; align_of::<u64>() * 2], z: [u8; std::mem::size_of::<Option<&H>>()] }\n"
            + "struct G<T> { t: [u8; size_of::<T>()] }\n";

    @Test
    void sizesComeFromTheLayoutEngine() {
        LayoutEngine engine = new LayoutEngine(Target.byTriple(Target.DEFAULT).orElseThrow().dl());
        LayoutOracle oracle = new LayoutOracle() {
            @Override
            public OptionalLong sizeOf(Ty ty) {
                Layout l = engine.layoutOf(ty);
                return l.isSized() ? OptionalLong.of(l.size()) : OptionalLong.empty();
            }

            @Override
            public OptionalLong alignOf(Ty ty) {
                return OptionalLong.of(engine.layoutOf(ty).align());
            }
        };
        SourceFile file = new SourceFile("demo.rs", SRC);
        Diagnostics diags = new Diagnostics();
        TyCtxt tcx = TyCtxt.load(Parser.parseCrate(file).value(), Fixture.CFG, diags, StdLibrary.bundled(), oracle);
        assertThat(diags.all()).as(new DiagnosticRenderer(file).renderAll(diags)).isEmpty();
        Ty.Adt b = (Ty.Adt) tcx.resolveTypeText(new SourceFile("<type>", "B"), new Diagnostics()).orElseThrow();
        assertThat(b.fieldTys(0)).extracting(t -> ((Ty.Array) t).len()).containsExactly(8L, 16L, 8L);
    }

    @Test
    void withoutAnOracleTheyAreNotSupported() {
        SourceFile file = new SourceFile("demo.rs", SRC);
        Diagnostics diags = new Diagnostics();
        TyCtxt.load(Parser.parseCrate(file).value(), Fixture.CFG, diags, StdLibrary.bundled());
        DiagnosticRenderer r = new DiagnosticRenderer(file);
        assertThat(diags.sorted()).extracting(r::located).containsExactly(
                "demo.rs:3:20: error: `size_of` in a constant is not supported by rustmem yet",
                "demo.rs:3:45: error: `align_of` in a constant is not supported by rustmem yet",
                "demo.rs:3:77: error: `size_of` in a constant is not supported by rustmem yet");
    }
}
