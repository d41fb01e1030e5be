package dev.rustmem.cli;

import java.util.Optional;

/** {@code --format}: how {@code rustmem layout} prints. */
enum Format {
    TABLE("table"), RUSTC("rustc"), JSON("json");

    private final String spelling;

    Format(String spelling) {
        this.spelling = spelling;
    }

    String spelling() {
        return spelling;
    }

    static Optional<Format> parse(String s) {
        for (Format f : values()) {
            if (f.spelling.equals(s)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
