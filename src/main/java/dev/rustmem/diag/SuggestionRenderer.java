package dev.rustmem.diag;

import dev.rustmem.source.LineIndex;
import dev.rustmem.source.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * A {@code help:} section with the suggested code, as rustc shows it: when the edits touch one
 * line, that line after the edits with {@code +} under inserted text ({@code ~} under replaced
 * text); when they touch several lines, each edited line with {@code ~} in the gutter.
 */
final class SuggestionRenderer {
    private final SourceFile file;
    private final String pad;

    SuggestionRenderer(SourceFile file, String pad) {
        this.file = file;
        this.pad = pad;
    }

    void render(StringBuilder sb, Suggestion s) {
        LineIndex li = file.lines();
        TreeMap<Integer, List<Suggestion.Edit>> byLine = new TreeMap<>();
        for (Suggestion.Edit e : s.edits()) {
            byLine.computeIfAbsent(li.line(Math.min(e.span().start(), file.text().length())), k -> new ArrayList<>())
                    .add(e);
        }
        boolean multi = byLine.size() > 1;
        sb.append("help: ").append(s.message()).append('\n');
        sb.append(pad).append(" |\n");
        for (var entry : byLine.entrySet()) {
            int line = entry.getKey();
            List<Suggestion.Edit> edits = entry.getValue();
            edits.sort(Comparator.comparingInt(e -> e.span().start()));
            StringBuilder text = new StringBuilder();
            StringBuilder marks = new StringBuilder();
            apply(li, line, edits, text, marks);
            String n = Integer.toString(line);
            sb.append(" ".repeat(pad.length() - n.length())).append(n).append(multi ? " ~ " : " | ")
                    .append(text).append('\n');
            if (!multi) {
                sb.append(pad).append(" | ").append(marks.toString().stripTrailing()).append('\n');
            }
        }
        if (multi) {
            sb.append(pad).append(" |\n");
        }
    }

    /** The line with the edits applied, and a row with {@code +}/{@code ~} under what changed. */
    private void apply(LineIndex li, int line, List<Suggestion.Edit> edits, StringBuilder text, StringBuilder marks) {
        int start = li.lineStart(line);
        String src = li.lineText(line);
        int prev = 0;
        for (Suggestion.Edit e : edits) {
            int from = Math.max(prev, Math.min(src.length(), e.span().start() - start));
            int to = Math.max(from, Math.min(src.length(), e.span().end() - start));
            String kept = src.substring(prev, from);
            text.append(DisplayText.of(kept));
            marks.append(" ".repeat(DisplayText.width(kept)));
            text.append(DisplayText.of(e.replacement()));
            char ch = e.span().isEmpty() ? '+' : '~';
            marks.append(String.valueOf(ch).repeat(DisplayText.width(e.replacement())));
            prev = to;
        }
        text.append(DisplayText.of(src.substring(prev)));
    }
}
