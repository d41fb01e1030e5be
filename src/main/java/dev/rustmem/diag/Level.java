package dev.rustmem.diag;

/** Severity, spelled as rustc spells it. */
public enum Level {
    ERROR("error"),
    WARNING("warning"),
    NOTE("note"),
    HELP("help");

    private final String spelling;

    Level(String spelling) {
        this.spelling = spelling;
    }

    public String spelling() {
        return spelling;
    }
}
