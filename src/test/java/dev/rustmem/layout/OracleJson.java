package dev.rustmem.layout;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a {@link Layout} exactly as {@code layout_dump.py} condenses rustc's
 * {@code #[rustc_layout(debug)]} output, serialised like Python's
 * {@code json.dumps(x, sort_keys=True, separators=(',', ':'))}, so that recorded answers compare
 * as strings: size, align, ABI with valid ranges, fields with memory order, niche, uninhabited,
 * tag, tag encoding and every variant's layout.
 */
public final class OracleJson {
    private OracleJson() {}

    public static String render(Layout l) {
        StringBuilder sb = new StringBuilder();
        write(layout(l), sb);
        return sb.toString();
    }

    private static Map<String, Object> layout(Layout l) {
        Map<String, Object> m = new TreeMap<>();
        m.put("size", l.size());
        m.put("align", l.align());
        m.put("abi", abi(l.repr()));
        m.put("fields", fields(l.fields()));
        m.put("niche", l.largestNiche().map(OracleJson::niche).orElse(null));
        if (l.uninhabited()) {
            m.put("uninhabited", true);
        }
        m.put("variants", variants(l));
        return m;
    }

    private static Object abi(BackendRepr r) {
        Map<String, Object> m = new TreeMap<>();
        if (r instanceof BackendRepr.ScalarRepr s) {
            m.put("Scalar", scalar(s.scalar()));
        } else if (r instanceof BackendRepr.ScalarPair p) {
            m.put("ScalarPair", List.of(scalar(p.first()), scalar(p.second())));
        } else {
            m.put("Memory", Map.of("sized", ((BackendRepr.Memory) r).sized()));
        }
        return m;
    }

    private static Object scalar(Scalar s) {
        Map<String, Object> m = new TreeMap<>();
        m.put("prim", prim(s.primitive()));
        if (s instanceof Scalar.Initialized i) {
            m.put("valid", List.of(i.valid().start(), i.valid().end()));
        } else {
            m.put("union", true);
        }
        return m;
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

    private static Object fields(FieldsShape f) {
        if (f instanceof FieldsShape.Primitive) {
            return "primitive";
        }
        if (f instanceof FieldsShape.Union u) {
            return Map.of("union", (long) u.count());
        }
        if (f instanceof FieldsShape.Array a) {
            Map<String, Object> arr = new TreeMap<>();
            arr.put("stride", a.stride());
            arr.put("count", a.count());
            return Map.of("array", arr);
        }
        FieldsShape.Arbitrary a = (FieldsShape.Arbitrary) f;
        Map<String, Object> m = new TreeMap<>();
        m.put("offsets", new ArrayList<Object>(a.offsets()));
        m.put("in_memory_order", new ArrayList<Object>(a.inMemoryOrder().stream().map(Integer::longValue).toList()));
        return m;
    }

    private static Object niche(Niche n) {
        Map<String, Object> m = new TreeMap<>();
        m.put("offset", n.offset());
        m.put("prim", prim(n.primitive()));
        m.put("valid", List.of(n.valid().start(), n.valid().end()));
        return m;
    }

    private static Object variants(Layout l) {
        Map<String, Object> m = new TreeMap<>();
        if (l.variants() instanceof Variants.Single s) {
            // rustc's Variants::Empty (never type, enums without present variants) is Single here.
            if (l.uninhabited() && l.fields() instanceof FieldsShape.Primitive) {
                m.put("_", "Empty");
            } else {
                m.put("single", (long) s.index());
            }
            return m;
        }
        Variants.Multiple mv = (Variants.Multiple) l.variants();
        m.put("tag", scalar(mv.tag()));
        if (mv.encoding() instanceof TagEncoding.Niche n) {
            Map<String, Object> e = new TreeMap<>();
            e.put("untagged", (long) n.untaggedVariant());
            e.put("niche_variants", List.of((long) n.nicheFirst(), (long) n.nicheLast()));
            e.put("niche_start", n.nicheStart());
            m.put("encoding", e);
        } else {
            m.put("encoding", "direct");
        }
        m.put("tag_field", (long) mv.tagField());
        m.put("variants", mv.variants().stream().map(OracleJson::layout).toList());
        return m;
    }

    @SuppressWarnings("unchecked")
    private static void write(Object o, StringBuilder sb) {
        if (o == null) {
            sb.append("null");
        } else if (o instanceof String s) {
            sb.append('"').append(s).append('"');
        } else if (o instanceof Long || o instanceof BigInteger || o instanceof Boolean) {
            sb.append(o);
        } else if (o instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                sb.append(i == 0 ? "" : ",");
                write(list.get(i), sb);
            }
            sb.append(']');
        } else if (o instanceof Map<?, ?> map) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : new TreeMap<>((Map<String, Object>) map).entrySet()) {
                sb.append(first ? "" : ",").append('"').append(e.getKey()).append("\":");
                write(e.getValue(), sb);
                first = false;
            }
            sb.append('}');
        } else {
            throw new AssertionError(o);
        }
    }
}
