package dev.rustmem.render.view;

import static dev.rustmem.render.view.TestTypes.u;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.layout.LayoutEngine;
import dev.rustmem.layout.TargetDataLayout;
import dev.rustmem.render.text.RustcRenderer;
import dev.rustmem.render.text.TableRenderer;
import dev.rustmem.types.NamedType;
import dev.rustmem.types.ReprOptions;
import dev.rustmem.types.Ty;
import dev.rustmem.types.UintTy;
import dev.rustmem.source.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** View building on hand-built definitions laid out by the real engine (x86_64). */
class ViewBuilderTest {
    private final LayoutEngine engine = new LayoutEngine(TargetDataLayout.X86_64);
    /** Boxes as a thin reference: same size and niche as {@code Box<T>}. */
    private final BoxFactory refBoxes = payload -> Optional.of(new Ty.Ref(payload, false));
    private final ViewBuilder builder = new ViewBuilder(engine, TestTypes::print, refBoxes);

    private static NamedType def(Ty ty) {
        return new NamedType(ty, NamedType.Origin.DEFINITION, TestTypes.print(ty), new Span(0, 0));
    }

    private String table(Ty ty) {
        return new TableRenderer().renderType(builder.build(def(ty)));
    }

    @Test
    void reorderedStructShowsPaddingTotalsAndTheReorderAdvice() {
        Ty s1 = TestTypes.struct("S1", ReprOptions.DEFAULT, List.of("a", "b", "c"),
                List.of(u(UintTy.U8), u(UintTy.U32), u(UintTy.U16)));
        assertThat(table(s1)).isEqualTo("""
                struct S1 (8 bytes, align 4)
                  offset  size  align  field      type
                       0     4      4  .b         u32
                       4     2      2  .c         u16
                       6     1      1  .a         u8
                       7     1         (padding)
                  niche: none
                  data: 7 bytes, padding: 1 byte
                  advice: declaration order (repr(C)) would take 12 bytes; rustc's reordering saves 4
                """);
    }

    @Test
    void directTagEnumHasPerVariantRowsAndRustcLines() {
        // pub enum E { A, B(u32), C(u64, u8) }: rustc 1.95 prints the lines below.
        Ty e = TestTypes.enumTy("E", ReprOptions.DEFAULT, List.of("A", "B", "C"),
                List.of(List.of(), List.of(u(UintTy.U32)), List.of(u(UintTy.U64), u(UintTy.U8))));
        TypeView v = builder.build(def(e));
        assertThat(new RustcRenderer().render(new LayoutReport("x", List.of(), List.of(v)))).isEqualTo("""
                print-type-size type: `E`: 16 bytes, alignment: 8 bytes
                print-type-size     discriminant: 1 bytes
                print-type-size     variant `C`: 15 bytes
                print-type-size         field `.1`: 1 bytes
                print-type-size         padding: 6 bytes
                print-type-size         field `.0`: 8 bytes, alignment: 8 bytes
                print-type-size     variant `B`: 7 bytes
                print-type-size         padding: 3 bytes
                print-type-size         field `.0`: 4 bytes, alignment: 4 bytes
                print-type-size     variant `A`: 0 bytes
                """);
        assertThat(new TableRenderer().renderType(v)).isEqualTo("""
                enum E (16 bytes, align 8)
                  tag: direct u8 at bytes 0..1: A = 0, B = 1, C = 2
                  offset  size  align  field      type
                  variant A
                       0     1         (tag)      u8 = 0
                       1    15         (padding)
                  variant B
                       0     1         (tag)      u8 = 1
                       1     3         (padding)
                       4     4      4  .0         u32
                       8     8         (padding)
                  variant C
                       0     1         (tag)      u8 = 2
                       1     1      1  .1         u8
                       2     6         (padding)
                       8     8      8  .0         u64
                  niche: bytes 0..1 (tag, u8), valid 0..=2, 253 spare values
                  data: 14 bytes, padding: 2 bytes
                """);
    }

    @Test
    void nicheEncodingShowsTheStoredValueAndTheNicheHolder() {
        Ty optBool = TestTypes.option(Ty.BOOL);
        TypeView v = builder.build(def(optBool));
        assertThat(new TableRenderer().renderType(v)).isEqualTo("""
                enum std::option::Option<bool> (1 byte, align 1)
                  tag: niche in u8 at bytes 0..1: None = 2; Some = any other value
                  offset  size  align  field  type
                  variant None
                       0     1         (tag)  u8 = 2
                  variant Some
                       0     1      1  .0     bool
                  niche: bytes 0..1 (tag, u8), valid 0..=2, 253 spare values
                  data: 1 byte, padding: 0 bytes
                """);
        Ty s = TestTypes.struct("WithBool", ReprOptions.DEFAULT, List.of("n", "b"), List.of(u(UintTy.U32), Ty.BOOL));
        assertThat(builder.build(def(s)).niche().orElseThrow().holder()).isEqualTo(".b (bool)");
    }

    @Test
    void usedUpNicheIsExplained() {
        Ty nz = TestTypes.ranged("NonZeroU8", u(UintTy.U8), 1, 255);
        Ty optOpt = TestTypes.option(TestTypes.option(nz));
        TypeView v = builder.build(def(optOpt));
        assertThat(v.size()).isEqualTo(2);
        assertThat(v.advice()).extracting(Advice::message).containsExactly("a niche is used up by nesting: "
                + "`std::option::Option<NonZeroU8>` has no spare value left in its niche, so this enum needs a "
                + "separate tag (2 bytes instead of 1)");
        assertThat(builder.build(def(TestTypes.option(nz))).advice()).isEmpty();
    }

    @Test
    void oversizedVariantGetsBoxingAdvice() {
        Ty big = new Ty.Array(u(UintTy.U8), 48);
        Ty msg = TestTypes.enumTy("Message", ReprOptions.DEFAULT, List.of("Quit", "Write", "Color"),
                List.of(List.of(), List.of(big), List.of(u(UintTy.U8), u(UintTy.U8), u(UintTy.U8))));
        TypeView v = builder.build(def(msg));
        assertThat(v.size()).isEqualTo(49);
        assertThat(v.advice()).extracting(Advice::message)
                .containsExactly("boxing variant `Write` would shrink the enum from 49 to 16 bytes");
        assertThat(v.advice().get(0).savedBytes()).isEqualTo(33);
    }

    @Test
    void unionRowsOverlapAndPaddingFollowsTheLargestField() {
        Ty s = TestTypes.struct("T", ReprOptions.DEFAULT, List.of("x"), List.of(new Ty.Tuple(List.of(u(UintTy.U8),
                u(UintTy.U64)))));
        TypeView v = builder.build(def(s));
        assertThat(v.rows()).hasSize(1);
        assertThat(v.dataBytes()).isEqualTo(16);
    }

    @Test
    void nicheVariantPlacedAfterTheNicheAndReprCEnumMatchRustc() {
        // pub enum CW { A(char, u8), B(u8) } and #[repr(C)] pub enum RC { A(u8, u32), B(u16) }: rustc 1.95's lines.
        Ty cw = TestTypes.enumTy("CW", ReprOptions.DEFAULT, List.of("A", "B"),
                List.of(List.of(Ty.CHAR, u(UintTy.U8)), List.of(u(UintTy.U8))));
        ReprOptions c = new ReprOptions(Optional.empty(), true, false, false, Optional.empty(), Optional.empty());
        Ty rc = TestTypes.enumTy("RC", c, List.of("A", "B"),
                List.of(List.of(u(UintTy.U8), u(UintTy.U32)), List.of(u(UintTy.U16))));
        LayoutReport report = new ReportBuilder(builder).build("x", List.of(def(cw), def(rc)));
        assertThat(new RustcRenderer().render(new ReportBuilder(builder).buildForRustc("x", List.of(def(cw), def(rc))))).isEqualTo("""
                print-type-size type: `RC`: 12 bytes, alignment: 4 bytes
                print-type-size     discriminant: 4 bytes
                print-type-size     variant `A`: 8 bytes
                print-type-size         field `.0`: 1 bytes
                print-type-size         padding: 3 bytes
                print-type-size         field `.1`: 4 bytes, alignment: 4 bytes
                print-type-size     variant `B`: 2 bytes
                print-type-size         field `.0`: 2 bytes
                print-type-size type: `CW`: 8 bytes, alignment: 4 bytes
                print-type-size     variant `A`: 5 bytes
                print-type-size         field `.0`: 4 bytes
                print-type-size         field `.1`: 1 bytes
                print-type-size     variant `B`: 5 bytes
                print-type-size         padding: 4 bytes
                print-type-size         field `.0`: 1 bytes, alignment: 1 bytes
                print-type-size     end padding: 3 bytes
                """);
        TypeView v = report.types().get(0);
        assertThat(v.tag().orElseThrow().untagged()).contains("A");
        // B stores the first invalid char, 0x110000, where A keeps its char.
        assertThat(v.variants().get(1).rows()).containsExactly(
                new Row.Tag(0, 4, "u32", Optional.of(java.math.BigInteger.valueOf(0x110000))),
                new Row.Field(4, 1, 1, "0", "u8", false), new Row.Padding(5, 3));
    }

    @Test
    void rustcListIncludesAdtsInsideFieldsButNotBehindPointers() {
        Ty inner = TestTypes.struct("Inner", ReprOptions.DEFAULT, List.of("x"), List.of(u(UintTy.U8)));
        Ty behind = TestTypes.struct("Behind", ReprOptions.DEFAULT, List.of("y"), List.of(u(UintTy.U16)));
        Ty outer = TestTypes.struct("Outer", ReprOptions.DEFAULT, List.of("a", "b", "c"),
                List.of(new Ty.Array(TestTypes.option(inner), 2), new Ty.Ref(behind, false), new Ty.Tuple(List.of(inner))));
        assertThat(new ReportBuilder(builder).build("x", List.of(def(outer))).types()).extracting(TypeView::name)
                .containsExactly("Outer");
        assertThat(new ReportBuilder(builder).buildForRustc("x", List.of(def(outer))).rustcTypes()).extracting(TypeView::name)
                .containsExactlyInAnyOrder("Outer", "std::option::Option<Inner>", "Inner");
    }

    @Test
    void unsizedTypesAreReportedAsUnsized() {
        TypeView str = builder.build(Ty.STR, "str");
        assertThat(str.sized()).isFalse();
        assertThat(new TableRenderer().renderType(str)).startsWith("str (unsized, at least 0 bytes, align 1)\n");
        TypeView sliceRef = builder.build(new Ty.Ref(new Ty.Slice(u(UintTy.U8)), false), "&[u8]");
        assertThat(sliceRef.rows()).extracting(Row::offset, Row::size).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0L, 8L), org.assertj.core.groups.Tuple.tuple(8L, 8L));
        assertThat(sliceRef.niche().orElseThrow().spare()).isEqualTo(java.math.BigInteger.ONE);
    }
}
