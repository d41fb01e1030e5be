package dev.rustmem.std;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recorded rustc facts: {@code facts-x86_64.txt} ("### TYPE", "layout JSON", then rustc's
 * print-type-size blocks) and {@code model-TARGET.txt} ("TYPE<TAB>JSON" lines).
 */
final class StdFacts {
    /** One std type as written in types.txt, its layout summary and rustc's blocks by type name. */
    record Fact(String type, Map<String, Object> layout, Map<String, String> blocks) {}

    private StdFacts() {}

    static final String PREFIX = "print-type-size ";

    static List<Fact> x86_64() {
        List<Fact> out = new ArrayList<>();
        String type = null;
        Map<String, Object> layout = null;
        StringBuilder pts = new StringBuilder();
        for (String line : read("facts-x86_64.txt").split("\n")) {
            if (line.startsWith("### ")) {
                if (type != null) {
                    out.add(new Fact(type, layout, blocks(pts.toString())));
                }
                type = line.substring(4).trim();
                layout = null;
                pts.setLength(0);
            } else if (line.startsWith("layout ")) {
                layout = object(MiniJson.parse(line.substring(7)));
            } else if (line.startsWith(PREFIX)) {
                pts.append(line).append('\n');
            }
        }
        if (type != null) {
            out.add(new Fact(type, layout, blocks(pts.toString())));
        }
        return out;
    }

    /** Layouts of the std model on another target: type text to layout summary. */
    static Map<String, Map<String, Object>> model(String triple) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (String line : read("model-" + triple + ".txt").split("\n")) {
            int tab = line.indexOf('\t');
            if (line.startsWith("#") || tab < 0) {
                continue;
            }
            out.put(line.substring(0, tab), object(MiniJson.parse(line.substring(tab + 1))));
        }
        return out;
    }

    /** Print-type-size output split into blocks (header line plus indented lines), by type name. */
    static Map<String, String> blocks(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder block = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.startsWith(PREFIX)) {
                continue;
            }
            String body = line.substring(PREFIX.length());
            if (body.startsWith("type: `")) {
                if (name != null) {
                    out.putIfAbsent(name, block.toString());
                }
                name = body.substring(7, body.indexOf("`: "));
                block.setLength(0);
            }
            block.append(line).append('\n');
        }
        if (name != null) {
            out.putIfAbsent(name, block.toString());
        }
        return out;
    }

    static String read(String name) {
        try (InputStream in = StdFacts.class.getResourceAsStream("/std/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /std/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object o) {
        return (Map<String, Object>) o;
    }
}
