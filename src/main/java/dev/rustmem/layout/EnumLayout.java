package dev.rustmem.layout;

import dev.rustmem.types.AdtDef;
import dev.rustmem.types.AdtKind;
import dev.rustmem.types.ReprOptions;
import dev.rustmem.types.Ty;
import java.math.BigInteger;
import java.util.List;

/**
 * Enum layouts (rustc_abi layout.rs {@code layout_of_struct_or_enum} / {@code layout_of_enum}):
 * absent variants, the never layout, single-variant enums as structs, and otherwise the tagged
 * candidate and the niche-filling candidate, of which the smaller (then the one with the larger
 * remaining niche, then tagged) wins.
 */
final class EnumLayout {
    private final TargetDataLayout dl;
    private final Univariant univariant;
    private final TaggedLayout tagged;
    private final NicheFilling nicheFilling;

    EnumLayout(TargetDataLayout dl, Univariant univariant) {
        this.dl = dl;
        this.univariant = univariant;
        FieldlessVariants fieldless = new FieldlessVariants();
        this.tagged = new TaggedLayout(dl, univariant, fieldless);
        this.nicheFilling = new NicheFilling(dl, univariant, fieldless);
    }

    /** @param variants the field layouts of every variant, in declaration order */
    Layout layout(Ty owner, AdtDef def, List<List<Layout>> variants) {
        ReprOptions repr = def.repr();
        boolean inhibitOpt = repr.c() || repr.intTy().isPresent();
        boolean reorder = !repr.inhibitReorder(AdtKind.ENUM);
        int present = 0;
        int onlyPresent = -1;
        for (int i = 0; i < variants.size(); i++) {
            if (repr.c() || !absent(variants.get(i))) {
                present++;
                onlyPresent = i;
            }
        }
        if (present == 0) {
            return LayoutEngine.never(dl);
        }
        if (present == 1 && !inhibitOpt) {
            return univariant.layout(owner, variants.get(onlyPresent), repr, reorder, StructKind.ALWAYS_SIZED,
                    onlyPresent);
        }
        if (repr.packed()) {
            throw new LayoutException(new LayoutError.Unsupported(owner, "`repr(packed)` on an enum"));
        }
        // Both candidates are computed, but only the winner builds its per-variant layouts.
        TaggedLayout.Plan t = tagged.plan(owner, def, variants, reorder);
        if (dontNicheOptimize(def, variants.size())) {
            return t.build();
        }
        NicheFilling.Plan n = nicheFilling.plan(owner, repr, variants);
        if (n == null) {
            return t.build();
        }
        int bySize = Long.compare(t.size, n.size);
        int byNiche = Niche.compareAvailable(t.niche.orElse(null), n.niche.orElse(null), dl);
        // rustc: (Greater, _) => niche, (Equal, Less) => niche, _ => tagged.
        return bySize > 0 || (bySize == 0 && byNiche < 0) ? n.build() : t.build();
    }

    /** A variant that needs no discriminant: only 1-ZST fields, one of them uninhabited ({@code B(!)}). */
    static boolean absent(List<Layout> fields) {
        boolean uninhabited = false;
        for (int i = 0; i < fields.size(); i++) {
            Layout f = fields.get(i);
            if (!f.is1Zst()) {
                return false;
            }
            uninhabited |= f.uninhabited();
        }
        return uninhabited;
    }

    /**
     * No niche candidate for repr(C)/int-repr enums, for fewer than two variants, or when any variant
     * has an explicit discriminant (rustc: some {@code discr != VariantDiscr::Relative(i)}). The
     * definition only records evaluated values; a value differing from the index is equivalent here
     * because explicit discriminants without an int repr are only allowed on fieldless enums, whose
     * variants have no niche anyway.
     */
    private static boolean dontNicheOptimize(AdtDef def, int count) {
        ReprOptions repr = def.repr();
        if (repr.c() || repr.intTy().isPresent() || count < 2) {
            return true;
        }
        List<BigInteger> d = def.discriminants();
        for (int i = 0; i < d.size(); i++) {
            BigInteger v = d.get(i);
            if (v.bitLength() >= 31 || v.intValue() != i) {
                return true;
            }
        }
        return false;
    }
}
