package dev.rustmem.syntax.expand;

import dev.rustmem.syntax.ast.BuiltinArgs.Align;
import dev.rustmem.syntax.ast.BuiltinArgs.Sign;
import java.util.Optional;
import java.util.Set;

/**
 * Decodes the text after the colon of a placeholder,
 * {@code [[fill]align][sign]['#']['0'][width]['.' precision]type} (std::fmt's grammar), leaving
 * argument references ({@code 1$}, {@code name$}, {@code *}) for {@link FormatArgsBuilder} to
 * resolve.
 */
final class FormatSpecParser {
    /** A width or precision before argument resolution: a number, a reference, or {@code *}. */
    record RawCount(Optional<Integer> literal, Optional<String> argument, boolean star) {}

    record RawSpec(char fill, Align align, Sign sign, boolean alternate, boolean zeroPad,
            Optional<RawCount> width, Optional<RawCount> precision, String type) {}

    /**
     * The types a spec may end with: none, {@code ?}, {@code x?}, {@code X?} and the one-letter
     * traits (a set, not a regex, which every cold run would compile).
     */
    private static final Set<String> TYPES = Set.of("", "?", "x?", "X?", "x", "X", "o", "b", "e", "E", "p");

    private final String s;
    private int i;

    private FormatSpecParser(String s) {
        this.s = s;
    }

    /** Empty when the spec is malformed (the message then names the offending char position). */
    static Optional<RawSpec> parse(String spec) {
        return new FormatSpecParser(spec).spec();
    }

    private Optional<RawSpec> spec() {
        char fill = ' ';
        Align align = Align.UNKNOWN;
        if (s.length() >= 2 && alignOf(s.charAt(1)) != Align.UNKNOWN) {
            fill = s.charAt(0);
            align = alignOf(s.charAt(1));
            i = 2;
        } else if (!s.isEmpty() && alignOf(s.charAt(0)) != Align.UNKNOWN) {
            align = alignOf(s.charAt(0));
            i = 1;
        }
        Sign sign = Sign.NONE;
        if (eat('+')) {
            sign = Sign.PLUS;
        } else if (eat('-')) {
            sign = Sign.MINUS;
        }
        boolean alternate = eat('#');
        boolean zero = false;
        if (i < s.length() && s.charAt(i) == '0' && !(i + 1 < s.length() && s.charAt(i + 1) == '$')) {
            zero = true;
            i++;
        }
        Optional<RawCount> width = count(false);
        Optional<RawCount> precision = Optional.empty();
        if (eat('.')) {
            precision = count(true);
            if (precision.isEmpty()) {
                return Optional.empty();
            }
        }
        String type = s.substring(i);
        if (!TYPES.contains(type)) {
            return Optional.empty();
        }
        return Optional.of(new RawSpec(fill, align, sign, alternate, zero, width, precision, type));
    }

    private Optional<RawCount> count(boolean precision) {
        if (precision && eat('*')) {
            return Optional.of(new RawCount(Optional.empty(), Optional.empty(), true));
        }
        int start = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            i++;
        }
        String word = s.substring(start, i);
        if (eat('$') && !word.isEmpty()) {
            return Optional.of(new RawCount(Optional.empty(), Optional.of(word), false));
        }
        if (!word.isEmpty() && allDigits(word)) {
            return Optional.of(new RawCount(Optional.of(Integer.parseInt(word)), Optional.empty(), false));
        }
        i = start; // not a count: the word is the type (e.g. `x?`)
        return Optional.empty();
    }

    private boolean eat(char c) {
        if (i < s.length() && s.charAt(i) == c) {
            i++;
            return true;
        }
        return false;
    }

    private static Align alignOf(char c) {
        return switch (c) {
            case '<' -> Align.LEFT;
            case '^' -> Align.CENTER;
            case '>' -> Align.RIGHT;
            default -> Align.UNKNOWN;
        };
    }

    /** Whether every char is a digit (true for the empty string). */
    static boolean allDigits(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
