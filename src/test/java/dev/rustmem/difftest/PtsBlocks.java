package dev.rustmem.difftest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code -Zprint-type-sizes} output split into one block per type: the {@code type: `NAME`: ...}
 * header line and the indented lines after it, verbatim. Lines that belong to no block (rustc
 * warnings, blank lines) are ignored. When a name occurs twice the first block is kept and the
 * name is listed in {@link #duplicates()}.
 */
record PtsBlocks(Map<String, String> blocks, List<String> order, List<String> duplicates) {
    static final String PREFIX = "print-type-size ";
    private static final String HEADER = "type: `";

    static PtsBlocks parse(String text) {
        Map<String, String> blocks = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        String name = null;
        StringBuilder block = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String body = line.startsWith(PREFIX) ? line.substring(PREFIX.length()) : line;
            if (body.startsWith(HEADER)) {
                flush(name, block, blocks, order, duplicates);
                int end = body.indexOf("`: ", HEADER.length());
                name = end < 0 ? body.substring(HEADER.length()) : body.substring(HEADER.length(), end);
                block.setLength(0);
                block.append(line).append('\n');
            } else if (name != null && body.startsWith(" ")) {
                block.append(line).append('\n');
            } else {
                flush(name, block, blocks, order, duplicates);
                name = null;
            }
        }
        flush(name, block, blocks, order, duplicates);
        return new PtsBlocks(Collections.unmodifiableMap(blocks), List.copyOf(order), List.copyOf(duplicates));
    }

    private static void flush(String name, StringBuilder block, Map<String, String> blocks, List<String> order,
                              List<String> duplicates) {
        if (name == null) {
            return;
        }
        if (blocks.putIfAbsent(name, block.toString()) == null) {
            order.add(name);
        } else {
            duplicates.add(name);
        }
        block.setLength(0);
    }

    boolean has(String name) {
        return blocks.containsKey(name);
    }

    String block(String name) {
        return blocks.get(name);
    }
}
