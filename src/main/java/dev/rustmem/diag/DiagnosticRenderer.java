package dev.rustmem.diag;

import dev.rustmem.source.LineIndex;
import dev.rustmem.source.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Renders diagnostics the way rustc does: header, {@code -->} location, numbered snippet lines,
 * carets ({@code ^}) under the primary span and dashes ({@code -}) under secondary spans, then
 * {@code = note:} and {@code = help:} lines.
 */
public final class DiagnosticRenderer {
    private final SourceFile file;

    public DiagnosticRenderer(SourceFile file) {
        this.file = file;
    }

    /** The one-line form used in tests: {@code demo.rs:4:20: error[E0382]: message}. */
    public String located(Diagnostic d) {
        LineIndex li = file.lines();
        int off = d.span().start();
        return file.name() + ":" + li.line(off) + ":" + li.column(off) + ": " + header(d);
    }

    public static String header(Diagnostic d) {
        StringBuilder sb = new StringBuilder(d.level().spelling());
        d.code().ifPresent(c -> sb.append('[').append(c.id()).append(']'));
        return sb.append(": ").append(d.message()).toString();
    }

    public String render(Diagnostic d) {
        LineIndex li = file.lines();
        List<Mark> marks = new ArrayList<>();
        marks.add(mark(d.primary(), '^', li));
        for (Label l : d.secondary()) {
            marks.add(mark(l, '-', li));
        }
        int maxLine = marks.stream().mapToInt(Mark::line).max().orElse(1);
        int w = Integer.toString(maxLine).length();
        String pad = " ".repeat(w);
        StringBuilder sb = new StringBuilder();
        sb.append(header(d)).append('\n');
        int off = d.span().start();
        sb.append(pad).append("--> ").append(file.name()).append(':').append(li.line(off)).append(':')
                .append(li.column(off)).append('\n');
        sb.append(pad).append(" |\n");
        TreeMap<Integer, List<Mark>> byLine = new TreeMap<>();
        for (Mark m : marks) {
            byLine.computeIfAbsent(m.line, k -> new ArrayList<>()).add(m);
        }
        int prev = -1;
        for (var e : byLine.entrySet()) {
            int line = e.getKey();
            if (prev > 0 && line - prev > 2) {
                sb.append("...\n");
            } else if (prev > 0 && line - prev == 2) {
                appendSource(sb, li, prev + 1, w);
            }
            appendSource(sb, li, line, w);
            List<Mark> ms = e.getValue();
            ms.sort(Comparator.comparingInt((Mark m) -> m.col).reversed());
            for (Mark m : ms) {
                sb.append(pad).append(" | ").append(" ".repeat(m.col - 1))
                        .append(String.valueOf(m.ch).repeat(Math.max(1, m.width)));
                if (!m.message.isEmpty()) {
                    sb.append(' ').append(m.message);
                }
                sb.append('\n');
            }
            prev = line;
        }
        if (!d.notes().isEmpty() || d.help().isPresent()) {
            sb.append(pad).append(" |\n");
        }
        for (String n : d.notes()) {
            sb.append(pad).append(" = note: ").append(n).append('\n');
        }
        d.help().ifPresent(h -> sb.append(pad).append(" = help: ").append(h).append('\n'));
        return sb.toString();
    }

    /** All diagnostics in source order, blank-line separated, with rustc's closing summary. */
    public String renderAll(Diagnostics ds) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : ds.sorted()) {
            sb.append(render(d)).append('\n');
        }
        int n = ds.errorCount();
        if (n == 1) {
            sb.append("error: aborting due to 1 previous error\n");
        } else if (n > 1) {
            sb.append("error: aborting due to ").append(n).append(" previous errors\n");
        }
        return sb.toString();
    }

    private void appendSource(StringBuilder sb, LineIndex li, int line, int w) {
        sb.append(String.format("%" + w + "d", line)).append(" | ").append(li.lineText(line)).append('\n');
    }

    private Mark mark(Label l, char ch, LineIndex li) {
        int start = Math.min(l.span().start(), file.text().length());
        int line = li.line(start);
        int col = li.column(start);
        int lineEnd = li.lineStart(line) + li.lineText(line).length();
        int end = Math.min(l.span().end(), lineEnd);
        int width = file.text().codePointCount(start, Math.max(start, end));
        return new Mark(line, col, width, ch, l.message());
    }

    private record Mark(int line, int col, int width, char ch, String message) {}
}
