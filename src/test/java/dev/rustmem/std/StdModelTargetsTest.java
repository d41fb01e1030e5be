package dev.rustmem.std;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.layout.Target;
import dev.rustmem.types.Ty;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The std model on targets without an installed std: rustmem's layouts of every type of
 * types.txt must equal rustc's layouts of the same model compiled for that target
 * ({@code model-TARGET.txt}, written by {@code modelcheck.py --target}). This checks the
 * per-pointer-width {@code cfg}s of the model and the engine's target data layouts together.
 */
class StdModelTargetsTest {
    static final List<String> TARGETS = List.of("i686-unknown-linux-gnu", "armv7-unknown-linux-gnueabihf",
            "aarch64-unknown-linux-gnu", "wasm32-unknown-unknown", "msp430-none-elf", "avr-none");

    @TestFactory
    Stream<DynamicContainer> modelLayoutsMatchRustcPerTarget() {
        return TARGETS.stream().map(triple -> {
            Target target = Target.byTriple(triple).orElseThrow(() -> new AssertionError("no target " + triple));
            StdPipeline p = new StdPipeline(target);
            Map<String, Map<String, Object>> model = StdFacts.model(triple);
            return DynamicContainer.dynamicContainer(triple, model.entrySet().stream().map(e ->
                    DynamicTest.dynamicTest(e.getKey(), () -> StdFactsTest.pending(e.getKey(), () -> {
                        Ty ty = p.resolve(e.getKey());
                        assertThat(LayoutSummary.of(p.layout(ty), target.dl())).as("%s on %s", e.getKey(), triple)
                                .isEqualTo(LayoutSummary.of(e.getValue()));
                    }))));
        });
    }
}
