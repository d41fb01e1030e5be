package dev.rustmem.cli;

import java.io.PrintWriter;

/** Help texts and the clap-style usage error format (exit status 2). */
final class Usage {
    private Usage() {}

    static final String VERSION = "rustmem 0.1.0 (rustc 1.95 layouts)";

    static final String MAIN = """
            rustmem: Rust's memory model, exact and visible. Prints the memory layout of Rust types
            exactly as rustc 1.95 computes it, without a Rust toolchain.

            Usage: rustmem <COMMAND> [OPTIONS]

            Commands:
              layout  Show the size, alignment, field offsets, padding, enum tags and niches of types

            Options:
              -h, --help     Print help
              -V, --version  Print version

            Run 'rustmem layout --help' for the options of `layout`.
            """;

    static final String LAYOUT_USAGE =
            "Usage: rustmem layout [FILE.rs] [--type TYPE]... [--target TRIPLE] [--format table|rustc|json]";

    static final String LAYOUT = """
            Show how rustc 1.95 lays out the types of a Rust file (or types given with --type).

            %s

            Arguments:
              [FILE.rs]  A Rust source file (edition 2024). Without it, --type is resolved against std only.

            Options:
              -t, --type <TYPE>       Report only this type (e.g. 'Option<Box<u8>>'); may be repeated.
                                      Primitives, references, tuples and arrays are shown only when asked for.
                  --target <TRIPLE>   Target to lay out for [default: x86_64-unknown-linux-gnu]
                  --list-targets      Print the supported targets and exit
              -f, --format <FORMAT>   table (default): every byte with padding, tags, niches and advice
                                      rustc: exactly rustc's -Zprint-type-sizes lines for these types
                                      json: the table's facts as JSON (see docs/layout-json.md)
              -h, --help              Print help

            Without --type, reports every non-generic struct, enum, union and type alias in file order,
            then every concrete instantiation the file names (e.g. Option<T3>), each once.
            """.formatted(LAYOUT_USAGE);

    static final String LAYOUT_TRY = "For more information, try 'rustmem layout --help'.";

    static final String MAIN_TRY = "For more information, try 'rustmem --help'.";

    /** {@code error: ...}, the usage line, the hint; returns exit status 2. */
    static int error(PrintWriter err, UsageException e, String usageLine) {
        err.print("error: " + e.getMessage() + "\n\n" + usageLine + "\n\n" + e.hint() + "\n");
        return 2;
    }
}
