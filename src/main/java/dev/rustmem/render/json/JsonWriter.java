package dev.rustmem.render.json;

/**
 * A minimal streaming JSON writer (no dependency, for startup time): two-space indentation,
 * keys in the order written, {@code \n} line endings, strings escaped per RFC 8259. Objects
 * opened with {@link #beginInlineObject} (and everything inside them) are written on one line,
 * which keeps table-like data (rows) readable.
 */
public final class JsonWriter {
    private final StringBuilder sb = new StringBuilder();
    private int depth;
    /** Depth at which the current inline object started, or -1 when not inside one. */
    private int inlineFrom = -1;
    private boolean first = true;
    private boolean afterKey;

    public JsonWriter beginObject() {
        value();
        sb.append('{');
        return open();
    }

    /** An object written on a single line: {@code {"a": 1, "b": "x"}}. */
    public JsonWriter beginInlineObject() {
        value();
        sb.append('{');
        if (inlineFrom < 0) {
            inlineFrom = depth + 1;
        }
        return open();
    }

    public JsonWriter endObject() {
        return close('}');
    }

    public JsonWriter beginArray() {
        value();
        sb.append('[');
        return open();
    }

    public JsonWriter endArray() {
        return close(']');
    }

    public JsonWriter name(String key) {
        separator();
        string(key);
        sb.append(": ");
        afterKey = true;
        return this;
    }

    public JsonWriter value(String s) {
        value();
        string(s);
        return this;
    }

    public JsonWriter value(long n) {
        value();
        sb.append(n);
        return this;
    }

    public JsonWriter value(boolean b) {
        value();
        sb.append(b);
        return this;
    }

    public JsonWriter nullValue() {
        value();
        sb.append("null");
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    private JsonWriter open() {
        depth++;
        first = true;
        return this;
    }

    private JsonWriter close(char c) {
        if (!first && inlineFrom < 0) {
            depth--;
            newline();
        } else {
            depth--;
        }
        sb.append(c);
        if (inlineFrom > depth) {
            inlineFrom = -1;
        }
        first = false;
        return this;
    }

    private void value() {
        if (afterKey) {
            afterKey = false;
            return;
        }
        separator();
    }

    private void separator() {
        if (depth == 0) {
            return;
        }
        if (!first) {
            sb.append(',');
        }
        if (inlineFrom >= 0) {
            if (!first) {
                sb.append(' ');
            }
        } else {
            newline();
        }
        first = false;
    }

    private void newline() {
        sb.append('\n');
        sb.append("  ".repeat(depth));
    }

    private void string(String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
