package dev.rustmem.layout;

import static dev.rustmem.layout.TyBuilder.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.types.AdtDef;
import dev.rustmem.types.AdtKind;
import dev.rustmem.types.ReprOptions;
import dev.rustmem.types.Ty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Scalars, pointers, arrays and errors (layout-algorithm.md §1, §2, §8; std-layouts.md §1). */
class PrimitivesAndPointersTest {
    private final LayoutAssert la = new LayoutAssert(TargetDataLayout.X86_64);
    private final LayoutAssert la32 = new LayoutAssert(TargetDataLayout.I686);

    @Test
    void scalarsAndTheirNiches() {
        assertThat(LayoutAssert.niche(la.check(BOOL, 1, 1))).isEqualTo("@0 u8 0..=1");
        assertThat(LayoutAssert.niche(la.check(CHAR, 4, 4))).isEqualTo("@0 u32 0..=1114111");
        la.check(U128, 16, 16);
        la.check(I128, 16, 16);
        la.check(F16, 2, 2);
        la.check(F128, 16, 16);
        la.check(USIZE, 8, 8);
        la32.check(U64, 8, 4);
        la32.check(F64, 8, 4);
        la32.check(ISIZE, 4, 4);
        assertThat(la.check(U32, 4, 4).largestNiche()).isEmpty();
        assertThat(LayoutAssert.niche(la.check(fnPtr(), 8, 8))).isEqualTo("@0 ptr 1..=18446744073709551615");
    }

    @Test
    void neverAndUnit() {
        Layout never = la.check(NEVER, 0, 1);
        assertThat(never.uninhabited()).isTrue();
        assertThat(never.fields()).isInstanceOf(FieldsShape.Primitive.class);
        assertThat(la.check(UNIT, 0, 1).uninhabited()).isFalse();
    }

    @Test
    void thinAndFatPointers() {
        assertThat(LayoutAssert.niche(la.check(ref(U32), 8, 8))).isEqualTo("@0 ptr 1..=18446744073709551615");
        assertThat(la.check(ptr(U32), 8, 8).largestNiche()).isEmpty();
        Layout s = la.check(ref(Ty.STR), 16, 8, 0, 8);
        assertThat(LayoutAssert.niche(s)).isEqualTo("@0 ptr 1..=18446744073709551615");
        assertThat(s.repr()).isInstanceOf(BackendRepr.ScalarPair.class);
        assertThat(LayoutAssert.niche(la.check(ref(new Ty.Slice(U16)), 16, 8))).isEqualTo("@0 ptr 1..=18446744073709551615");
        assertThat(LayoutAssert.niche(la.check(ref(dyn()), 16, 8))).isEqualTo("@0 ptr 1..=18446744073709551615");
        assertThat(la.check(ptr(new Ty.Slice(U8)), 16, 8).largestNiche()).isEmpty();
        assertThat(LayoutAssert.niche(la.check(ptr(dyn()), 16, 8))).isEqualTo("@8 ptr 1..=18446744073709551615");
        la32.check(ref(Ty.STR), 8, 4, 0, 4);
    }

    @Test
    void pointersToStructsWithUnsizedTails() {
        Ty.Adt tail = tailStruct("Tail", repr(), U8, new Ty.Slice(U32));
        Layout unsized = la.check(tail, 4, 4, 0, 4);
        assertThat(unsized.isSized()).isFalse();
        la.check(ref(tail), 16, 8);
        la.check(ref(tup(U8, dyn())), 16, 8);
        la.check(ref(tailStruct("SizedTail", repr(), U8, U32)), 8, 8);
    }

    @Test
    void genericParameters() {
        LayoutEngine e = new LayoutEngine(TargetDataLayout.X86_64);
        assertThat(e.errorOf(new Ty.Param("T", 0, false))).containsInstanceOf(LayoutError.NotConcrete.class);
        assertThat(e.layoutOf(ref(new Ty.Param("T", 0, false))).size()).isEqualTo(8);
        assertThat(e.errorOf(ref(new Ty.Param("T", 0, true)))).containsInstanceOf(LayoutError.NotConcrete.class);
        assertThat(e.errorOf(tup(U8, new Ty.Param("T", 0, false)))).containsInstanceOf(LayoutError.NotConcrete.class);
    }

    @Test
    void unsizedTypes() {
        assertThat(la.check(Ty.STR, 0, 1).isSized()).isFalse();
        assertThat(la.check(new Ty.Slice(U64), 0, 8).isSized()).isFalse();
        assertThat(la.check(dyn(), 0, 1).isSized()).isFalse();
    }

    @Test
    void arrays() {
        Layout a = la.check(arr(BOOL, 3), 3, 1);
        assertThat(LayoutAssert.niche(a)).isEqualTo("@0 u8 0..=1");
        assertThat(la.check(arr(ref(U8), 0), 0, 8).largestNiche()).isEmpty();
        assertThat(la.check(arr(NEVER, 0), 0, 1).uninhabited()).isFalse();
        assertThat(la.check(arr(NEVER, 2), 0, 1).uninhabited()).isTrue();
        la.check(arr(U8, (1L << 61) - 1), (1L << 61) - 1, 1);
        LayoutEngine e = new LayoutEngine(TargetDataLayout.X86_64);
        assertThat(e.errorOf(arr(U8, 1L << 61))).containsInstanceOf(LayoutError.SizeOverflow.class);
        assertThat(e.errorOf(arr(U64, Long.MAX_VALUE))).containsInstanceOf(LayoutError.SizeOverflow.class);
        assertThat(new LayoutEngine(TargetDataLayout.I686).errorOf(arr(U8, 1L << 31)))
                .containsInstanceOf(LayoutError.SizeOverflow.class);
        assertThat(new LayoutEngine(TargetDataLayout.AVR).errorOf(arr(U16, 1L << 14)))
                .containsInstanceOf(LayoutError.SizeOverflow.class);
        assertThat(e.errorOf(struct("Big", repr(), arr(U8, 1L << 60), arr(U8, 1L << 60))))
                .containsInstanceOf(LayoutError.SizeOverflow.class);
    }

    @Test
    void recursionWithoutIndirectionIsAnError() {
        List<Ty> fields = new ArrayList<>();
        AdtDef def = new AdtDef("List", "List", AdtKind.STRUCT, List.of(), ReprOptions.DEFAULT,
                List.of(new dev.rustmem.types.VariantDef("List", dev.rustmem.types.CtorKind.TUPLE,
                        List.of(new dev.rustmem.types.FieldDef("0", null, dev.rustmem.source.Span.at(0)),
                                new dev.rustmem.types.FieldDef("1", null, dev.rustmem.source.Span.at(0))),
                        dev.rustmem.source.Span.at(0))),
                List.of(), Optional.empty(), Optional.empty(), Optional.empty(), null, dev.rustmem.source.Span.at(0),
                (d, v, args) -> fields);
        Ty.Adt list = new Ty.Adt(def, List.of());
        fields.add(U32);
        fields.add(new TyBuilder().option(list));
        LayoutEngine e = new LayoutEngine(TargetDataLayout.X86_64);
        assertThat(e.errorOf(list)).containsInstanceOf(LayoutError.Recursive.class);
        // Behind a reference the same shape is fine.
        assertThat(e.errorOf(new TyBuilder().option(ref(list)))).isEmpty();
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        TyBuilder tb = new TyBuilder();
        Ty t = BOOL;
        for (int i = 0; i < 1000; i++) {
            t = tb.option(tup(t));
        }
        LayoutEngine e = new LayoutEngine(TargetDataLayout.X86_64);
        assertThat(e.errorOf(t)).hasValueSatisfying(err -> assertThat(err).isInstanceOf(LayoutError.Unsupported.class));
        Ty shallow = BOOL;
        for (int i = 0; i < 100; i++) {
            shallow = tb.option(shallow);
        }
        assertThat(e.layoutOf(shallow).size()).isEqualTo(1);
        // A chain of 2000 structs, each holding the next: deep through fields, not through the Ty tree.
        Ty chain = U8;
        for (int i = 0; i < 2000; i++) {
            chain = struct("S" + i, repr(), chain);
        }
        assertThat(e.errorOf(chain)).hasValueSatisfying(err -> assertThat(err).isInstanceOf(LayoutError.Unsupported.class));
    }
}
