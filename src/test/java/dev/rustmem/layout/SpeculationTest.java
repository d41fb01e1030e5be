package dev.rustmem.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.expand.MacroExpander;
import dev.rustmem.syntax.parse.Parser;
import dev.rustmem.types.NamedType;
import dev.rustmem.types.Speculation;
import dev.rustmem.types.Ty;
import dev.rustmem.types.TyCtxt;
import dev.rustmem.types.resolve.StdLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A speculating thread ({@link Speculation}) that lays types out after a load which prepared for
 * it gets exactly the layouts the layout pass gets, caches no error, and gives up (with
 * {@link Speculation.NotReady}) where it would need the lowering. Deterministic: the speculating
 * pass runs after the load here, where {@code LayoutAheadTest} races it with the load.
 */
class SpeculationTest {
    @ParameterizedTest
    @CsvSource({"x86_64/1001.rs, x86_64-unknown-linux-gnu", "x86_64/1005.rs, x86_64-unknown-linux-gnu",
        "i686/2001.rs, i686-unknown-linux-gnu", "avr/5002.rs, avr-none"})
    void speculatedLayoutsAreTheLayoutPassLayouts(String name, String triple) throws IOException {
        Target target = Target.byTriple(triple).orElseThrow();
        Path path = Path.of("src/test/resources/difftest/recorded").resolve(name);
        SourceFile file = new SourceFile(path.toString(), Files.readString(path));
        Crate crate = MacroExpander.expand(Parser.parseCrate(file).value(), target.cfg()).value();
        LayoutEngine duringLoad = new LayoutEngine(target.dl());
        Diagnostics diags = new Diagnostics();
        TyCtxt tcx = TyCtxt.load(crate, target.cfg(), diags, StdLibrary.bundled(),
                EngineOracle.layingOutAhead(duringLoad, 1));
        assertThat(diags.all()).isEmpty();
        List<Ty> types = new ArrayList<>();
        for (NamedType n : tcx.namedTypes()) {
            types.add(n.ty());
        }

        LayoutEngine speculated = new LayoutEngine(target.dl());
        int[] laidOut = new int[1];
        runSpeculating(() -> {
            for (Ty t : types) {
                try {
                    speculated.layoutOf(t);
                    laidOut[0]++;
                } catch (RuntimeException e) {
                    // given up, or a layout error (not cached): the layout pass decides
                }
            }
        });
        // Most of the file is laid out by the speculating thread (instantiations of std's and the
        // file's generic definitions by substitution), so what follows checks real work.
        assertThat(laidOut[0]).as("types laid out speculatively of %d", types.size())
                .isGreaterThan(types.size() / 2);

        LayoutEngine reference = new LayoutEngine(target.dl());
        for (Ty t : types) {
            Object expected = outcome(reference, t);
            assertThat(outcome(speculated, t)).as("%s", t).isEqualTo(expected);
            assertThat(outcome(duringLoad, t)).as("%s", t).isEqualTo(expected);
        }
    }

    @Test
    void givesUpWhereTheLoweringIsNeededAndCachesNoError() {
        Target target = Target.byTriple(Target.DEFAULT).orElseThrow();
        SourceFile file = new SourceFile("s.rs", "struct R(R);\nstruct W<T>(T, u8);\nstruct U(W<u16>);\n");
        Crate crate = Parser.parseCrate(file).value();
        LayoutEngine engine = new LayoutEngine(target.dl());
        Diagnostics diags = new Diagnostics();
        // An oracle that lays out nothing ahead: the load prepares nothing of std for speculation.
        TyCtxt tcx = TyCtxt.load(crate, target.cfg(), diags, StdLibrary.bundled(), new EngineOracle(engine));
        Ty r = tcx.resolveTypeText(new SourceFile("<t>", "R"), new Diagnostics()).orElseThrow();
        Ty wOfChar = tcx.resolveTypeText(new SourceFile("<t>", "W<char>"), new Diagnostics()).orElseThrow();
        Ty optionOfChar = tcx.resolveTypeText(new SourceFile("<t>", "Option<char>"), new Diagnostics()).orElseThrow();
        List<Class<?>> thrown = new ArrayList<>();
        runSpeculating(() -> {
            for (Ty t : List.of(r, wOfChar, optionOfChar)) {
                try {
                    engine.layoutOf(t);
                    thrown.add(null);
                } catch (RuntimeException e) {
                    thrown.add(e.getClass());
                }
            }
        });
        // R is recursive (an error, not cached). W<char> is laid out: the walk lowered W's own
        // field types, and `char` is put in for `T` without the lowering. Option's field types
        // were never lowered in this load (nothing prepared them): that needs the lowering.
        assertThat(thrown).containsExactly(LayoutException.class, null, Speculation.NotReady.class);
        int speculated = engine.cachedCount();
        assertThat(engine.errorOf(r)).get().isInstanceOf(LayoutError.Recursive.class);
        assertThat(engine.cachedCount()).as("R's error, cached only now").isEqualTo(speculated + 1);
        assertThat(engine.layoutOf(wOfChar)).isEqualTo(new LayoutEngine(target.dl()).layoutOf(wOfChar));
        assertThat(engine.layoutOf(optionOfChar).size()).isEqualTo(4);
    }

    private static Object outcome(LayoutEngine engine, Ty t) {
        try {
            return engine.layoutOf(t);
        } catch (LayoutException e) {
            return e.error();
        }
    }

    private static void runSpeculating(Runnable work) {
        Thread t = new Speculating(work);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static final class Speculating extends Thread implements Speculation.Speculating {
        Speculating(Runnable work) {
            super(work, "test-speculating");
        }
    }
}
