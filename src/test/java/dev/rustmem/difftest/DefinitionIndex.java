package dev.rustmem.difftest;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where each item of a generated file is defined: its line with the attribute lines above it. */
final class DefinitionIndex {
    /** An item line, possibly after inline attributes ({@code #[rustc_layout_...] pub struct Nz8(u8);}). */
    private static final Pattern ITEM =
            Pattern.compile("^(?:#\\[[^\\]]*\\] )*(?:pub )?(?:struct|enum|union|type) ([A-Za-z_][A-Za-z0-9_]*)\\b");

    private final Map<String, String> byName;

    private DefinitionIndex(Map<String, String> byName) {
        this.byName = byName;
    }

    static DefinitionIndex of(String source) {
        Map<String, String> byName = new HashMap<>();
        String[] lines = source.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher m = ITEM.matcher(lines[i]);
            if (!m.find()) {
                continue;
            }
            int first = i;
            while (first > 0 && lines[first - 1].startsWith("#[")) {
                first--;
            }
            StringBuilder s = new StringBuilder();
            for (int j = first; j < i; j++) {
                s.append(lines[j]).append('\n');
            }
            s.append(LayoutDiff.truncate(lines[i], 600)).append('\n');
            byName.merge(m.group(1), s.toString(), String::concat);
        }
        return new DefinitionIndex(byName);
    }

    /** The definition text of {@code name}, or "" when the file does not define it. */
    String definition(String name) {
        return byName.getOrDefault(name, "");
    }
}
