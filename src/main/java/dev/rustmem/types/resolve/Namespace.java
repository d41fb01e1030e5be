package dev.rustmem.types.resolve;

/** rustc's namespaces: a module can hold a type {@code S} and a value {@code S} (its constructor) at once. */
public enum Namespace {
    TYPE("type"), VALUE("value"), MACRO("macro");

    private final String descr;

    Namespace(String descr) {
        this.descr = descr;
    }

    /** As in rustc's "must be defined only once in the type namespace". */
    public String descr() {
        return descr;
    }
}
