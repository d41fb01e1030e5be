package dev.rustmem.syntax.ast;

public enum UnOp {
    DEREF("*"), NOT("!"), NEG("-");

    private final String spelling;

    UnOp(String spelling) {
        this.spelling = spelling;
    }

    public String spelling() {
        return spelling;
    }
}
