package dev.rustmem.difftest;

import java.util.List;
import java.util.Random;

/** What the definition writers share while one file is generated. */
record GenContext(Random rnd, GenProfile profile, TypePool pool, Discriminants discriminants, NamedTypes named) {
    static final List<String> INT_REPRS =
            List.of("u8", "i8", "u16", "i16", "u32", "i32", "u64", "i64", "u128", "i128", "usize", "isize");

    int between(int lo, int hiInclusive) {
        return lo + rnd.nextInt(hiInclusive - lo + 1);
    }

    <T> T pick(List<T> xs) {
        return xs.get(rnd.nextInt(xs.size()));
    }

    boolean chance(int percent) {
        return rnd.nextInt(100) < percent;
    }

    /** A power of two between 2^lo and 2^hi. */
    int pow2(int lo, int hi) {
        return 1 << between(lo, hi);
    }

    /** A 1-ZST that may sit next to the field of a {@code repr(transparent)} type. */
    GenTy zst1() {
        int r = rnd.nextInt(profile.std() ? 3 : 2);
        if (r == 0) {
            return new GenTy("()", "()", false, true, false, true, 0);
        } else if (r == 1) {
            return new GenTy("[u8; 0]", "[u8; 0]", false, true, false, true, 0);
        }
        return new GenTy("std::marker::PhantomData<u64>", "std::marker::PhantomData<u64>", true, true, false, true, 0);
    }

    /** A pointer back to the type being defined ({@code Option<Box<Self>>}-like): recursive types. */
    GenTy selfRef(String name) {
        GenTy self = new GenTy(name, name, true, false, false, false, 0);
        StdTypes std = pool.std();
        switch (rnd.nextInt(4)) {
            case 0: return std.reference(self);
            case 1: return std.rawPtr(self);
            case 2: return profile.std() ? std.stdWrapper(1, self, () -> self) : std.option(std.reference(self));
            default: return std.option(profile.std() ? std.stdWrapper(0, self, () -> self) : std.reference(self));
        }
    }

    /** Small, niche-rich field types for the shapes that trigger rustc's end-biased pass. */
    GenTy smallField() {
        int r = rnd.nextInt(10);
        switch (r) {
            case 0: case 1: return GenTy.prim("bool", 1, true);
            case 2: return GenTy.prim("u8", 1, true);
            case 3: return GenTy.prim("u16", 2, true);
            case 4: return GenTy.prim("u32", 4, true);
            case 5: return GenTy.prim("char", 4, true);
            case 6: return pool.std().tuple(List.of(GenTy.prim("u8", 1, true), GenTy.prim("u8", 1, true),
                    GenTy.prim("bool", 1, true)));
            case 7: return pool.std().option(GenTy.prim("bool", 1, true));
            default: return pool.any(0, t -> t.estSize() <= 8);
        }
    }
}
