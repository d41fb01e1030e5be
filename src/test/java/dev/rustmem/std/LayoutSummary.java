package dev.rustmem.std;

import dev.rustmem.layout.BackendRepr;
import dev.rustmem.layout.FieldsShape;
import dev.rustmem.layout.Layout;
import dev.rustmem.layout.Niche;
import dev.rustmem.layout.Primitive;
import dev.rustmem.layout.Scalar;
import dev.rustmem.layout.TagEncoding;
import dev.rustmem.layout.TargetDataLayout;
import dev.rustmem.layout.Variants;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One-line summaries of a layout, written the same way from rustmem's {@link Layout} and from
 * rustc's layout_dump.py JSON, so that a failing comparison shows both sides readably: size,
 * alignment, ABI, field offsets and memory order, largest niche, variants and tag encoding
 * (recursively for the variants of multi-variant layouts).
 */
final class LayoutSummary {
    private LayoutSummary() {}

    static String of(Layout l, TargetDataLayout dl) {
        StringBuilder sb = new StringBuilder();
        sb.append("size ").append(l.size()).append(" align ").append(l.align());
        sb.append(" abi ").append(abi(l.repr(), dl));
        sb.append(" fields ").append(fields(l.fields()));
        sb.append(" niche ").append(l.largestNiche().map(n -> niche(n, dl)).orElse("-"));
        if (l.uninhabited()) {
            sb.append(" uninhabited");
        }
        if (l.variants() instanceof Variants.Single s) {
            sb.append(" single ").append(s.index());
        } else if (l.variants() instanceof Variants.Multiple m) {
            sb.append(" tag ").append(scalar(m.tag(), dl)).append(" field ").append(m.tagField());
            if (m.encoding() instanceof TagEncoding.Niche n) {
                sb.append(" niche-encoded untagged ").append(n.untaggedVariant()).append(" variants ")
                        .append(n.nicheFirst()).append("..=").append(n.nicheLast()).append(" start ")
                        .append(n.nicheStart());
            } else {
                sb.append(" direct");
            }
            List<String> vs = new ArrayList<>();
            for (Layout v : m.variants()) {
                vs.add(of(v, dl));
            }
            sb.append(" variants [").append(String.join(" | ", vs)).append("]");
        }
        return sb.toString();
    }

    static String of(Map<String, Object> j) {
        StringBuilder sb = new StringBuilder();
        sb.append("size ").append(j.get("size")).append(" align ").append(j.get("align"));
        sb.append(" abi ").append(abi(StdFacts.object(j.get("abi"))));
        sb.append(" fields ").append(fields(j.get("fields")));
        Object n = j.get("niche");
        sb.append(" niche ").append(n == null ? "-" : niche(StdFacts.object(n)));
        if (Boolean.TRUE.equals(j.get("uninhabited"))) {
            sb.append(" uninhabited");
        }
        Map<String, Object> v = StdFacts.object(j.get("variants"));
        if (v.containsKey("single")) {
            sb.append(" single ").append(v.get("single"));
        } else if ("Empty".equals(v.get("_"))) {
            // rustc 1.95's Variants::Empty (an enum without variants); rustmem records Single(0).
            sb.append(" single 0");
        } else {
            sb.append(" tag ").append(scalar(StdFacts.object(v.get("tag")))).append(" field ").append(v.get("tag_field"));
            Object enc = v.get("encoding");
            if (enc instanceof Map) {
                Map<String, Object> e = StdFacts.object(enc);
                List<?> nv = (List<?>) e.get("niche_variants");
                sb.append(" niche-encoded untagged ").append(e.get("untagged")).append(" variants ").append(nv.get(0))
                        .append("..=").append(nv.get(1)).append(" start ").append(e.get("niche_start"));
            } else {
                sb.append(" direct");
            }
            List<String> vs = new ArrayList<>();
            for (Object o : (List<?>) v.get("variants")) {
                vs.add(of(StdFacts.object(o)));
            }
            sb.append(" variants [").append(String.join(" | ", vs)).append("]");
        }
        return sb.toString();
    }

    private static String abi(BackendRepr r, TargetDataLayout dl) {
        if (r instanceof BackendRepr.ScalarRepr s) {
            return "Scalar(" + scalar(s.scalar(), dl) + ")";
        } else if (r instanceof BackendRepr.ScalarPair p) {
            return "ScalarPair(" + scalar(p.first(), dl) + ", " + scalar(p.second(), dl) + ")";
        } else if (r instanceof BackendRepr.Memory m) {
            return m.sized() ? "Memory" : "Memory(unsized)";
        }
        throw new AssertionError(r);
    }

    private static String abi(Map<String, Object> a) {
        if (a.containsKey("Scalar")) {
            return "Scalar(" + scalar(StdFacts.object(a.get("Scalar"))) + ")";
        } else if (a.containsKey("ScalarPair")) {
            List<?> p = (List<?>) a.get("ScalarPair");
            return "ScalarPair(" + scalar(StdFacts.object(p.get(0))) + ", " + scalar(StdFacts.object(p.get(1))) + ")";
        } else if (a.containsKey("Memory")) {
            return Boolean.TRUE.equals(StdFacts.object(a.get("Memory")).get("sized")) ? "Memory" : "Memory(unsized)";
        }
        return a.toString();
    }

    private static String scalar(Scalar s, TargetDataLayout dl) {
        if (s instanceof Scalar.Initialized i) {
            return prim(i.primitive()) + " " + i.valid().start() + "..=" + i.valid().end();
        }
        return prim(s.primitive()) + " union";
    }

    private static String scalar(Map<String, Object> s) {
        if (Boolean.TRUE.equals(s.get("union"))) {
            return s.get("prim") + " union";
        }
        List<?> v = (List<?>) s.get("valid");
        return s.get("prim") + " " + v.get(0) + ".." + "=" + v.get(1);
    }

    private static String niche(Niche n, TargetDataLayout dl) {
        return "@" + n.offset() + " " + prim(n.primitive()) + " " + n.valid().start() + "..=" + n.valid().end();
    }

    private static String niche(Map<String, Object> n) {
        List<?> v = (List<?>) n.get("valid");
        return "@" + n.get("offset") + " " + n.get("prim") + " " + v.get(0) + "..=" + v.get(1);
    }

    private static String fields(FieldsShape f) {
        if (f instanceof FieldsShape.Arbitrary a) {
            return "offsets " + a.offsets() + " order " + a.inMemoryOrder();
        } else if (f instanceof FieldsShape.Union u) {
            return "union " + u.count();
        } else if (f instanceof FieldsShape.Array a) {
            return "array " + a.stride() + " x " + a.count();
        }
        return "primitive";
    }

    private static String fields(Object f) {
        if ("primitive".equals(f)) {
            return "primitive";
        }
        Map<String, Object> m = StdFacts.object(f);
        if (m.containsKey("offsets")) {
            return "offsets " + m.get("offsets") + " order " + m.get("in_memory_order");
        } else if (m.containsKey("union")) {
            return "union " + m.get("union");
        } else if (m.containsKey("array")) {
            Map<String, Object> a = StdFacts.object(m.get("array"));
            return "array " + a.get("stride") + " x " + a.get("count");
        }
        return m.toString();
    }

    static String prim(Primitive p) {
        if (p instanceof Primitive.Int i) {
            return (i.signed() ? "i" : "u") + (i.width().bytes() * 8);
        } else if (p instanceof Primitive.Float f) {
            return f.fty().toString().toLowerCase(java.util.Locale.ROOT);
        }
        return "ptr";
    }
}
