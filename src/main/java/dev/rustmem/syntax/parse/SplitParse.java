package dev.rustmem.syntax.parse;

import dev.rustmem.par.OnThread;
import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.Attribute;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.lex.Lexer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A large file lexed and parsed in two parts at once: a second thread lexes and parses the text
 * before a line that starts a top-level item, while this thread lexes and parses the rest. Only a
 * file whose two parts both lex and parse without a single diagnostic, the first ending with an
 * item's {@code ;} or {@code }} outside all delimiters, is taken this way, and then its crate is
 * the one the whole-file parse gives: the lexer starts afresh after whitespace, and a top-level
 * item ends at its own {@code ;} or {@code }}, whatever follows it. Anything else ({@link #parse}
 * returns null) is parsed again as a whole, so that diagnostics come exactly as rustc orders them.
 */
final class SplitParse implements Supplier<SplitParse.Part> {
    /** Smaller files are not worth a thread. */
    static final int MIN_CHARS = 256 * 1024;
    /** Words that start a top-level item at the start of a line, where the file is split. */
    private static final String[] ITEM_STARTS = {"pub ", "pub(", "struct ", "enum ", "union ", "type ", "fn ",
        "impl", "trait ", "mod ", "use ", "const ", "static ", "#["};

    private final SourceFile file;
    private final char[] chars;
    private final int at;

    private SplitParse(SourceFile file, char[] chars, int at) {
        this.file = file;
        this.chars = chars;
        this.at = at;
    }

    /** The items of one part, and whether it lexed and parsed to its end without a diagnostic. */
    record Part(List<Attribute> innerAttrs, List<Item> items, boolean clean) {}

    private static final Part NOT_CLEAN = new Part(List.of(), List.of(), false);

    /** The crate, or null when the file is too small to split or is to be parsed as a whole. */
    static Crate parse(SourceFile file) {
        int n = file.text().length();
        return n < MIN_CHARS ? null : parse(file, n / 2);
    }

    /**
     * The crate, split at the first line at or after offset {@code from} that starts with an item
     * keyword or attribute; null when there is none or the file is to be parsed as a whole.
     */
    static Crate parse(SourceFile file, int from) {
        String text = file.text();
        int at = splitPoint(text, from);
        if (at < 0) {
            return null;
        }
        char[] chars = file.chars();
        OnThread<Part> before = OnThread.start(new SplitParse(file, chars, at), "rustmem-parse", 0);
        Part rest = lexAndParse(file, chars, at, chars.length);
        Part first = before.join();
        if (!first.clean() || !rest.clean() || !rest.innerAttrs().isEmpty()) {
            return null;
        }
        List<Item> items = new ArrayList<>(first.items().size() + rest.items().size());
        items.addAll(first.items());
        items.addAll(rest.items());
        return new Crate(file, first.innerAttrs(), items);
    }

    /** The first line start at or after {@code from} (not the file's start) that begins with an item start, or -1. */
    static int splitPoint(String text, int from) {
        int i = text.indexOf('\n', Math.max(0, from - 1));
        while (i >= 0 && i + 1 < text.length()) {
            for (String w : ITEM_STARTS) {
                if (text.startsWith(w, i + 1)) {
                    return i + 1;
                }
            }
            i = text.indexOf('\n', i + 1);
        }
        return -1;
    }

    private static Part lexAndParse(SourceFile file, char[] chars, int from, int to) {
        Lexer.Part lexed = Lexer.lexPart(file, chars, from, to);
        return lexed.clean() ? Parser.parsePart(file, lexed.tokens()) : NOT_CLEAN;
    }

    /** The first part, on the second thread. */
    @Override
    public Part get() {
        return lexAndParse(file, chars, 0, at);
    }
}
