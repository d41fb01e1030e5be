package dev.rustmem.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hashed list inside types, the types' written-out equality, and the type table. */
class TyCollectionsTest {
    private static final Ty U8 = new Ty.Uint(UintTy.U8);

    @Test
    void hashedListKeepsTheListContract() {
        List<Ty> plain = List.of(U8, Ty.BOOL, new Ty.Ref(Ty.STR, false));
        List<Ty> hashed = HashedList.copyOf(new ArrayList<>(plain));
        assertThat(hashed).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(plain).isEqualTo(hashed);
        assertThat(HashedList.copyOf(hashed)).isSameAs(hashed);
        assertThat(HashedList.copyOf(List.of())).isEqualTo(List.of()).hasSameHashCodeAs(List.of());
        assertThat(hashed).isNotEqualTo(HashedList.copyOf(List.of(U8, Ty.BOOL)));
    }

    @Test
    void structurallyEqualTypesAreEqualAndHashAlike() {
        Ty a = new Ty.Tuple(List.of(new Ty.Array(U8, 3), new Ty.RawPtr(Ty.CHAR, true), new Ty.Slice(Ty.NEVER)));
        Ty b = new Ty.Tuple(new ArrayList<>(List.of(new Ty.Array(new Ty.Uint(UintTy.U8), 3),
                new Ty.RawPtr(Ty.CHAR, true), new Ty.Slice(Ty.NEVER))));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(new Ty.Tuple(List.of(new Ty.Array(U8, 4), new Ty.RawPtr(Ty.CHAR, true),
                new Ty.Slice(Ty.NEVER))));
        assertThat(new Ty.Ref(U8, true)).isNotEqualTo(new Ty.Ref(U8, false));
        assertThat(new Ty.Int(IntTy.I8)).isNotEqualTo(new Ty.Uint(UintTy.U8));
        assertThat(new Ty.Param("T", 0, false)).isEqualTo(new Ty.Param("T", 0, false))
                .isNotEqualTo(new Ty.Param("T", 0, true));
        Ty f1 = new Ty.FnPtr(List.of(new Ty.Ref(U8, false)), Ty.UNIT, false, java.util.Optional.empty(), false);
        Ty f2 = new Ty.FnPtr(List.of(new Ty.Ref(U8, false)), Ty.UNIT, false, java.util.Optional.empty(), false);
        assertThat(f1).isEqualTo(f2).hasSameHashCodeAs(f2);
        assertThat(f1).isNotEqualTo(new Ty.FnPtr(List.of(new Ty.Ref(U8, false)), Ty.UNIT, true,
                java.util.Optional.empty(), false));
    }

    @Test
    void tableFindsEqualTypesAndGrows() {
        TyTable t = new TyTable(1);
        List<Ty> firsts = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Ty arr = new Ty.Array(U8, i);
            assertThat(t.intern(arr)).isSameAs(arr);
            firsts.add(arr);
        }
        for (int i = 0; i < 1000; i++) {
            assertThat(t.intern(new Ty.Array(U8, i))).isSameAs(firsts.get(i));
            assertThat(t.get(new Ty.Array(U8, i))).isZero();
        }
        assertThat(t.get(new Ty.Array(U8, 1000))).isEqualTo(-1);
        t.put(new Ty.Array(U8, 7), 3);
        t.put(Ty.BOOL, 5);
        assertThat(t.get(new Ty.Array(U8, 7))).isEqualTo(3);
        assertThat(t.get(Ty.BOOL)).isEqualTo(5);
        assertThat(t.intern(new Ty.Array(U8, 7))).isSameAs(firsts.get(7));
    }
}
