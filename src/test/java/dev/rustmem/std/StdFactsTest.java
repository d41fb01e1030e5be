package dev.rustmem.std;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.layout.Layout;
import dev.rustmem.layout.Target;
import dev.rustmem.types.Ty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Every std type of facts-x86_64.txt, through the real pipeline, against rustc 1.95: the layout
 * (size, alignment, ABI, field offsets, largest niche, variants) and the
 * {@code --format rustc} blocks, which must be rustc's {@code -Zprint-type-sizes} output.
 *
 * <p>Two differences are expected and normalised, each for a stated reason:
 * <ul>
 *   <li>real core wraps each primitive in its own niche type ({@code NonZeroU32Inner}) chosen by an
 *       associated-type projection, which the resolver does not support; the model has one
 *       generic {@code NonZeroInner<T>} with the same valid range;</li>
 *   <li>rustc also prints layouts it computed for reasons outside the type's fields: the const
 *       evaluation of core's signed pattern types (panic {@code Location} and friends) and the
 *       {@code DynMetadata} of {@code dyn} pointers (not a field of anything).</li>
 * </ul>
 */
class StdFactsTest {
    private static final Pattern ARTIFACT = Pattern.compile(
            "std::panic::Location(<'_>)?|std::ptr::NonNull<str>|std::marker::PhantomData<&str>"
                    + "|std::option::Option<(i8|i16|i32|i64|isize)>"
                    + "|std::ptr::DynMetadata<.*>|std::ptr::NonNull<std::ptr::metadata::VTable>"
                    + "|std::marker::PhantomData<dyn .*>");

    /**
     * Types whose check needs a front-end feature that has not landed yet, with the reason. A
     * pending type that fails is reported as skipped (with the reason); once it passes it simply
     * passes, so nothing here hides a regression of a working type.
     */
    private static final String LIFETIMES =
            "TyPrinter prints no lifetime arguments (rustc: `'_`); GenericParamDef lists no lifetimes (types)";
    private static final String PROJECTION =
            "Cow's `Owned(<B as ToOwned>::Owned)` needs qualified-path (projection) types (types)";
    static final Map<String, String> PENDING = Map.ofEntries(
            Map.entry("Cow<'static, str>", PROJECTION),
            Map.entry("Cow<'static, [u8]>", PROJECTION),
            Map.entry("Cow<'static, Path>", PROJECTION),
            Map.entry("Cow<'static, OsStr>", PROJECTION),
            Map.entry("Option<Cow<'static, str>>", PROJECTION));

    private static final StdPipeline X86_64 = new StdPipeline(Target.byTriple(Target.DEFAULT).orElseThrow());

    @TestFactory
    Stream<DynamicTest> layoutsMatchRustc() {
        return StdFacts.x86_64().stream().map(f -> DynamicTest.dynamicTest(f.type(), () -> pending(f.type(), () -> {
            Ty ty = X86_64.resolve(f.type());
            Layout l = X86_64.layout(ty);
            assertThat(LayoutSummary.of(l, X86_64.target.dl())).as("layout of %s", f.type())
                    .isEqualTo(LayoutSummary.of(f.layout()));
        })));
    }

    @TestFactory
    Stream<DynamicTest> rustcFormatMatchesPrintTypeSizes() {
        return StdFacts.x86_64().stream().map(f -> DynamicTest.dynamicTest(f.type(), () -> pending(f.type(), () -> {
            Ty ty = X86_64.resolve(f.type());
            String got = X86_64.rustcBlocks(f.type(), ty);
            Map<String, String> expected = new LinkedHashMap<>(f.blocks());
            Map<String, String> gotBlocks = StdFacts.blocks(got);
            if (!diff(expected, gotBlocks).isEmpty() && diff(withoutLifetimes(expected), gotBlocks).isEmpty()) {
                // Precisely the lifetime arguments differ: pending on the printer, not the model.
                Assumptions.abort("pending: " + LIFETIMES);
            }
            assertThat(diff(expected, gotBlocks)).as("blocks for %s (rustmem printed:%n%s)", f.type(), got).isEmpty();
            if (expected.keySet().equals(gotBlocks.keySet()) && expected.keySet().equals(f.blocks().keySet())) {
                // Nothing normalised: the whole output, order included, is rustc's.
                assertThat(got).as("output for %s", f.type()).isEqualTo(String.join("", f.blocks().values()));
            }
        })));
    }

    /** Runs a check; a failure of a {@link #PENDING} type becomes a skip with the reason. */
    static void pending(String type, Executable check) throws Throwable {
        try {
            check.execute();
        } catch (AssertionError | RuntimeException e) {
            String reason = PENDING.get(type);
            if (reason == null) {
                throw e;
            }
            Assumptions.abort("pending: " + reason + "\n" + e.getMessage());
        }
    }

    /** What differs between rustc's and rustmem's blocks, readably; empty when they agree. */
    static String diff(Map<String, String> rustc, Map<String, String> rustmem) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : rustc.entrySet()) {
            String mine = rustmem.get(e.getKey());
            if (mine == null) {
                if (!ARTIFACT.matcher(e.getKey()).matches()) {
                    sb.append("\nonly rustc prints:\n").append(e.getValue());
                }
            } else if (!mine.equals(e.getValue())) {
                sb.append("\nrustc prints:\n").append(e.getValue()).append("rustmem prints:\n").append(mine);
            }
        }
        for (Map.Entry<String, String> e : rustmem.entrySet()) {
            if (!rustc.containsKey(e.getKey())) {
                sb.append("\nonly rustmem prints:\n").append(e.getValue());
            }
        }
        return sb.toString();
    }

    /** rustc's blocks as printed without lifetime arguments (`Cow<'_, str>` as `Cow<str>`). */
    static Map<String, String> withoutLifetimes(Map<String, String> rustc) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : rustc.entrySet()) {
            out.put(stripLifetimes(e.getKey()), stripLifetimes(e.getValue()));
        }
        return out;
    }

    static String stripLifetimes(String s) {
        return s.replace("'_, ", "").replace("<'_>", "");
    }

    static List<String> types() {
        List<String> out = new ArrayList<>();
        StdFacts.x86_64().forEach(f -> out.add(f.type()));
        return out;
    }
}
