package dev.rustmem.syntax.expand;

import dev.rustmem.syntax.ast.TokenTree;
import dev.rustmem.syntax.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a built-in macro's input into its comma-separated expressions. Commas inside delimiters
 * never split; neither do commas inside generic arguments of an expression path, which is where
 * {@code <} and {@code >} act as brackets in expression position: after {@code ::} (turbofish,
 * {@code HashMap::<K, V>::new()}), at the start of an expression (qualified path
 * {@code <T as Tr<A, B>>::f()}) and after {@code as} (cast target type). A closure's parameter
 * list ({@code |a, b| ..}) is skipped as well. Each part is then parsed on its own, so the cost is
 * linear in the input even for {@code vec!} literals of thousands of elements.
 */
final class ArgSplitter {
    private ArgSplitter() {}

    static List<List<TokenTree>> split(List<TokenTree> trees) {
        List<List<TokenTree>> parts = new ArrayList<>();
        List<TokenTree> cur = new ArrayList<>();
        int angle = 0;
        boolean inClosureParams = false;
        for (TokenTree tt : trees) {
            if (angle == 0 && !inClosureParams && Trees.isPunct(tt, TokenKind.COMMA)) {
                parts.add(cur);
                cur = new ArrayList<>();
                continue;
            }
            TokenTree prev = cur.isEmpty() ? null : cur.get(cur.size() - 1);
            if (Trees.isPunct(tt, TokenKind.OR) && (inClosureParams || startsClosure(cur))) {
                inClosureParams = !inClosureParams;
            } else if (Trees.isPunct(tt, TokenKind.LT) || Trees.isPunct(tt, TokenKind.SHL)) {
                int opens = Trees.isPunct(tt, TokenKind.SHL) ? 2 : 1;
                if (angle > 0 || prev == null || Trees.isPunct(prev, TokenKind.PATH_SEP)
                        || Trees.isPunct(prev, TokenKind.KW_AS)) {
                    angle += opens;
                }
            } else if (angle > 0) {
                if (Trees.isPunct(tt, TokenKind.GT) || Trees.isPunct(tt, TokenKind.GE)) {
                    angle = Math.max(0, angle - 1);
                } else if (Trees.isPunct(tt, TokenKind.SHR) || Trees.isPunct(tt, TokenKind.SHR_EQ)) {
                    angle = Math.max(0, angle - 2);
                }
            }
            cur.add(tt);
        }
        if (!cur.isEmpty()) {
            parts.add(cur);
        }
        return parts;
    }

    /** A {@code |} starts closure parameters at the start of an argument (after an optional {@code move}). */
    private static boolean startsClosure(List<TokenTree> cur) {
        return cur.isEmpty() || cur.size() == 1 && Trees.isPunct(cur.get(0), TokenKind.KW_MOVE);
    }
}
