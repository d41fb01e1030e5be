package dev.rustmem.syntax.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.lex.Lexer;
import dev.rustmem.syntax.lex.Token;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Seeded random mutations and truncations of valid programs: lexing and parsing must always end
 * with a result (no exception, no hang). A failure names the seed that reproduces it.
 */
class RobustnessTest {
    private static final String[] SNIPPETS = {"{", "}", "(", ")", "[", "]", "<", ">", ">>", "::", ";", ",", "|", "||",
        "&&", "'a", "'", "\"", "r#\"", "/*", "//", "#[", "#![", "fn", "let", "if", "match", "=>", "..", "..=", "as",
        "impl", "struct", "enum", "where", "!", "?", ".", "0.1", "1e", "dyn", "&", "*", "-", "=", "$", "\\", "🦀", "\u0000",
        "union", "macro_rules!", "move", "async", "unsafe", "extern \"C\"", "else", "loop", "'l:", "x.0.1", "b'", "c\""};

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void randomMutationsNeverThrowOrHang() throws Exception {
        List<String> programs = new ArrayList<>();
        for (Path p : CorpusParseTest.corpus()) {
            programs.add(Files.readString(p));
        }
        programs.add(Files.readString(Path.of("src/test/resources/syntax/items.rs")));
        programs.add(Files.readString(Path.of("src/test/resources/syntax/exprs.rs")));
        int clean = 0;
        for (long seed = 1; seed <= 3000; seed++) {
            Random rnd = new Random(seed);
            String base = programs.get(rnd.nextInt(programs.size()));
            String mutated = seed % 2 == 0 ? mutate(base, rnd) : mutateBalanced(base, rnd);
            try {
                SourceFile f = new SourceFile("fuzz.rs", mutated);
                ParseResult<?> r = Parser.parseCrate(f);
                assertThat(r.value()).isNotNull();
                if (r.ok()) {
                    clean++;
                }
                fragments(f);
            } catch (Throwable t) {
                throw new AssertionError("seed " + seed + " failed on:\n" + mutated, t);
            }
        }
        // sanity: the mutations are neither all fatal nor all harmless
        assertThat(clean).isBetween(100, 2900);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void randomBytesAndDeepNesting() {
        for (long seed = 1; seed <= 300; seed++) {
            Random rnd = new Random(seed);
            StringBuilder sb = new StringBuilder();
            int n = rnd.nextInt(400);
            for (int i = 0; i < n; i++) {
                sb.append((char) (rnd.nextBoolean() ? 32 + rnd.nextInt(95) : rnd.nextInt(0x3000)));
            }
            try {
                Parser.parseCrate(new SourceFile("bytes.rs", sb.toString()));
            } catch (Throwable t) {
                throw new AssertionError("seed " + seed + " failed", t);
            }
        }
        String deep = "fn f() { " + "(".repeat(5000) + "1" + ")".repeat(5000) + "; let x: " + "&".repeat(3000) + "u8; }";
        ParseResult<?> r = Parser.parseCrate(new SourceFile("deep.rs", deep));
        assertThat(r.diagnostics().all()).extracting(d -> d.message()).contains("recursion limit reached while parsing");
        String deepType = "Vec<".repeat(3000) + "u8" + ">".repeat(3000);
        assertThat(Parser.parseTypeText(new SourceFile("t.rs", deepType)).ok()).isFalse();
    }

    /** Every fragment entry point on a prefix of the tokens, without EOF. */
    private static void fragments(SourceFile f) {
        List<Token> toks = Lexer.lex(f).value();
        List<Token> noEof = toks.subList(0, Math.min(toks.size() - 1, 40));
        new Parser(f, noEof).parseItemsToEnd();
        new Parser(f, noEof).parseStmtsToEnd();
        new Parser(f, noEof).parseExpr();
        new Parser(f, noEof).parseType();
        new Parser(f, noEof).parsePat();
        new Parser(f, noEof).parseMeta();
        Parser.flatten(Parser.toTokenTrees(noEof, new dev.rustmem.diag.Diagnostics()));
    }

    /** Keeps delimiters balanced so that the parser proper (not only the delimiter check) sees the input. */
    private static String mutateBalanced(String base, Random rnd) {
        StringBuilder sb = new StringBuilder(base);
        int edits = 1 + rnd.nextInt(4);
        for (int i = 0; i < edits && sb.length() > 0; i++) {
            int at = rnd.nextInt(sb.length());
            String snippet = SNIPPETS[rnd.nextInt(SNIPPETS.length)];
            if (rnd.nextBoolean() && snippet.chars().noneMatch(ch -> "()[]{}\"'/#\\".indexOf(ch) >= 0)) {
                sb.insert(at, " " + snippet + " ");
            } else {
                int end = Math.min(sb.length(), at + 1 + rnd.nextInt(6));
                if (sb.substring(at, end).chars().noneMatch(ch -> "()[]{}\"'/".indexOf(ch) >= 0)) {
                    sb.delete(at, end);
                }
            }
        }
        return sb.toString();
    }

    private static String mutate(String base, Random rnd) {
        StringBuilder sb = new StringBuilder(base);
        int edits = 1 + rnd.nextInt(6);
        for (int i = 0; i < edits && sb.length() > 0; i++) {
            int at = rnd.nextInt(sb.length());
            switch (rnd.nextInt(4)) {
                case 0 -> sb.insert(at, SNIPPETS[rnd.nextInt(SNIPPETS.length)]);
                case 1 -> sb.delete(at, Math.min(sb.length(), at + 1 + rnd.nextInt(8)));
                case 2 -> sb.setLength(at); // truncation
                default -> sb.setCharAt(at, (char) (33 + rnd.nextInt(94)));
            }
        }
        return sb.toString();
    }
}
