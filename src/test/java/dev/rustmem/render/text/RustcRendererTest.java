package dev.rustmem.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.render.view.LayoutReport;
import dev.rustmem.render.view.Row;
import dev.rustmem.render.view.RustcView;
import dev.rustmem.render.view.TagView;
import dev.rustmem.render.view.TypeKind;
import dev.rustmem.render.view.TypeView;
import dev.rustmem.render.view.VariantView;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rustc format's printing rules on hand-built views. Each expected text is rustc 1.95's
 * {@code -Zprint-type-sizes} output for the type in the comment (recorded on this rustc with
 * {@code --crate-type=lib --emit=obj}), so these pin the rules independently of the layout engine.
 */
class RustcRendererTest {
    private static Row.Field f(String name, long offset, long size, long align) {
        return new Row.Field(offset, size, align, name, "T", false);
    }

    private static VariantView v(String name, long extent, Row.Field... fields) {
        return new VariantView(name, 0, extent, false, List.of(), List.of(fields));
    }

    private static TypeView adt(String name, TypeKind kind, long size, long align, boolean packed,
            Optional<TagView> tag, VariantView... variants) {
        return new TypeView(name, name, kind, true, false, size, align, packed, List.of(), List.of(), tag, List.of(variants),
                Optional.empty(), size, 0, List.of());
    }

    private static Optional<TagView> direct(long size) {
        return Optional.of(new TagView(0, size, "u" + size * 8, true, Optional.empty(), List.of()));
    }

    private static Optional<TagView> niche() {
        return Optional.of(new TagView(0, 1, "u8", false, Optional.of("A"), List.of()));
    }

    private static String render(TypeView... types) {
        return new RustcRenderer().render(new LayoutReport("x86_64-unknown-linux-gnu", List.of(), List.of(types)));
    }

    @Test
    void unionFieldsOverlapAndPrintTheirOffset() {
        // pub union U { a: u8, b: u32, c: [u8; 5] }
        TypeView u = adt("U", TypeKind.UNION, 8, 4, false, Optional.empty(),
                v("U", 5, f("a", 0, 1, 1), f("b", 0, 4, 4), f("c", 0, 5, 1)));
        assertThat(render(u)).isEqualTo("""
                print-type-size type: `U`: 8 bytes, alignment: 4 bytes
                print-type-size     variant `U`: 5 bytes
                print-type-size         field `.a`: 1 bytes
                print-type-size         field `.b`: 4 bytes, offset: 0 bytes, alignment: 4 bytes
                print-type-size         field `.c`: 5 bytes, offset: 0 bytes, alignment: 1 bytes
                print-type-size     end padding: 3 bytes
                """);
    }

    @Test
    void directTagVariantsBySizeWithPaddingAndAlignment() {
        // pub enum E { A, B(u32), C(u64, u8), D(std::convert::Infallible) }
        TypeView e = adt("E", TypeKind.ENUM, 16, 8, false, direct(1), v("A", 1), v("B", 8, f("0", 4, 4, 4)),
                v("C", 16, f("0", 8, 8, 8), f("1", 1, 1, 1)), v("D", 1, f("0", 1, 0, 1)));
        assertThat(render(e)).isEqualTo("""
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
                print-type-size     variant `D`: 0 bytes
                print-type-size         field `.0`: 0 bytes
                """);
    }

    @Test
    void nicheEncodedEnumHasNoDiscriminantLine() {
        // pub enum CW { A(char, u8), B(u8) }
        TypeView cw = adt("CW", TypeKind.ENUM, 8, 4, false, niche(), v("A", 5, f("0", 0, 4, 4), f("1", 4, 1, 1)),
                v("B", 5, f("0", 4, 1, 1)));
        assertThat(render(cw)).isEqualTo("""
                print-type-size type: `CW`: 8 bytes, alignment: 4 bytes
                print-type-size     variant `A`: 5 bytes
                print-type-size         field `.0`: 4 bytes
                print-type-size         field `.1`: 1 bytes
                print-type-size     variant `B`: 5 bytes
                print-type-size         padding: 4 bytes
                print-type-size         field `.0`: 1 bytes, alignment: 1 bytes
                print-type-size     end padding: 3 bytes
                """);
    }

    @Test
    void structsListZeroSizedFieldsFirstAtTheirOffsetAndPackedNeverShowsAlignment() {
        // pub struct Z { a: (), b: u8, c: PhantomData<u64>, d: u32 }; #[repr(packed)] pub struct P { a: u8, b: u32 }
        TypeView z = adt("Z", TypeKind.STRUCT, 8, 4, false, Optional.empty(),
                v("Z", 5, f("a", 4, 0, 1), f("b", 4, 1, 1), f("c", 5, 0, 1), f("d", 0, 4, 4)));
        TypeView p = adt("P", TypeKind.STRUCT, 5, 1, true, Optional.empty(), v("P", 5, f("a", 0, 1, 1), f("b", 1, 4, 1)));
        TypeView c1 = adt("C1", TypeKind.STRUCT, 12, 4, false, Optional.empty(),
                v("C1", 10, f("a", 0, 1, 1), f("b", 4, 4, 4), f("c", 8, 2, 2)));
        assertThat(render(p, z, c1)).isEqualTo("""
                print-type-size type: `C1`: 12 bytes, alignment: 4 bytes
                print-type-size     field `.a`: 1 bytes
                print-type-size     padding: 3 bytes
                print-type-size     field `.b`: 4 bytes, alignment: 4 bytes
                print-type-size     field `.c`: 2 bytes
                print-type-size     end padding: 2 bytes
                print-type-size type: `Z`: 8 bytes, alignment: 4 bytes
                print-type-size     field `.d`: 4 bytes
                print-type-size     field `.a`: 0 bytes
                print-type-size     field `.b`: 1 bytes
                print-type-size     field `.c`: 0 bytes
                print-type-size     end padding: 3 bytes
                print-type-size type: `P`: 5 bytes, alignment: 1 bytes
                print-type-size     field `.a`: 1 bytes
                print-type-size     field `.b`: 4 bytes
                """);
    }

    @Test
    void typesOfEqualSizeAreSortedByNameAndNonAdtsAreSkipped() {
        // pub enum Void {}; std::alloc::Global; pub enum One { Only }
        TypeView voidTy = adt("Void", TypeKind.ENUM, 0, 1, false, Optional.empty());
        TypeView global = adt("std::alloc::Global", TypeKind.STRUCT, 0, 1, false, Optional.empty(), v("Global", 0));
        TypeView one = adt("One", TypeKind.ENUM, 0, 1, false, Optional.empty(), v("Only", 0));
        TypeView tuple = adt("(u8, u8)", TypeKind.TUPLE, 2, 1, false, Optional.empty());
        assertThat(render(global, voidTy, tuple, one)).isEqualTo("""
                print-type-size type: `One`: 0 bytes, alignment: 1 bytes
                print-type-size     variant `Only`: 0 bytes
                print-type-size type: `Void`: 0 bytes, alignment: 1 bytes
                print-type-size type: `std::alloc::Global`: 0 bytes, alignment: 1 bytes
                """);
    }

    @Test
    void variantSizeWrapsAroundLikeRustcsUnsignedSubtraction() {
        // #[repr(align(4))] pub enum E282 { V0, V1, V2, V3(Box<NonZero<i32>>) }: rustc 1.95 prints
        // 18446744073709551612 for the fieldless variants (their 4-byte layouts minus an 8-byte tag).
        TypeView e = adt("E282", TypeKind.ENUM, 16, 8, false, direct(8), v("V0", 4), v("V3", 16, f("0", 8, 8, 8)));
        assertThat(render(e)).isEqualTo("""
                print-type-size type: `E282`: 16 bytes, alignment: 8 bytes
                print-type-size     discriminant: 8 bytes
                print-type-size     variant `V3`: 8 bytes
                print-type-size         field `.0`: 8 bytes
                print-type-size     variant `V0`: 18446744073709551612 bytes
                """);
    }

    @Test
    void namesSortByTheirUtf8BytesAndPrintAsUtf8() {
        // Rust orders strings by UTF-8 bytes (code points); Java's compareTo puts a surrogate
        // pair (😀) before U+FFFD. Identifiers may be non-ASCII: pub enum É { Ä(u8) }
        TypeView smile = adt("😀", TypeKind.STRUCT, 1, 1, false, Optional.empty(), v("😀", 1, f("ü", 0, 1, 1)));
        TypeView replacement = adt("\uFFFD", TypeKind.STRUCT, 1, 1, false, Optional.empty(), v("\uFFFD", 1));
        TypeView e = adt("É", TypeKind.ENUM, 1, 1, false, Optional.empty(), v("Ä", 1, f("0", 0, 1, 1)));
        TypeView z = adt("z", TypeKind.STRUCT, 1, 1, false, Optional.empty(), v("z", 1));
        assertThat(render(smile, replacement, e, z)).isEqualTo("""
                print-type-size type: `z`: 1 bytes, alignment: 1 bytes
                print-type-size type: `É`: 1 bytes, alignment: 1 bytes
                print-type-size     variant `Ä`: 1 bytes
                print-type-size         field `.0`: 1 bytes
                print-type-size type: `\uFFFD`: 1 bytes, alignment: 1 bytes
                print-type-size type: `😀`: 1 bytes, alignment: 1 bytes
                print-type-size     field `.ü`: 1 bytes
                """);
    }

    @Test
    void manyVariantsAndFieldsSortStably() {
        // Past the insertion-sort threshold: variants by extent descending and fields by
        // (offset, size), ties in declaration order, exactly like a stable list sort.
        int n = 50;
        List<VariantView> variants = new ArrayList<>();
        List<Row.Field> fields = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            variants.add(v("V" + i, (i * 7) % 5));
            fields.add(f("f" + i, (i * 3) % 4, i % 2, 1));
        }
        TypeView e = adt("E", TypeKind.ENUM, 8, 1, true, Optional.empty(), variants.toArray(VariantView[]::new));
        TypeView s = adt("S", TypeKind.STRUCT, 8, 1, true, Optional.empty(), v("S", 4, fields.toArray(Row.Field[]::new)));
        StringBuilder expected = new StringBuilder("print-type-size type: `E`: 8 bytes, alignment: 1 bytes\n");
        List<VariantView> byExtent = new ArrayList<>(variants);
        byExtent.sort(Comparator.comparingLong((VariantView x) -> -x.extent()));
        for (VariantView x : byExtent) {
            expected.append("print-type-size     variant `").append(x.name()).append("`: ").append(x.extent())
                    .append(" bytes\n");
        }
        expected.append("print-type-size     end padding: 4 bytes\n");
        expected.append("print-type-size type: `S`: 8 bytes, alignment: 1 bytes\n");
        List<Row.Field> byPlace = new ArrayList<>(fields);
        byPlace.sort(Comparator.comparingLong(Row.Field::offset).thenComparingLong(Row.Field::size));
        long min = 0;
        for (Row.Field x : byPlace) {
            if (x.offset() > min) {
                expected.append("print-type-size     padding: ").append(x.offset() - min).append(" bytes\n");
            }
            expected.append("print-type-size     field `.").append(x.name()).append("`: ").append(x.size())
                    .append(x.offset() < min ? " bytes, offset: " + x.offset() + " bytes, alignment: 1 bytes\n" : " bytes\n");
            min = x.offset() + x.size();
        }
        expected.append("print-type-size     end padding: 4 bytes\n");
        assertThat(render(s, e)).isEqualTo(expected.toString());
    }

    @Test
    void streamedOutputMatchesTheStringAcrossManyBufferFulls() throws Exception {
        // Over a megabyte of output, and one name longer than the 64 KiB buffer.
        List<TypeView> types = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            types.add(adt("T" + i, TypeKind.STRUCT, i % 64, 1, false, Optional.empty(), v("T" + i, i % 64,
                    f("a", 0, i % 64, 1))));
        }
        types.add(adt("L".repeat(70_000), TypeKind.STRUCT, 3, 1, false, Optional.empty(), v("L", 3, f("b".repeat(70_000), 0, 3, 1))));
        String text = render(types.toArray(TypeView[]::new));
        List<RustcView> views = new ArrayList<>();
        for (TypeView t : types) {
            views.add(RustcView.of(t));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new RustcRenderer().render(views, bytes);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(text).hasSizeGreaterThan(1 << 20).contains("field `." + "b".repeat(70_000) + "`: 3 bytes\n");
        assertThat(text.lines().filter(l -> l.contains(" type: ")).count()).isEqualTo(20_001);
    }

    @Test
    void typesOfOneSizeAndNameAreOrderedByTheirBlocksWhateverTheInputOrder() throws Exception {
        // Two distinct views printing the same name (not met in practice): views are found on two
        // threads, so their input order may vary; the output must not.
        TypeView a = adt("Same", TypeKind.STRUCT, 8, 4, false, Optional.empty(), v("Same", 8, f("x", 0, 4, 4), f("y", 4, 4, 4)));
        TypeView b = adt("Same", TypeKind.STRUCT, 8, 4, false, Optional.empty(), v("Same", 8, f("a", 0, 8, 4)));
        TypeView c = adt("Other", TypeKind.STRUCT, 8, 4, false, Optional.empty(), v("Other", 8, f("z", 0, 8, 4)));
        String forward = renderViews(a, b, c);
        assertThat(renderViews(b, c, a)).isEqualTo(forward);
        assertThat(renderViews(c, b, a)).isEqualTo(forward);
        // By the printed block: field `.a` sorts before field `.x`.
        assertThat(forward.indexOf("field `.a`")).isLessThan(forward.indexOf("field `.x`"));
        assertThat(forward.indexOf("`Other`")).isLessThan(forward.indexOf("`Same`"));
    }

    @Test
    void aLongListPrintedOnTwoThreadsIsEachBlockInOrder() throws Exception {
        // Long enough for the two-thread path; each type alone is printed on one thread. Types of
        // many fields first, so the split by lines falls well before the middle of the list.
        List<TypeView> types = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            Row.Field[] fields = new Row.Field[i < 100 ? 40 : 1];
            for (int k = 0; k < fields.length; k++) {
                fields[k] = f("f" + k, k, 1, 1);
            }
            long size = 10_000 - i;
            types.add(adt("T" + i, TypeKind.STRUCT, size, 1, false, Optional.empty(), v("T" + i, size, fields)));
        }
        StringBuilder expected = new StringBuilder();
        for (TypeView t : types) { // already by size, largest first
            expected.append(renderViews(t));
        }
        java.util.Collections.reverse(types);
        assertThat(renderViews(types.toArray(TypeView[]::new))).isEqualTo(expected.toString());
    }

    @Test
    void hugeSizesSortLikeSmallOnes() throws Exception {
        // Sizes beyond what the packed sort key holds (2^43) take the comparator sort: same rules.
        TypeView big = adt("Big", TypeKind.STRUCT, 1L << 60, 1, false, Optional.empty(), v("Big", 1L << 60, f("a", 0, 1L << 60, 1)));
        TypeView mid = adt("Mid", TypeKind.STRUCT, 1L << 44, 1, false, Optional.empty(), v("Mid", 1L << 44, f("a", 0, 1L << 44, 1)));
        TypeView small = adt("Small", TypeKind.STRUCT, 4, 1, false, Optional.empty(), v("Small", 4, f("a", 0, 4, 1)));
        TypeView small2 = adt("Aaa", TypeKind.STRUCT, 4, 1, false, Optional.empty(), v("Aaa", 4, f("a", 0, 4, 1)));
        String out = renderViews(small, mid, small2, big);
        assertThat(out.lines().filter(l -> l.contains(" type: ")).map(l -> l.substring(l.indexOf('`') + 1, l.lastIndexOf('`'))))
                .containsExactly("Big", "Mid", "Aaa", "Small");
        assertThat(renderViews(big, small2, small, mid)).isEqualTo(out);
    }

    private static String renderViews(TypeView... types) throws Exception {
        List<RustcView> views = new ArrayList<>();
        for (TypeView t : types) {
            views.add(RustcView.of(t));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new RustcRenderer().render(views, bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
