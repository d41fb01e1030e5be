package dev.rustmem.render.view;

import java.util.List;

/**
 * The whole output of {@code rustmem layout}: the reported types in report order (table and JSON),
 * or the ADTs rustc's {@code -Zprint-type-sizes} would list for them (the reported ADTs plus every
 * ADT reachable through their fields, each once; rustc format). {@link ReportBuilder} fills one of
 * the two lists, as the format needs.
 */
public record LayoutReport(String target, List<TypeView> types, List<TypeView> rustcTypes) {
    public LayoutReport {
        types = List.copyOf(types);
        rustcTypes = List.copyOf(rustcTypes);
    }
}
