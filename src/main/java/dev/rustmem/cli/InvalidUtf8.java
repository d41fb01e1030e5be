package dev.rustmem.cli;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * A byte sequence that is not UTF-8, delimited as Rust's {@code str::from_utf8} delimits it:
 * {@code start} is its {@code valid_up_to()}, {@code length} its {@code error_len()}, 0 for a
 * sequence cut off by the end of the input ({@code None}). rustc words its diagnostic from these,
 * and shows the file as {@code String::from_utf8_lossy} decodes it ({@link #lossy}). Java's decoder
 * cannot stand in for either: it splits some sequences differently ({@code ED A0 80} is one U+FFFD
 * for Java, three for Rust).
 */
record InvalidUtf8(int start, int length) {

    /** The first invalid sequence at or after {@code from}, or empty when the rest is UTF-8. */
    static Optional<InvalidUtf8> find(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length) {
            int lead = bytes[i] & 0xff;
            if (lead < 0x80) {
                i++;
                continue;
            }
            // Continuation bytes after the lead, and the range of the first one: narrower after
            // E0/ED/F0/F4, which rules out overlong forms, surrogates and code points past U+10FFFF.
            int count;
            int min = 0x80;
            int max = 0xbf;
            if (lead >= 0xc2 && lead <= 0xdf) {
                count = 1;
            } else if (lead >= 0xe0 && lead <= 0xef) {
                count = 2;
                min = lead == 0xe0 ? 0xa0 : min;
                max = lead == 0xed ? 0x9f : max;
            } else if (lead >= 0xf0 && lead <= 0xf4) {
                count = 3;
                min = lead == 0xf0 ? 0x90 : min;
                max = lead == 0xf4 ? 0x8f : max;
            } else {
                return Optional.of(new InvalidUtf8(i, 1));
            }
            for (int k = 1; k <= count; k++) {
                if (i + k == bytes.length) {
                    return Optional.of(new InvalidUtf8(i, 0));
                }
                int b = bytes[i + k] & 0xff;
                if (b < (k == 1 ? min : 0x80) || b > (k == 1 ? max : 0xbf)) {
                    return Optional.of(new InvalidUtf8(i, k));
                }
            }
            i += count + 1;
        }
        return Optional.empty();
    }

    /** The text with one U+FFFD for each invalid sequence (a cut-off one is the rest of the input). */
    static String lossy(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length);
        int done = 0;
        for (Optional<InvalidUtf8> bad = find(bytes, 0); bad.isPresent(); bad = find(bytes, done)) {
            InvalidUtf8 e = bad.get();
            sb.append(new String(bytes, done, e.start - done, StandardCharsets.UTF_8)).append('\uFFFD');
            done = e.length == 0 ? bytes.length : e.start + e.length;
        }
        return sb.append(new String(bytes, done, bytes.length - done, StandardCharsets.UTF_8)).toString();
    }

    /** rustc's note, used alone when it has no place in the file to point at. */
    String note() {
        return "invalid utf-8 at byte `" + start + "`";
    }

    /** rustc's label under the sequence: its bytes in decimal, or the note for a cut-off one. */
    String label(byte[] bytes) {
        if (length == 0) {
            return note();
        }
        if (length == 1) {
            return "byte `" + (bytes[start] & 0xff) + "` is not valid utf-8";
        }
        int[] values = new int[length];
        for (int k = 0; k < length; k++) {
            values[k] = bytes[start + k] & 0xff;
        }
        return "bytes `" + Arrays.toString(values) + "` are not valid utf-8";
    }
}
