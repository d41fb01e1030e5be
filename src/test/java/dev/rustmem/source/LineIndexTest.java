package dev.rustmem.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineIndexTest {
    @Test
    void linesAndColumnsAreOneBased() {
        LineIndex li = new LineIndex("ab\ncd\n\nef");
        assertThat(li.line(0)).isEqualTo(1);
        assertThat(li.column(0)).isEqualTo(1);
        assertThat(li.line(4)).isEqualTo(2);
        assertThat(li.column(4)).isEqualTo(2);
        assertThat(li.line(6)).isEqualTo(3);
        assertThat(li.line(7)).isEqualTo(4);
        assertThat(li.column(8)).isEqualTo(2);
        assertThat(li.lineCount()).isEqualTo(4);
        assertThat(li.lineText(2)).isEqualTo("cd");
        assertThat(li.lineText(3)).isEmpty();
    }

    @Test
    void columnsCountCodePointsNotUtf16Units() {
        // The crab is two UTF-16 units but one column, as rustc counts.
        String text = "let c = '\uD83E\uDD80'; x";
        LineIndex li = new LineIndex(text);
        assertThat(li.column(text.indexOf('x'))).isEqualTo(14);
    }

    @Test
    void crlfIsNormalisedOnLoad() {
        SourceFile f = new SourceFile("a.rs", "a\r\nb");
        assertThat(f.text()).isEqualTo("a\nb");
        assertThat(f.lines().line(2)).isEqualTo(2);
    }
}
