package dev.rustmem.syntax.expand;

import java.util.Optional;

/** A {@code macro_rules!} fragment specifier ({@code $x:ty}), rustc's {@code NonterminalKind}. */
public enum FragmentKind {
    IDENT("ident"), TY("ty"), EXPR("expr"), EXPR_2021("expr_2021"), PAT("pat"), PAT_PARAM("pat_param"),
    PATH("path"), TT("tt"), LITERAL("literal"), LIFETIME("lifetime"), BLOCK("block"), STMT("stmt"),
    ITEM("item"), VIS("vis"), META("meta");

    private final String spelling;

    FragmentKind(String spelling) {
        this.spelling = spelling;
    }

    public String spelling() {
        return spelling;
    }

    public static Optional<FragmentKind> of(String name) {
        for (FragmentKind k : values()) {
            if (k.spelling.equals(name)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a captured fragment is substituted as an opaque group, so that {@code $e * 2} with
     * {@code e = 1 + 1} keeps its precedence. rustc makes every fragment except {@code ident},
     * {@code lifetime} and {@code tt} opaque; rustmem wraps only expressions, and types with a
     * top-level {@code +} (in invisible parentheses, see {@link Trees}), which is where
     * precedence can change, and substitutes the other kinds as their tokens (so that
     * {@code impl $tr for $t} still sees paths).
     */
    public boolean opaque() {
        return this == EXPR || this == EXPR_2021 || this == TY;
    }
}
