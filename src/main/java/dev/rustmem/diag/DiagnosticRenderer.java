package dev.rustmem.diag;

import dev.rustmem.source.LineIndex;
import dev.rustmem.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Renders diagnostics the way rustc does: header, {@code -->} location, numbered snippet lines,
 * carets ({@code ^}) under primary spans and dashes ({@code -}) under secondary spans — all marks of
 * one line on one underline row, the rightmost label inline and the others hung below on
 * {@code |} connectors — then {@code = note:}/{@code = help:} lines and {@code help:} suggestion
 * sections that show the fixed code.
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
        for (Label l : d.secondary()) {
            marks.add(mark(l, '-', li));
        }
        marks.add(mark(d.primary(), '^', li));
        for (Label l : d.otherPrimary()) {
            marks.add(mark(l, '^', li));
        }
        int maxLine = 1; // lines count from 1
        for (Mark m : marks) {
            maxLine = Math.max(maxLine, m.line());
        }
        for (Suggestion s : d.suggestions()) {
            for (Suggestion.Edit e : s.edits()) {
                maxLine = Math.max(maxLine, li.line(Math.min(e.span().start(), file.text().length())));
            }
        }
        String pad = " ".repeat(Integer.toString(maxLine).length());
        StringBuilder sb = new StringBuilder();
        sb.append(header(d)).append('\n');
        int off = d.span().start();
        sb.append(pad).append("--> ").append(file.name()).append(':').append(li.line(off)).append(':')
                .append(li.column(off)).append('\n');
        sb.append(pad).append(" |\n");
        snippet(sb, marks, li, pad);
        if (!d.notes().isEmpty() || d.help().isPresent() || !d.suggestions().isEmpty()) {
            sb.append(pad).append(" |\n");
        }
        for (String n : d.notes()) {
            sb.append(pad).append(" = note: ").append(n).append('\n');
        }
        d.help().ifPresent(h -> sb.append(pad).append(" = help: ").append(h).append('\n'));
        for (Suggestion s : d.suggestions()) {
            new SuggestionRenderer(file, pad).render(sb, s);
        }
        return sb.toString();
    }

    /** All diagnostics in source order, blank-line separated, with rustc's closing summary. */
    public String renderAll(Diagnostics ds) {
        StringBuilder sb = new StringBuilder();
        ErrorSummary summary = new ErrorSummary();
        for (Diagnostic d : ds.sorted()) {
            sb.append(render(d)).append('\n');
            summary.add(d);
        }
        return sb.append(summary.render()).toString();
    }

    private void snippet(StringBuilder sb, List<Mark> marks, LineIndex li, String pad) {
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
                sourceLine(sb, li, prev + 1, pad);
            }
            sourceLine(sb, li, line, pad);
            annotations(sb, e.getValue(), pad);
            prev = line;
        }
    }

    private void sourceLine(StringBuilder sb, LineIndex li, int line, String pad) {
        String n = Integer.toString(line);
        String text = li.lineText(line);
        if (line < li.lineCount() && text.endsWith("\r")) {
            // rustc shows a line that ends in a CR before its newline (CR CR LF in the file, whose
            // CR LF became LF) without that CR; a CR at the end of the file stays.
            text = text.substring(0, text.length() - 1);
        }
        sb.append(" ".repeat(pad.length() - n.length())).append(n).append(" | ").append(DisplayText.of(text))
                .append('\n');
    }

    /**
     * One underline row for every mark of the line (primary marks drawn last, so they win where
     * spans overlap); the rightmost mark's label inline; other labels hung below from right to
     * left, each on its own row, with {@code |} connectors for the ones still pending.
     */
    private static void annotations(StringBuilder sb, List<Mark> ms, String pad) {
        int width = 0;
        Mark rightmost = ms.get(0);
        for (Mark m : ms) {
            width = Math.max(width, m.col - 1 + Math.max(1, m.width));
            if (m.col > rightmost.col || m.col == rightmost.col && m.ch == '^') {
                rightmost = m;
            }
        }
        char[] under = " ".repeat(width).toCharArray();
        for (Mark m : ms) {
            for (int i = 0; i < Math.max(1, m.width); i++) {
                under[m.col - 1 + i] = m.ch;
            }
        }
        String row = new String(under);
        if (!rightmost.message.isEmpty()) {
            row += " " + rightmost.message;
        }
        sb.append(pad).append(" | ").append(row.stripTrailing()).append('\n');
        List<Mark> hung = new ArrayList<>();
        for (Mark m : ms) {
            if (m != rightmost && !m.message.isEmpty()) {
                hung.add(m);
            }
        }
        hung.sort((a, b) -> Integer.compare(a.col, b.col));
        if (hung.isEmpty()) {
            return;
        }
        sb.append(pad).append(" | ").append(connectors(hung, hung.size(), "")).append('\n');
        for (int i = hung.size() - 1; i >= 0; i--) {
            sb.append(pad).append(" | ").append(connectors(hung, i, hung.get(i).message)).append('\n');
        }
    }

    /** {@code |} under the first {@code pending} hung marks, then {@code text} at the next mark's column. */
    private static String connectors(List<Mark> hung, int pending, String text) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < pending; i++) {
            row.append(" ".repeat(hung.get(i).col - 1 - row.length())).append('|');
        }
        if (pending < hung.size()) {
            row.append(" ".repeat(Math.max(0, hung.get(pending).col - 1 - row.length()))).append(text);
        }
        return row.toString().stripTrailing();
    }

    private Mark mark(Label l, char ch, LineIndex li) {
        String text = file.text();
        int start = Math.min(l.span().start(), text.length());
        int line = li.line(start);
        int lineStart = li.lineStart(line);
        int end = Math.min(l.span().end(), lineStart + li.lineText(line).length());
        // Columns of the printed line (a tab is four), not the code points of the source.
        int col = 1 + DisplayText.width(text.substring(lineStart, start));
        int width = DisplayText.width(text.substring(start, Math.max(start, end)));
        return new Mark(line, col, width, ch, l.message());
    }

    private record Mark(int line, int col, int width, char ch, String message) {}
}
