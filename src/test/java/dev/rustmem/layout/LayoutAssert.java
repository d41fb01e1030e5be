package dev.rustmem.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.types.Ty;
import java.util.ArrayList;
import java.util.List;

/** Compact assertions on layouts: "size/align", offsets in declaration order, and the niche. */
final class LayoutAssert {
    private final LayoutEngine engine;

    LayoutAssert(TargetDataLayout dl) {
        this.engine = new LayoutEngine(dl);
    }

    Layout of(Ty ty) {
        return engine.layoutOf(ty);
    }

    /** Asserts size and alignment, and the field offsets in declaration order. */
    Layout check(Ty ty, long size, long align, long... offsets) {
        Layout l = engine.layoutOf(ty);
        assertThat(l.size() + "/" + l.align()).as("size/align of %s", ty).isEqualTo(size + "/" + align);
        if (offsets.length > 0) {
            assertThat(offsets(l)).as("offsets of %s", ty).isEqualTo(box(offsets));
        }
        return l;
    }

    /** "@offset prim start..=end" or "none". */
    static String niche(Layout l) {
        return l.largestNiche().map(n -> "@" + n.offset() + " " + prim(n.primitive()) + " " + n.valid())
                .orElse("none");
    }

    static String prim(Primitive p) {
        if (p instanceof Primitive.Int i) {
            return (i.signed() ? "i" : "u") + i.width().bits();
        }
        if (p instanceof Primitive.Float f) {
            return f.fty().spelling();
        }
        return "ptr";
    }

    /** "direct u8 0..=1" or "niche untagged=1 variants=0..=0 start=2 u8 0..=2". */
    static String tag(Layout l) {
        if (!(l.variants() instanceof Variants.Multiple m)) {
            return "single";
        }
        Scalar.Initialized tag = (Scalar.Initialized) m.tag();
        String t = prim(tag.primitive()) + " " + tag.valid();
        if (m.encoding() instanceof TagEncoding.Niche n) {
            return "niche untagged=" + n.untaggedVariant() + " variants=" + n.nicheFirst() + "..=" + n.nicheLast()
                    + " start=" + n.nicheStart() + " " + t;
        }
        return "direct " + t;
    }

    static List<Long> offsets(Layout l) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < l.fields().fieldCount(); i++) {
            out.add(l.fields().offset(i));
        }
        return out;
    }

    /** Offsets of variant {@code v}'s fields. */
    static List<Long> variantOffsets(Layout l, int v) {
        return offsets(((Variants.Multiple) l.variants()).variants().get(v));
    }

    static List<Long> box(long... xs) {
        List<Long> out = new ArrayList<>();
        for (long x : xs) {
            out.add(x);
        }
        return out;
    }
}
