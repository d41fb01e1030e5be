package dev.rustmem.difftest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The differential rule: every block rustmem prints must be byte-identical to rustc's block for
 * that type name; every type the generator requires must be printed by rustmem (and by rustc,
 * or the generator is wrong); rustmem's blocks come in rustc's order (size descending, then name).
 */
final class LayoutDiff {
    /** One disagreement, with the definitions involved, for a readable report. */
    record Mismatch(String type, String kind, String rustmem, String rustc, String definitions) {
        String render() {
            StringBuilder s = new StringBuilder();
            s.append("== ").append(kind).append(": `").append(type).append("`\n");
            if (!definitions.isEmpty()) {
                s.append("-- definitions:\n").append(definitions);
            }
            s.append("-- rustmem:\n").append(rustmem.isEmpty() ? "(nothing)\n" : rustmem);
            s.append("-- rustc:\n").append(rustc.isEmpty() ? "(nothing)\n" : rustc);
            return s.toString();
        }
    }

    /** The outcome for one file. */
    record Outcome(int typesChecked, int identical, List<Mismatch> mismatches, String rustmemError) {
        boolean ok() {
            return mismatches.isEmpty() && rustmemError.isEmpty();
        }

        String summary(String label) {
            return String.format(Locale.ROOT, "%s: %d/%d blocks identical, %d mismatches%s", label, identical,
                    typesChecked, mismatches.size(), rustmemError.isEmpty() ? "" : " (rustmem failed)");
        }

        String report(String label, int maxShown) {
            StringBuilder s = new StringBuilder(summary(label)).append('\n');
            if (!rustmemError.isEmpty()) {
                s.append(rustmemError).append('\n');
            }
            mismatches.stream().limit(maxShown).forEach(m -> s.append(m.render()));
            if (mismatches.size() > maxShown) {
                s.append("... and ").append(mismatches.size() - maxShown).append(" more\n");
            }
            return s.toString();
        }
    }

    private static final Pattern USER_NAME = Pattern.compile("\\b[A-Z][A-Za-z]*[0-9]*\\b");

    private LayoutDiff() {}

    static Outcome compare(String source, List<String> required, RustmemRunner.Result rustmem, PtsBlocks rustc) {
        List<Mismatch> mismatches = new ArrayList<>();
        DefinitionIndex defs = DefinitionIndex.of(source);
        String error = "";
        if (rustmem.exit() != 0) {
            error = "rustmem exited with " + rustmem.exit() + ":\n" + truncate(rustmem.stderr(), 4000);
        }
        PtsBlocks mine = PtsBlocks.parse(rustmem.stdout());
        int identical = 0;
        Set<String> checked = new LinkedHashSet<>(mine.order());
        checked.addAll(required);
        for (String name : mine.order()) {
            String ours = mine.block(name);
            if (!rustc.has(name)) {
                mismatches.add(new Mismatch(name, "rustc printed no block", ours, "", definitions(defs, name)));
            } else if (!ours.equals(rustc.block(name))) {
                mismatches.add(new Mismatch(name, "blocks differ", ours, rustc.block(name), definitions(defs, name)));
            } else {
                identical++;
            }
        }
        for (String dup : mine.duplicates()) {
            mismatches.add(new Mismatch(dup, "rustmem printed the type twice", "", "", ""));
        }
        for (String name : required) {
            if (!rustc.has(name)) {
                mismatches.add(new Mismatch(name, "GENERATOR BUG: rustc printed no block for a required type", "",
                        "", definitions(defs, name)));
            } else if (!mine.has(name)) {
                mismatches.add(new Mismatch(name, "rustmem printed no block", "", rustc.block(name),
                        definitions(defs, name)));
            }
        }
        checkOrder(mine, rustc, mismatches);
        return new Outcome(checked.size(), identical, mismatches, error);
    }

    /** rustmem's names must appear in the same relative order as in rustc's output. */
    private static void checkOrder(PtsBlocks mine, PtsBlocks rustc, List<Mismatch> mismatches) {
        java.util.Map<String, Integer> pos = new java.util.HashMap<>();
        for (int i = 0; i < rustc.order().size(); i++) {
            pos.put(rustc.order().get(i), i);
        }
        String prev = null;
        for (String name : mine.order()) {
            Integer p = pos.get(name);
            if (p == null) {
                continue;
            }
            if (prev != null && pos.get(prev) > p) {
                mismatches.add(new Mismatch(name, "order differs: rustmem prints it after `" + prev
                        + "`, rustc before", "", "", ""));
                return;
            }
            prev = name;
        }
    }

    /** The source lines defining the user types the printed name mentions. */
    static String definitions(String source, String printedName) {
        return definitions(DefinitionIndex.of(source), printedName);
    }

    static String definitions(DefinitionIndex index, String printedName) {
        StringBuilder s = new StringBuilder();
        Matcher m = USER_NAME.matcher(printedName);
        Set<String> seen = new LinkedHashSet<>();
        while (m.find()) {
            seen.add(m.group());
        }
        for (String ident : seen) {
            s.append(index.definition(ident));
        }
        return s.toString();
    }

    static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "...";
    }
}
