package dev.rustmem.syntax.parse;

import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.lex.Lexer;
import dev.rustmem.syntax.lex.TokenBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a large file as two halves on two threads, split at a line near the middle where a
 * top-level item seems to start: the second half is lexed and parsed on a new thread while this
 * thread lexes and parses the first, and the items are concatenated in order.
 *
 * <p>The result is used only when it is certainly the serial one: the first half's lexer stopped
 * exactly at the split (no token or comment runs across it), each half's delimiters balance on
 * their own, and neither half reported anything (no diagnostic, so nothing to order or word
 * differently). Then the split is at depth 0 between two complete items, and every item, which
 * ends with its own {@code ;} or {@code }}, parses as it would serially. Otherwise the caller parses
 * the file serially, so diagnostics are always the serial ones.
 */
final class SplitParse {
    /** Below this many chars a second thread costs more than it saves. */
    static final int MIN_CHARS = 1 << 18;
    /** How far past the middle to look for a split line. */
    private static final int SEARCH = 1 << 16;
    private static final long STACK_BYTES = 16L << 20;
    private static final String[] ITEM_STARTS = {
        "pub ", "pub(", "struct ", "enum ", "union ", "type ", "fn ", "impl", "trait ", "mod ", "use ", "const ",
        "static ", "#[",
    };

    private SplitParse() {}

    /** The crate parsed in two halves, or null when the file should be parsed serially. */
    static Crate tryParse(SourceFile file) {
        String text = file.text();
        if (text.length() < MIN_CHARS) {
            return null;
        }
        int split = splitPoint(text);
        if (split < 0) {
            return null;
        }
        char[] chars = text.toCharArray();
        Half second = new Half(file, chars, split, chars.length);
        Thread worker = new Thread(null, second, "rustmem-parse", STACK_BYTES);
        worker.start();
        Half first = new Half(file, chars, 0, split);
        first.run();
        boolean interrupted = false;
        while (true) {
            try {
                worker.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the worker is short-lived: finish waiting, keep the flag
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (first.crate == null || second.crate == null || !second.crate.attrs().isEmpty()) {
            return null;
        }
        List<Item> items = new ArrayList<>(first.crate.items().size() + second.crate.items().size());
        items.addAll(first.crate.items());
        items.addAll(second.crate.items());
        return new Crate(file, first.crate.attrs(), items);
    }

    /**
     * The start of a line near the middle that begins like a top-level item, right after a line
     * ending with {@code ;} or {@code }}; -1 if there is none. A bad guess is caught by the checks.
     */
    static int splitPoint(String text) {
        int n = text.length();
        int limit = Math.min(n - 1, n / 2 + SEARCH);
        for (int nl = text.indexOf('\n', n / 2); nl >= 0 && nl < limit; nl = text.indexOf('\n', nl + 1)) {
            if (startsItem(text, nl + 1) && endsItem(text, nl)) {
                return nl + 1;
            }
        }
        return -1;
    }

    private static boolean startsItem(String text, int line) {
        for (String s : ITEM_STARTS) {
            if (text.startsWith(s, line)) {
                return true;
            }
        }
        return false;
    }

    /** The line ending at {@code nl} ends with {@code ;} or {@code }} and is not a line comment. */
    private static boolean endsItem(String text, int nl) {
        int i = nl - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i < 0 || (text.charAt(i) != ';' && text.charAt(i) != '}')) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', i) + 1;
        while (lineStart < i && Character.isWhitespace(text.charAt(lineStart))) {
            lineStart++;
        }
        return !text.startsWith("//", lineStart);
    }

    /** Lexes and parses {@code [from, to)}; {@code crate} stays null unless all went cleanly. */
    private static final class Half implements Runnable {
        private final SourceFile file;
        private final char[] chars;
        private final int from;
        private final int to;
        Crate crate;

        Half(SourceFile file, char[] chars, int from, int to) {
            this.file = file;
            this.chars = chars;
            this.from = from;
            this.to = to;
        }

        @Override
        public void run() {
            try {
                ParseResult<TokenBuffer> lexed = Lexer.lexPart(file, chars, from, to);
                TokenBuffer tokens = lexed.value();
                if (!lexed.diagnostics().isEmpty() || !tokens.delimitersBalanced()
                        || tokens.start(tokens.size() - 1) != to) {
                    return;
                }
                Diagnostics diags = new Diagnostics();
                Crate c = Parser.crate(file, tokens, diags);
                if (diags.isEmpty()) {
                    crate = c;
                }
            } catch (RuntimeException | StackOverflowError e) {
                // the serial parse will meet (and report or throw) the same problem
            }
        }
    }
}
