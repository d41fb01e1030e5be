package dev.rustmem.render.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
    @Test
    void writesNestedValuesWithStableLayout() {
        JsonWriter w = new JsonWriter();
        w.beginObject().name("a").value(1).name("b").beginArray().value("x").value(true).nullValue().endArray()
                .name("c").beginObject().endObject().name("d").beginArray().endArray().endObject();
        assertThat(w.toString()).isEqualTo("""
                {
                  "a": 1,
                  "b": [
                    "x",
                    true,
                    null
                  ],
                  "c": {},
                  "d": []
                }""");
    }

    @Test
    void inlineObjectsStayOnOneLine() {
        JsonWriter w = new JsonWriter();
        w.beginObject().name("rows").beginArray()
                .beginInlineObject().name("a").value(1).name("b").beginArray().value(2).value(3).endArray().endObject()
                .beginInlineObject().endObject()
                .endArray().name("z").value(false).endObject();
        assertThat(w.toString()).isEqualTo("""
                {
                  "rows": [
                    {"a": 1, "b": [2, 3]},
                    {}
                  ],
                  "z": false
                }""");
        assertThat(MiniJson.parse(w.toString())).isInstanceOf(Map.class);
    }

    @Test
    void escapesStringsSoTheyParseBack() {
        String nasty = "quote\" backslash\\ newline\n tab\t bell\u0007 unicode é `&'static str`";
        JsonWriter w = new JsonWriter();
        w.beginObject().name(nasty).value(nasty).endObject();
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) MiniJson.parse(w.toString());
        assertThat(m).containsExactly(Map.entry(nasty, nasty));
    }

    @Test
    void miniJsonRejectsMalformedInput() {
        for (String bad : List.of("{\"a\":1,}", "[1,]", "{\"a\":1,\"a\":2}", "01", "\"\u0001\"", "{} x", "[")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> MiniJson.parse(bad))
                    .as(bad).isInstanceOf(RuntimeException.class);
        }
        assertThat(MiniJson.parse("[-1.5e3]")).isEqualTo(List.of(new BigDecimal("-1.5e3")));
    }
}
