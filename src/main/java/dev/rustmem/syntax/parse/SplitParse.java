package dev.rustmem.syntax.parse;

import dev.rustmem.diag.Diagnostics;
import dev.rustmem.par.OnThread;
import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.Attribute;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.lex.Lexer;
import dev.rustmem.syntax.lex.TokenBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A large file lexed and parsed in two parts: the lexer hands the tokens before a top-level item
 * boundary to a second thread, which parses them while this thread lexes and parses the rest.
 * Only a file whose two parts both lex and parse without a single diagnostic is taken this way,
 * and then its crate is the one the whole-file parse gives: a top-level item ends at its own
 * {@code ;} or {@code }}, whatever follows it. Anything else ({@link #parse} returns null) is
 * parsed again as a whole, so that diagnostics come exactly as rustc orders them.
 */
final class SplitParse implements Lexer.Handoff, Supplier<SplitParse.Part> {
    /** Smaller files are not worth a thread. */
    static final int MIN_CHARS = 256 * 1024;
    /**
     * The share of the file (in 1/16ths) given to the second thread: this thread lexes the rest
     * before it parses it, so the first part is the larger.
     */
    private static final int FIRST_SIXTEENTHS = 9;

    private final SourceFile file;
    private TokenBuffer firstTokens;
    private OnThread<Part> first;

    private SplitParse(SourceFile file) {
        this.file = file;
    }

    /** The items of one part, and whether it parsed to its end without a diagnostic. */
    record Part(List<Attribute> innerAttrs, List<Item> items, boolean clean) {}

    /** The crate, or null when the file is too small to split or is to be parsed as a whole. */
    static Crate parse(SourceFile file) {
        int n = file.text().length();
        return n < MIN_CHARS ? null : parse(file, (int) ((long) n * FIRST_SIXTEENTHS / 16));
    }

    /**
     * The crate, split at the first top-level item boundary at or after offset {@code splitAt};
     * null when there is none or the file is to be parsed as a whole.
     */
    static Crate parse(SourceFile file, int splitAt) {
        SplitParse split = new SplitParse(file);
        ParseResult<TokenBuffer> rest = Lexer.lexBuffer(file, splitAt, split);
        if (split.first == null) {
            return null;
        }
        boolean lexedClean = rest.diagnostics().isEmpty() && rest.value().delimitersBalanced();
        Part second = lexedClean ? Parser.parsePart(file, rest.value()) : null;
        Part first = split.first.join();
        if (second == null || !first.clean() || !second.clean() || !second.innerAttrs().isEmpty()) {
            return null;
        }
        List<Item> items = new ArrayList<>(first.items().size() + second.items().size());
        items.addAll(first.items());
        items.addAll(second.items());
        return new Crate(file, first.innerAttrs(), items);
    }

    @Override
    public void firstPart(TokenBuffer tokens) {
        firstTokens = tokens;
        first = OnThread.start(this, "rustmem-parse", 0);
    }

    @Override
    public Part get() {
        return Parser.parsePart(file, firstTokens);
    }
}
