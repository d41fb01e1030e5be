package dev.rustmem.difftest;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * The types a generated definition may use as a field: leaves (primitives, pointers, std types),
 * every type defined earlier in the file, and composites built over them (Option, Result, arrays,
 * tuples, references, boxes...). Only earlier definitions are visible, so the file is written in
 * dependency order and no type is infinitely sized.
 *
 * <p>Leaves are weighted towards niche-bearing ones (bool, char, references, NonZero) because
 * niches are where layout bugs live (generator-ideas.md).
 */
final class TypePool {
    /** Types above this estimated size are not nested further, which keeps sizes bounded. */
    static final int NEST_LIMIT = 160;

    private final Random rnd;
    private final GenProfile profile;
    private final StdTypes std;
    private final List<GenTy> leaves = new ArrayList<>();
    private final List<Integer> leafWeights = new ArrayList<>();
    private int leafWeightSum;
    private final List<GenTy> defined = new ArrayList<>();
    private final List<GenTy> uninhabited = new ArrayList<>();

    TypePool(Random rnd, GenProfile profile) {
        this.rnd = rnd;
        this.profile = profile;
        this.std = new StdTypes(profile);
        for (StdTypes.Leaf l : std.leaves()) {
            leaves.add(l.ty());
            leafWeights.add(l.weight());
            leafWeightSum += l.weight();
        }
        uninhabited.addAll(std.uninhabitedLeaves());
    }

    StdTypes std() {
        return std;
    }

    /** Makes a definition or alias visible to later definitions. */
    void define(GenTy ty, boolean isUninhabited) {
        defined.add(ty);
        if (isUninhabited) {
            uninhabited.add(ty);
        }
    }

    List<GenTy> defined() {
        return defined;
    }

    GenTy leaf() {
        int r = rnd.nextInt(leafWeightSum);
        for (int i = 0; i < leaves.size(); i++) {
            r -= leafWeights.get(i);
            if (r < 0) {
                return leaves.get(i);
            }
        }
        throw new AssertionError();
    }

    /** A type known to be uninhabited (Infallible or {@code !}, or an earlier empty enum). */
    GenTy uninhabited() {
        return uninhabited.get(rnd.nextInt(uninhabited.size()));
    }

    /** A field type: a leaf, an earlier definition, or a composite of depth at most {@code depth}. */
    GenTy any(int depth) {
        return any(depth, t -> true);
    }

    GenTy any(int depth, Predicate<GenTy> ok) {
        for (int attempt = 0; attempt < 40; attempt++) {
            GenTy t = anyUnchecked(depth);
            if (ok.test(t)) {
                return t;
            }
        }
        return GenTy.prim("u8", 1, true);
    }

    private GenTy anyUnchecked(int depth) {
        int r = rnd.nextInt(100);
        if (r < 40 || (r < 75 && defined.isEmpty())) {
            return leaf();
        }
        if (r < 75) {
            return recentDefined();
        }
        return depth <= 0 ? leaf() : composite(depth - 1);
    }

    /** An earlier definition, biased towards recent ones so that nesting gets deep. */
    GenTy recentDefined() {
        for (int attempt = 0; attempt < 8; attempt++) {
            int n = defined.size();
            int i = rnd.nextBoolean() ? n - 1 - rnd.nextInt(Math.min(n, 12)) : rnd.nextInt(n);
            GenTy t = defined.get(i);
            if (t.estSize() <= NEST_LIMIT) {
                return t;
            }
        }
        return leaf();
    }

    /** A composite (Option, Result, array, tuple, pointer, std wrapper) over smaller types. */
    GenTy composite(int depth) {
        GenTy x = any(depth, t -> t.estSize() <= NEST_LIMIT);
        int r = rnd.nextInt(profile.std() ? 100 : 62);
        if (r < 18) {
            return std.option(x);
        } else if (r < 24) {
            return std.option(std.option(x));
        } else if (r < 32) {
            return std.result(x, any(depth, t -> t.estSize() <= NEST_LIMIT));
        } else if (r < 42) {
            return std.array(x, rnd.nextInt(4));
        } else if (r < 52) {
            return std.tuple(List.of(x, any(depth, t -> t.estSize() <= NEST_LIMIT)));
        } else if (r < 54) {
            return std.tuple(List.of(x));
        } else if (r < 59) {
            return std.reference(x);
        } else if (r < 62) {
            return std.rawPtr(x);
        }
        return std.stdWrapper(rnd.nextInt(11), x, () -> any(depth, t -> t.estSize() <= NEST_LIMIT));
    }

    /** A type allowed as a union field. */
    GenTy unionField(int depth) {
        if (profile.std() && rnd.nextInt(3) == 0) {
            return std.manuallyDrop(any(depth));
        }
        return any(depth, GenTy::copy);
    }
}
