package dev.rustmem.render.json;

import dev.rustmem.render.view.Advice;
import dev.rustmem.render.view.LayoutReport;
import dev.rustmem.render.view.NicheView;
import dev.rustmem.render.view.Row;
import dev.rustmem.render.view.TagView;
import dev.rustmem.render.view.TypeView;
import dev.rustmem.render.view.VariantView;
import java.util.List;

/**
 * {@code rustmem layout --format json}: the same facts as the table, in the schema documented in
 * {@code docs/layout-json.md}. Keys are always written in the same order; 128-bit quantities
 * (tag values, valid ranges, spare counts) are decimal strings so no JSON reader loses precision.
 */
public final class JsonRenderer {
    public String render(LayoutReport report) {
        JsonWriter w = new JsonWriter();
        w.beginObject();
        w.name("target").value(report.target());
        w.name("types").beginArray();
        for (TypeView t : report.types()) {
            type(w, t);
        }
        w.endArray();
        w.endObject();
        return w + "\n";
    }

    private static void type(JsonWriter w, TypeView t) {
        w.beginObject();
        w.name("header").value(t.header());
        w.name("name").value(t.name());
        w.name("kind").value(t.kind().id());
        w.name("sized").value(t.sized());
        w.name("uninhabited").value(t.uninhabited());
        w.name("size").value(t.size());
        w.name("align").value(t.align());
        w.name("packed").value(t.packed());
        w.name("rows");
        rows(w, t.rows());
        w.name("tag");
        if (t.tag().isPresent()) {
            tag(w, t.tag().get());
        } else {
            w.nullValue();
        }
        w.name("variants").beginArray();
        if (t.tag().isPresent()) {
            for (VariantView v : t.variants()) {
                w.beginObject();
                w.name("name").value(v.name());
                w.name("index").value(v.index());
                w.name("uninhabited").value(v.uninhabited());
                w.name("rows");
                rows(w, v.rows());
                w.endObject();
            }
        }
        w.endArray();
        w.name("niche");
        if (t.niche().isPresent()) {
            niche(w, t.niche().get());
        } else {
            w.nullValue();
        }
        w.name("data_bytes").value(t.dataBytes());
        w.name("padding_bytes").value(t.paddingBytes());
        w.name("advice").beginArray();
        for (Advice a : t.advice()) {
            w.beginObject();
            w.name("kind").value(a.kind().id());
            w.name("message").value(a.message());
            w.name("saved_bytes").value(a.savedBytes());
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }

    private static void rows(JsonWriter w, List<Row> rows) {
        w.beginArray();
        for (Row r : rows) {
            w.beginInlineObject();
            if (r instanceof Row.Field f) {
                w.name("kind").value("field");
                w.name("offset").value(f.offset());
                w.name("size").value(f.size());
                w.name("align").value(f.align());
                w.name("name").value(f.name());
                w.name("type").value(f.type());
                w.name("unsized").value(f.unsized());
            } else if (r instanceof Row.Tag t) {
                w.name("kind").value("tag");
                w.name("offset").value(t.offset());
                w.name("size").value(t.size());
                w.name("int_type").value(t.intType());
                w.name("value");
                if (t.value().isPresent()) {
                    w.value(t.value().get().toString());
                } else {
                    w.nullValue();
                }
            } else if (r instanceof Row.Padding) {
                w.name("kind").value("padding");
                w.name("offset").value(r.offset());
                w.name("size").value(r.size());
            } else {
                throw new AssertionError(r);
            }
            w.endObject();
        }
        w.endArray();
    }

    private static void tag(JsonWriter w, TagView tag) {
        w.beginObject();
        w.name("encoding").value(tag.direct() ? "direct" : "niche");
        w.name("offset").value(tag.offset());
        w.name("size").value(tag.size());
        w.name("int_type").value(tag.intType());
        w.name("untagged_variant");
        if (tag.untagged().isPresent()) {
            w.value(tag.untagged().get());
        } else {
            w.nullValue();
        }
        w.name("values").beginArray();
        for (TagView.VariantValue v : tag.values()) {
            w.beginInlineObject();
            w.name("variant").value(v.variant());
            w.name("value");
            if (v.value().isPresent()) {
                w.value(v.value().get().toString());
            } else {
                w.nullValue();
            }
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }

    private static void niche(JsonWriter w, NicheView n) {
        w.beginObject();
        w.name("offset").value(n.offset());
        w.name("size").value(n.size());
        w.name("primitive").value(n.primitive());
        w.name("holder").value(n.holder());
        w.name("valid_start").value(n.validStart().toString());
        w.name("valid_end").value(n.validEnd().toString());
        w.name("spare").value(n.spare().toString());
        w.endObject();
    }
}
