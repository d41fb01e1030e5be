package dev.rustmem.difftest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every ADT a generated file names anywhere (field types, generic arguments, element types), by
 * rustc's printed name, with one source spelling. The generator gives each one that is not
 * already a definition or alias target a {@code type N<k> = ...;} alias, so rustc computes (and
 * prints) its layout even when it only occurs behind a pointer, where codegen would not lay it out.
 */
final class NamedTypes {
    private final Map<String, String> srcByPrinted = new LinkedHashMap<>();

    void note(GenTy t) {
        if (t.adt()) {
            srcByPrinted.putIfAbsent(t.printed(), t.src());
        }
        for (GenTy p : t.parts()) {
            note(p);
        }
    }

    void noteAll(Iterable<GenTy> ts) {
        for (GenTy t : ts) {
            note(t);
        }
    }

    Map<String, String> srcByPrinted() {
        return srcByPrinted;
    }
}
