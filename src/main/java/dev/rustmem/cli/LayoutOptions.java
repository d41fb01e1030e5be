package dev.rustmem.cli;

import dev.rustmem.layout.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parsed arguments of {@code rustmem layout}. Hand-written parsing (no picocli: startup time);
 * {@code --opt value} and {@code --opt=value} are both accepted, {@code --} ends the options.
 */
record LayoutOptions(Optional<String> file, List<String> types, String target, Format format, boolean listTargets,
        boolean help) {

    LayoutOptions {
        types = List.copyOf(types);
    }

    static LayoutOptions parse(List<String> args) throws UsageException {
        Optional<String> file = Optional.empty();
        List<String> types = new ArrayList<>();
        String target = Target.DEFAULT;
        Format format = Format.TABLE;
        boolean listTargets = false;
        boolean help = false;
        boolean optionsDone = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (optionsDone || !a.startsWith("-") || a.equals("-")) {
                if (file.isPresent()) {
                    throw new UsageException("unexpected argument '" + a + "' found: only one FILE.rs is allowed",
                            Usage.LAYOUT_TRY);
                }
                file = Optional.of(a);
                continue;
            }
            String name = a;
            Optional<String> inline = Optional.empty();
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                inline = Optional.of(a.substring(eq + 1));
            }
            switch (name) {
                case "--" -> optionsDone = true;
                case "-h", "--help" -> help = true;
                case "--list-targets" -> listTargets = true;
                case "-t", "--type" -> types.add(inline.isPresent() ? inline.get() : next(args, ++i, "--type <TYPE>"));
                case "--target" -> target = inline.isPresent() ? inline.get() : next(args, ++i, "--target <TRIPLE>");
                case "-f", "--format" -> {
                    String v = inline.isPresent() ? inline.get() : next(args, ++i, "--format <FORMAT>");
                    Optional<Format> parsed = Format.parse(v);
                    if (parsed.isEmpty()) {
                        throw new UsageException("invalid value '" + v + "' for '--format <FORMAT>'\n"
                                + "  [possible values: table, rustc, json]", Usage.LAYOUT_TRY);
                    }
                    format = parsed.get();
                }
                default -> throw new UsageException("unexpected argument '" + a + "' found", Usage.LAYOUT_TRY);
            }
        }
        return new LayoutOptions(file, types, target, format, listTargets, help);
    }

    private static String next(List<String> args, int i, String what) throws UsageException {
        if (i >= args.size()) {
            throw new UsageException("a value is required for '" + what + "' but none was supplied", Usage.LAYOUT_TRY);
        }
        return args.get(i);
    }
}
