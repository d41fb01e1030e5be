package dev.rustmem.render.view;

/** What sort of type a {@link TypeView} describes; ADTs are the ones rustc's type-size dump lists. */
public enum TypeKind {
    STRUCT("struct"), ENUM("enum"), UNION("union"), TUPLE("tuple"), ARRAY("array"), SLICE("slice"), STR("str"),
    PRIMITIVE("primitive"), POINTER("pointer"), FN_PTR("fn-pointer"), DYN("dyn"), NEVER("never");

    private final String id;

    TypeKind(String id) {
        this.id = id;
    }

    /** The stable spelling used in headers and JSON. */
    public String id() {
        return id;
    }

    public boolean isAdt() {
        return this == STRUCT || this == ENUM || this == UNION;
    }
}
