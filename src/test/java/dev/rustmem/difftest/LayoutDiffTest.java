package dev.rustmem.difftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparison rule itself: it must notice every kind of disagreement. */
class LayoutDiffTest {
    private static final String RUSTC = ""
            + "warning: something rustc said\n"
            + "print-type-size type: `S1`: 8 bytes, alignment: 4 bytes\n"
            + "print-type-size     field `.b`: 4 bytes\n"
            + "print-type-size     field `.a`: 1 bytes\n"
            + "print-type-size     end padding: 3 bytes\n"
            + "print-type-size type: `std::option::Option<S1>`: 8 bytes, alignment: 4 bytes\n"
            + "print-type-size     variant `Some`: 8 bytes\n"
            + "print-type-size         field `.0`: 8 bytes\n"
            + "print-type-size     variant `None`: 0 bytes\n"
            + "print-type-size type: `E0`: 1 bytes, alignment: 1 bytes\n"
            + "print-type-size     discriminant: 1 bytes\n"
            + "print-type-size     variant `A`: 0 bytes\n";
    private static final String SOURCE = "pub enum E0 { A = 5 }\npub struct S1 { a: u8, b: u32 }\npub type A2 = Option<S1>;\n";
    private static final List<String> REQUIRED = List.of("E0", "S1", "std::option::Option<S1>");

    @Test
    void parsesBlocksAndIgnoresOtherLines() {
        PtsBlocks b = PtsBlocks.parse(RUSTC);
        assertThat(b.order()).containsExactly("S1", "std::option::Option<S1>", "E0");
        assertThat(b.block("E0")).isEqualTo("print-type-size type: `E0`: 1 bytes, alignment: 1 bytes\n"
                + "print-type-size     discriminant: 1 bytes\nprint-type-size     variant `A`: 0 bytes\n");
    }

    @Test
    void identicalOutputPasses() {
        String ours = RUSTC.substring(RUSTC.indexOf('\n') + 1);
        LayoutDiff.Outcome o = compare(ours);
        assertThat(o.ok()).as(o.report("t", 5)).isTrue();
        assertThat(o.identical()).isEqualTo(3);
    }

    @Test
    void oneByteDifferenceIsReportedWithDefinitionAndBothBlocks() {
        String ours = RUSTC.substring(RUSTC.indexOf('\n') + 1).replace("end padding: 3", "end padding: 2");
        LayoutDiff.Outcome o = compare(ours);
        assertThat(o.ok()).isFalse();
        assertThat(o.mismatches()).extracting(LayoutDiff.Mismatch::type).containsExactly("S1");
        String report = o.report("t", 5);
        assertThat(report).contains("blocks differ: `S1`", "pub struct S1 { a: u8, b: u32 }",
                "end padding: 2 bytes", "end padding: 3 bytes");
    }

    @Test
    void missingRequiredTypeExtraTypeAndWrongOrderAreReported() {
        String ours = ""
                + "print-type-size type: `E0`: 1 bytes, alignment: 1 bytes\n"
                + "print-type-size     discriminant: 1 bytes\n"
                + "print-type-size     variant `A`: 0 bytes\n"
                + "print-type-size type: `S1`: 8 bytes, alignment: 4 bytes\n"
                + "print-type-size     field `.b`: 4 bytes\n"
                + "print-type-size     field `.a`: 1 bytes\n"
                + "print-type-size     end padding: 3 bytes\n"
                + "print-type-size type: `Bogus`: 0 bytes, alignment: 1 bytes\n";
        LayoutDiff.Outcome o = compare(ours);
        assertThat(o.mismatches()).extracting(LayoutDiff.Mismatch::kind).containsExactlyInAnyOrder(
                "rustc printed no block", "rustmem printed no block",
                "order differs: rustmem prints it after `E0`, rustc before");
    }

    @Test
    void failingRustmemIsReported() {
        LayoutDiff.Outcome o = LayoutDiff.compare(SOURCE, REQUIRED, new RustmemRunner.Result(1, "", "error: boom"),
                PtsBlocks.parse(RUSTC));
        assertThat(o.ok()).isFalse();
        assertThat(o.report("t", 5)).contains("rustmem exited with 1", "error: boom");
    }

    private static LayoutDiff.Outcome compare(String ours) {
        return LayoutDiff.compare(SOURCE, REQUIRED, new RustmemRunner.Result(0, ours, ""), PtsBlocks.parse(RUSTC));
    }
}
