package dev.rustmem.render.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Text written as UTF-8 bytes straight into a buffer that is emptied into a stream whenever it
 * fills: the rustc format prints megabytes, and building them as a {@code String} first (then
 * encoding it again on the way out) cost more than producing them. ASCII, which nearly all of
 * the output is, takes a fast path.
 */
final class ByteSink {
    private final OutputStream out;
    private final byte[] buf;
    private int pos;

    ByteSink(OutputStream out, int capacity) {
        this.out = out;
        this.buf = new byte[capacity];
    }

    void bytes(byte[] b) throws IOException {
        int n = b.length;
        if (n > buf.length - pos) {
            drain();
            if (n > buf.length) {
                out.write(b, 0, n);
                return;
            }
        }
        System.arraycopy(b, 0, buf, pos, n);
        pos += n;
    }

    /** One ASCII character. */
    void ascii(char c) throws IOException {
        if (pos == buf.length) {
            drain();
        }
        buf[pos++] = (byte) c;
    }

    /** {@code s} in UTF-8. */
    void text(String s) throws IOException {
        int n = s.length();
        if (n > buf.length - pos) {
            drain();
            if (n > buf.length) {
                bytes(s.getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        int p = pos;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                // Not ASCII: encode properly, over what was copied so far.
                bytes(s.getBytes(StandardCharsets.UTF_8));
                return;
            }
            buf[p++] = (byte) c;
        }
        pos = p;
    }

    /** {@code n} in decimal, read as unsigned (as Rust prints a {@code u64}). */
    void unsigned(long n) throws IOException {
        if (n < 0 || n > Integer.MAX_VALUE) {
            // Sizes beyond 2 GiB (and wrapped-around u64 values) are rare: no fast path needed.
            text(Long.toUnsignedString(n));
            return;
        }
        if (buf.length - pos < 10) {
            drain();
        }
        int v = (int) n;
        if (v < 10) {
            buf[pos++] = (byte) ('0' + v);
            return;
        }
        // int arithmetic: most numbers printed are a few digits, and int division is cheaper.
        int digits = 2;
        for (int t = v / 100; t != 0; t /= 10) {
            digits++;
        }
        int p = pos + digits;
        do {
            buf[--p] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v != 0);
        pos += digits;
    }

    /** Writes out what is buffered and flushes the stream. */
    void flush() throws IOException {
        drain();
        out.flush();
    }

    private void drain() throws IOException {
        if (pos > 0) {
            out.write(buf, 0, pos);
            pos = 0;
        }
    }
}
