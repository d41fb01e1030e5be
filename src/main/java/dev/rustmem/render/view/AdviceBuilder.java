package dev.rustmem.render.view;

import dev.rustmem.layout.FieldsShape;
import dev.rustmem.layout.Layout;
import dev.rustmem.layout.LayoutException;
import dev.rustmem.layout.TagEncoding;
import dev.rustmem.layout.Variants;
import dev.rustmem.types.AdtDef;
import dev.rustmem.types.FieldDef;
import dev.rustmem.types.GenericArg;
import dev.rustmem.types.ReprOptions;
import dev.rustmem.types.Ty;
import dev.rustmem.types.VariantDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Layout advice with real numbers: each hypothetical type (declaration order, a boxed variant) is
 * built as a modified {@link AdtDef} and laid out by the same engine.
 */
final class AdviceBuilder {
    private final Fields fields;
    private final BoxFactory boxes;

    AdviceBuilder(Fields fields, BoxFactory boxes) {
        this.fields = fields;
        this.boxes = boxes;
    }

    List<Advice> adviceFor(Ty ty, Layout layout) {
        List<Advice> out = new ArrayList<>();
        if (!(ty instanceof Ty.Adt adt) || !layout.isSized()) {
            return out;
        }
        try {
            add(out, reorder(adt, layout));
            add(out, boxLargestVariant(adt, layout));
            add(out, nicheUsedUp(adt, layout));
        } catch (LayoutException e) {
            // A hypothetical type that cannot be laid out gives no advice; the real one was fine.
        }
        return out;
    }

    /** {@code a.ifPresent(out::add)} without a method reference, whose bootstrap costs every cold run. */
    private static void add(List<Advice> out, Optional<Advice> a) {
        if (a.isPresent()) {
            out.add(a.get());
        }
    }

    /** (a) Structs whose fields rustc reordered: what declaration order would cost. */
    Optional<Advice> reorder(Ty.Adt adt, Layout layout) {
        AdtDef def = adt.def();
        if (!def.isStruct() || def.repr().c() || !(layout.fields() instanceof FieldsShape.Arbitrary a)
                || isIdentity(a.inMemoryOrder())) {
            return Optional.empty();
        }
        if (!def.repr().packed() && alignmentsNonIncreasing(fields.fieldTys(adt, 0))) {
            // Declared largest-alignment-first: declaration order has no gaps between fields, so
            // it is already as small as any order can be.
            return Optional.empty();
        }
        ReprOptions r = def.repr();
        ReprOptions c = new ReprOptions(r.intTy(), true, r.simd(), r.transparent(), r.pack(), r.align());
        AdtDef cDef = copy(def, c, def.variants(), new Original(def));
        long cSize = fields.layoutOf(new Ty.Adt(cDef, adt.args())).size();
        if (cSize <= layout.size()) {
            return Optional.empty();
        }
        long saved = cSize - layout.size();
        return Optional.of(new Advice(Advice.Kind.REORDER, "declaration order (repr(C)) would take " + Fmt.bytes(cSize)
                + "; rustc's reordering saves " + saved, saved));
    }

    /** (b) One variant much larger than the rest: the enum with that variant's fields behind a Box. */
    Optional<Advice> boxLargestVariant(Ty.Adt adt, Layout layout) {
        AdtDef def = adt.def();
        if (!def.isEnum() || !(layout.variants() instanceof Variants.Multiple m) || def.variants().size() < 2) {
            return Optional.empty();
        }
        int largest = -1;
        long largestSize = -1;
        long second = 0;
        int withData = 0;
        for (int i = 0; i < m.variants().size(); i++) {
            long s = payloadSize(adt, i);
            withData += s > 0 ? 1 : 0;
            if (s > largestSize) {
                second = Math.max(second, largestSize);
                largest = i;
                largestSize = s;
            } else {
                second = Math.max(second, s);
            }
        }
        List<Ty> tys = fields.fieldTys(adt, largest);
        // The boxed enum still holds a pointer or the next largest variant: skip the hypothetical
        // layout when even that bound could not halve the size.
        long lowerBound = Math.max(fields.target().pointerSize(), second);
        // A generic Option-like enum (one variant with data: Option<T>) would only become a
        // pointer to what the user chose to store: no advice. A fixed big variant gets it.
        if ((withData < 2 && def.isGeneric()) || tys.isEmpty() || largestSize <= fields.target().pointerSize() || lowerBound * 2 > layout.size()) {
            return Optional.empty();
        }
        Optional<Ty> boxed = boxes.boxOf(tys.size() == 1 ? tys.get(0) : new Ty.Tuple(tys));
        if (boxed.isEmpty()) {
            return Optional.empty();
        }
        int x = largest;
        List<VariantDef> vs = new ArrayList<>(def.variants());
        VariantDef old = vs.get(x);
        FieldDef first = old.fields().get(0);
        vs.set(x, new VariantDef(old.name(), old.ctor(), List.of(new FieldDef("0", first.declaredTy(), first.span())),
                old.span()));
        Ty boxTy = boxed.get();
        AdtDef hypo = copy(def, def.repr(), vs, new BoxedVariant(def, x, boxTy));
        long newSize = fields.layoutOf(new Ty.Adt(hypo, adt.args())).size();
        if (newSize * 2 > layout.size()) {
            return Optional.empty();
        }
        String name = Fields.variantName(def, x);
        return Optional.of(new Advice(Advice.Kind.BOX_VARIANT, "boxing variant `" + name + "` would shrink the enum from "
                + layout.size() + " to " + Fmt.bytes(newSize), layout.size() - newSize));
    }

    /** (c) An Option-like enum that needs a tag because its payload's niche is already full. */
    Optional<Advice> nicheUsedUp(Ty.Adt adt, Layout layout) {
        if (!(layout.variants() instanceof Variants.Multiple m) || !(m.encoding() instanceof TagEncoding.Direct)) {
            return Optional.empty();
        }
        Ty payload = null;
        for (int i = 0; i < m.variants().size(); i++) {
            for (Ty t : fields.fieldTys(adt, i)) {
                if (!fields.layoutOf(t).isZst()) {
                    if (payload != null) {
                        return Optional.empty();
                    }
                    payload = t;
                }
            }
        }
        if (payload == null) {
            return Optional.empty();
        }
        Layout pl = fields.layoutOf(payload);
        boolean full = pl.largestNiche().isEmpty() || pl.largestNiche().get().available(fields.target()).signum() == 0;
        if (!(pl.variants() instanceof Variants.Multiple pm) || !(pm.encoding() instanceof TagEncoding.Niche) || !full) {
            return Optional.empty();
        }
        String p = fields.printer().apply(payload);
        long extra = layout.size() - pl.size();
        return Optional.of(new Advice(Advice.Kind.NICHE_USED_UP, "a niche is used up by nesting: `" + p
                + "` has no spare value left in its niche, so this enum needs a separate tag ("
                + Fmt.bytes(layout.size()) + " instead of " + pl.size() + ")", extra));
    }

    private long payloadSize(Ty.Adt adt, int variant) {
        long s = 0;
        for (Ty t : fields.fieldTys(adt, variant)) {
            s += fields.layoutOf(t).size();
        }
        return s;
    }

    private boolean alignmentsNonIncreasing(List<Ty> tys) {
        long prev = Long.MAX_VALUE;
        for (Ty t : tys) {
            Layout l = fields.layoutOf(t);
            if (l.align() > prev) {
                return false;
            }
            prev = l.align();
        }
        return true;
    }

    private static boolean isIdentity(List<Integer> order) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i) != i) {
                return false;
            }
        }
        return true;
    }

    private static AdtDef copy(AdtDef def, ReprOptions repr, List<VariantDef> variants, AdtDef.FieldTypes fts) {
        AdtDef d = new AdtDef(def.name(), def.path(), def.kind(), def.params(), repr, variants, def.discriminants(),
                def.validRangeStart(), def.validRangeEnd(), def.langItem(), def.source(), def.span(), fts);
        d.setTailMaybeUnsized(new Original(def));
        return d;
    }

    // Named classes, not lambdas: a lambda's bootstrap costs every cold run.

    /** A hypothetical copy's field types and tail: the original definition's. */
    private static class Original implements AdtDef.FieldTypes, BooleanSupplier {
        final AdtDef def;

        Original(AdtDef def) {
            this.def = def;
        }

        @Override
        public List<Ty> of(AdtDef copy, int variant, List<GenericArg> args) {
            return def.fieldTys(variant, args);
        }

        @Override
        public boolean getAsBoolean() {
            return def.tailMaybeUnsized();
        }
    }

    /** The original's field types, except that one variant holds a single boxed field. */
    private static final class BoxedVariant extends Original {
        private final int variant;
        private final Ty boxTy;

        BoxedVariant(AdtDef def, int variant, Ty boxTy) {
            super(def);
            this.variant = variant;
            this.boxTy = boxTy;
        }

        @Override
        public List<Ty> of(AdtDef copy, int variant, List<GenericArg> args) {
            return variant == this.variant ? List.of(boxTy) : def.fieldTys(variant, args);
        }
    }
}
