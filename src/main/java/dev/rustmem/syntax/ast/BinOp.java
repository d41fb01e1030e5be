package dev.rustmem.syntax.ast;

/** Binary operators with their spelling (javaparser's BinaryExpr.Operator style). */
public enum BinOp {
    ADD("+"), SUB("-"), MUL("*"), DIV("/"), REM("%"),
    AND("&&"), OR("||"),
    BIT_XOR("^"), BIT_AND("&"), BIT_OR("|"), SHL("<<"), SHR(">>"),
    EQ("=="), LT("<"), LE("<="), NE("!="), GE(">="), GT(">");

    private final String spelling;

    BinOp(String spelling) {
        this.spelling = spelling;
    }

    public String spelling() {
        return spelling;
    }

    public boolean isComparison() {
        return this == EQ || this == LT || this == LE || this == NE || this == GE || this == GT;
    }

    public boolean isLazy() {
        return this == AND || this == OR;
    }
}
