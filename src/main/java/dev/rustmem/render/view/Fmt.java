package dev.rustmem.render.view;

/** Byte counts in English ("1 byte", "8 bytes"). */
public final class Fmt {
    private Fmt() {}

    public static String bytes(long n) {
        return n == 1 ? "1 byte" : n + " bytes";
    }
}
