package dev.rustmem.syntax.lex;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Literal;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Decodes a literal token into its value (rustc_ast::util::literal): escapes resolved,
 * underscores removed, the suffix split off and checked. Errors become diagnostics and a
 * best-effort value is still returned.
 */
public final class LiteralDecoder {
    static final Set<String> INT_SUFFIXES = Set.of("u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32",
            "i64", "i128", "isize");
    static final Set<String> FLOAT_SUFFIXES = Set.of("f32", "f64", "f16", "f128");

    private LiteralDecoder() {}

    public static Literal decode(Token t, Diagnostics diags) {
        return decode(t.kind(), t.text(), t.span(), diags);
    }

    /** As {@link #decode(Token, Diagnostics)} for a token given by its parts. */
    public static Literal decode(TokenKind kind, String s, Span span, Diagnostics diags) {
        return switch (kind) {
            case KW_TRUE -> new Literal.Bool(true);
            case KW_FALSE -> new Literal.Bool(false);
            case INT_LIT -> integer(s, span, diags);
            case FLOAT_LIT -> floating(s, span, diags);
            case STR_LIT -> new Literal.Str(escaped(body(s, 1, '"', span, diags), Escapes.Mode.STR, span, diags), false);
            case RAW_STR_LIT -> new Literal.Str(rawBody(s, 1, span, diags), true);
            case BYTE_STR_LIT -> new Literal.ByteStr(bytes(escaped(body(s, 2, '"', span, diags), Escapes.Mode.BYTE_STR,
                    span, diags)), false);
            case RAW_BYTE_STR_LIT -> new Literal.ByteStr(rawBytes(rawBody(s, 2, span, diags), span, diags), true);
            case C_STR_LIT -> new Literal.CStr(utf8(escaped(body(s, 2, '"', span, diags), Escapes.Mode.C_STR, span,
                    diags)), false);
            case RAW_C_STR_LIT -> new Literal.CStr(utf8(rawBody(s, 2, span, diags)), true);
            case CHAR_LIT -> new Literal.Char(single(escaped(body(s, 1, '\'', span, diags), Escapes.Mode.CHAR, span,
                    diags), span, diags));
            case BYTE_LIT -> new Literal.Byte(single(escaped(body(s, 2, '\'', span, diags), Escapes.Mode.BYTE, span,
                    diags), span, diags));
            default -> throw new IllegalArgumentException("not a literal: " + kind + "(" + s + ")");
        };
    }

    /** The text between the opening quote (at {@code open - 1}) and the last quote; a suffix is an error. */
    private static String body(String s, int open, char quote, Span span, Diagnostics diags) {
        int close = s.lastIndexOf(quote);
        if (close < open) {
            return s.substring(Math.min(open, s.length())); // unterminated: already reported by the lexer
        }
        noSuffix(s.substring(close + 1), span, diags);
        return s.substring(open, close);
    }

    private static String rawBody(String s, int hashesAt, Span span, Diagnostics diags) {
        int n = 0;
        while (hashesAt + n < s.length() && s.charAt(hashesAt + n) == '#') {
            n++;
        }
        int open = hashesAt + n + 1;
        int close = s.lastIndexOf('"' + "#".repeat(n));
        if (close < open) {
            return s.substring(Math.min(open, s.length()));
        }
        noSuffix(s.substring(close + 1 + n), span, diags);
        String text = s.substring(open, close);
        if (text.indexOf('\r') >= 0) {
            diags.add(Diagnostic.error("bare CR not allowed in raw string", span, ""));
        }
        return text;
    }

    private static void noSuffix(String suffix, Span span, Diagnostics diags) {
        if (!suffix.isEmpty()) {
            diags.add(Diagnostic.error("suffixes on string literals are invalid", span,
                    "invalid suffix `" + suffix + "`"));
        }
    }

    private static String escaped(String body, Escapes.Mode mode, Span span, Diagnostics diags) {
        int open = mode == Escapes.Mode.STR || mode == Escapes.Mode.CHAR ? 1 : 2;
        return Escapes.unescape(body, mode, span.start() + open, diags);
    }

    private static int single(String value, Span span, Diagnostics diags) {
        if (value.isEmpty()) {
            return 0;
        }
        if (value.codePointCount(0, value.length()) != 1) {
            diags.add(Diagnostic.error("character literal may only contain one codepoint", span, ""));
        }
        return value.codePointAt(0);
    }

    /** Byte-string escapes produce chars 0..255; each is one byte. */
    private static byte[] bytes(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < s.length(); i++) {
            b[i] = (byte) s.charAt(i);
        }
        return b;
    }

    private static byte[] rawBytes(String s, Span span, Diagnostics diags) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                diags.add(Diagnostic.error("non-ASCII character in raw byte string literal", span,
                        "must be ASCII"));
                break;
            }
        }
        return bytes(s);
    }

    /** C strings keep {@code \xNN} as raw bytes (chars tagged by {@link Escapes#RAW_BYTE}), the rest UTF-8. */
    private static byte[] utf8(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (c >= Escapes.RAW_BYTE && c <= Escapes.RAW_BYTE + 0xFF) {
                out.write(c - Escapes.RAW_BYTE);
            } else {
                byte[] b = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
            i += Character.charCount(c);
        }
        return out.toByteArray();
    }

    private static Literal integer(String s, Span span, Diagnostics diags) {
        if (s.length() <= 18 && isPlainDecimal(s)) {
            // the common case (array lengths, discriminants): digits only, fits a long
            return new Literal.Int(BigInteger.valueOf(Long.parseLong(s)), Optional.empty());
        }
        int radix = 10;
        int i = 0;
        if (s.startsWith("0x")) {
            radix = 16;
            i = 2;
        } else if (s.startsWith("0o")) {
            radix = 8;
            i = 2;
        } else if (s.startsWith("0b")) {
            radix = 2;
            i = 2;
        }
        int j = i;
        StringBuilder digits = new StringBuilder();
        while (j < s.length() && (Character.digit(s.charAt(j), radix == 16 ? 16 : 10) >= 0 || s.charAt(j) == '_')) {
            char c = s.charAt(j);
            if (c != '_') {
                if (Character.digit(c, radix) < 0) {
                    diags.add(Diagnostic.error("invalid digit for a base " + radix + " literal",
                            new Span(span.start() + j, span.start() + j + 1), ""));
                } else {
                    digits.append(c);
                }
            }
            j++;
        }
        String suffix = s.substring(j);
        if (digits.length() == 0) {
            diags.add(Diagnostic.error("no valid digits found for number", span, ""));
            digits.append('0');
        }
        BigInteger value = new BigInteger(digits.toString(), radix);
        if (radix == 10 && FLOAT_SUFFIXES.contains(suffix)) {
            return new Literal.Float(digits.toString(), Optional.of(suffix));
        }
        if (!suffix.isEmpty() && !INT_SUFFIXES.contains(suffix)) {
            badSuffix(suffix, span, diags, radix == 10 ? "number" : "number");
        }
        return new Literal.Int(value, suffix.isEmpty() ? Optional.empty() : Optional.of(suffix));
    }

    private static boolean isPlainDecimal(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static Literal floating(String s, Span span, Diagnostics diags) {
        int j = 0;
        while (j < s.length()) {
            char c = s.charAt(j);
            boolean exp = (c == 'e' || c == 'E') && j + 1 < s.length()
                    && (Character.isDigit(s.charAt(j + 1)) || "+-_".indexOf(s.charAt(j + 1)) >= 0);
            boolean sign = (c == '+' || c == '-') && j > 0 && (s.charAt(j - 1) == 'e' || s.charAt(j - 1) == 'E');
            if (!(Character.isDigit(c) || c == '_' || c == '.' || exp || sign)) {
                break;
            }
            j++;
        }
        String text = s.substring(0, j).replace("_", "");
        String suffix = s.substring(j);
        if (!suffix.isEmpty() && !FLOAT_SUFFIXES.contains(suffix)) {
            badSuffix(suffix, span, diags, "float");
        }
        return new Literal.Float(text, suffix.isEmpty() ? Optional.empty() : Optional.of(suffix));
    }

    private static void badSuffix(String suffix, Span span, Diagnostics diags, String what) {
        diags.add(Diagnostic.error("invalid suffix `" + suffix + "` for " + what + " literal", span,
                "invalid suffix `" + suffix + "`").withHelp(what.equals("float")
                        ? "valid suffixes are `f32` and `f64`"
                        : "the suffix must be one of the numeric types (`u32`, `isize`, `f32`, etc.)"));
    }
}
