package dev.rustmem.syntax.expand;

import dev.rustmem.syntax.ast.TokenTree;
import dev.rustmem.syntax.lex.TokenKind;
import java.util.List;

/**
 * Where a black-box fragment must end at the latest: the first {@code ;} or {@code =>} that is
 * not inside a delimiter, or the first such {@code ,} that is not inside generic arguments
 * (always {@code <..>} in a type or path; in an expression only after {@code ::}, {@code as} or
 * at the start) or a closure's parameters. A heuristic: callers must fall back to the whole
 * input when the fragment does not parse within the bound.
 */
final class FragmentBound {
    private FragmentBound() {}

    static int of(FragmentKind kind, List<TokenTree> trees, int from, int end) {
        if (kind == FragmentKind.STMT || kind == FragmentKind.ITEM || kind == FragmentKind.META) {
            return end;
        }
        boolean typeLike = kind == FragmentKind.TY || kind == FragmentKind.PATH;
        int angle = 0;
        boolean closureParams = false;
        for (int i = from; i < end; i++) {
            TokenTree tt = trees.get(i);
            if (Trees.isPunct(tt, TokenKind.SEMI) || Trees.isPunct(tt, TokenKind.FAT_ARROW)) {
                return i;
            }
            if (Trees.isPunct(tt, TokenKind.COMMA) && angle == 0 && !closureParams) {
                return i;
            }
            TokenTree prev = i > from ? trees.get(i - 1) : null;
            if (Trees.isPunct(tt, TokenKind.OR) && !typeLike && (closureParams || i == from
                    || i == from + 1 && Trees.isPunct(prev, TokenKind.KW_MOVE))) {
                closureParams = !closureParams;
            } else if (Trees.isPunct(tt, TokenKind.LT) || Trees.isPunct(tt, TokenKind.SHL)) {
                if (typeLike || angle > 0 || prev == null || Trees.isPunct(prev, TokenKind.PATH_SEP)
                        || Trees.isPunct(prev, TokenKind.KW_AS)) {
                    angle += Trees.isPunct(tt, TokenKind.SHL) ? 2 : 1;
                }
            } else if (angle > 0 && (Trees.isPunct(tt, TokenKind.GT) || Trees.isPunct(tt, TokenKind.GE))) {
                angle--;
            } else if (angle > 0 && (Trees.isPunct(tt, TokenKind.SHR) || Trees.isPunct(tt, TokenKind.SHR_EQ))) {
                angle = Math.max(0, angle - 2);
            }
        }
        return end;
    }
}
