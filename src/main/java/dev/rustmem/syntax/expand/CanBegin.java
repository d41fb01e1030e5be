package dev.rustmem.syntax.expand;

import static dev.rustmem.syntax.lex.TokenKind.*;

import dev.rustmem.syntax.ast.TokenTree;
import dev.rustmem.syntax.lex.TokenKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * rustc's {@code nonterminal_may_begin_with} for the parser-backed fragment kinds: whether a
 * fragment of a kind can start with a token tree. Failing this test is an ordinary non-match,
 * so the next rule is tried; passing it commits to a parse.
 */
final class CanBegin {
    private CanBegin() {}

    // Token::can_begin_expr: identifiers and the keywords that start expressions, literals, and
    // the prefix operators and punctuation that start expressions.
    private static final Set<TokenKind> EXPR_KEYWORDS = EnumSet.of(KW_TRUE, KW_FALSE, KW_SELF_VALUE,
            KW_SELF_TYPE, KW_SUPER, KW_CRATE, KW_IF, KW_MATCH, KW_LOOP, KW_WHILE, KW_FOR, KW_UNSAFE, KW_MOVE,
            KW_RETURN, KW_BREAK, KW_CONTINUE, KW_ASYNC, KW_CONST, KW_STATIC, KW_YIELD, KW_BECOME, KW_DO, KW_BOX,
            KW_TRY, KW_GEN, KW_LET);
    private static final Set<TokenKind> EXPR_PUNCT = EnumSet.of(NOT, MINUS, STAR, AND, AND_AND, OR, OR_OR,
            DOT_DOT, DOT_DOT_EQ, DOT_DOT_DOT, LT, SHL, PATH_SEP, POUND, LIFETIME, UNDERSCORE);

    // Token::can_begin_type.
    private static final Set<TokenKind> TYPE_START = EnumSet.of(NOT, STAR, AND, AND_AND, QUESTION, LT, SHL,
            PATH_SEP, UNDERSCORE, LIFETIME, KW_FN, KW_UNSAFE, KW_EXTERN, KW_DYN, KW_IMPL, KW_FOR, KW_SELF_TYPE,
            KW_SELF_VALUE, KW_SUPER, KW_CRATE, KW_CONST, KW_ASYNC);

    private static final Set<TokenKind> PAT_START = EnumSet.of(AND, AND_AND, MINUS, DOT_DOT, DOT_DOT_DOT,
            DOT_DOT_EQ, PATH_SEP, LT, SHL, UNDERSCORE, OR, KW_REF, KW_MUT, KW_BOX, KW_TRUE, KW_FALSE,
            KW_SELF_VALUE, KW_SELF_TYPE, KW_SUPER, KW_CRATE, KW_CONST);

    private static final Set<TokenKind> PATH_START = EnumSet.of(PATH_SEP, KW_SELF_VALUE, KW_SELF_TYPE, KW_SUPER,
            KW_CRATE, LT, SHL);

    static boolean fragment(FragmentKind kind, TokenTree tt) {
        if (tt instanceof TokenTree.Delimited d) {
            return switch (kind) {
                case PATH, META -> false;
                case EXPR, EXPR_2021 -> true;
                case TY, PAT, PAT_PARAM -> d.delimiter() != TokenTree.Delimiter.BRACE || Trees.isInvisible(d);
                default -> true;
            };
        }
        TokenKind k = ((TokenTree.Leaf) tt).token().kind();
        boolean identOrLit = k == IDENT || k.isLiteral();
        return switch (kind) {
            // `let` is excluded (it is not an expression on its own); expr_2021 also excludes
            // `const { }` and `_`, which the 2024 `expr` accepts.
            case EXPR -> identOrLit || (EXPR_KEYWORDS.contains(k) && k != KW_LET) || EXPR_PUNCT.contains(k);
            case EXPR_2021 -> identOrLit || (EXPR_KEYWORDS.contains(k) && k != KW_LET && k != KW_CONST)
                    || (EXPR_PUNCT.contains(k) && k != UNDERSCORE);
            case TY -> k == IDENT || TYPE_START.contains(k);
            case PAT, PAT_PARAM -> identOrLit || PAT_START.contains(k);
            case PATH, META -> k == IDENT || PATH_START.contains(k) || (kind == FragmentKind.META && k == KW_UNSAFE);
            case STMT, ITEM -> true;
            default -> throw new AssertionError(kind);
        };
    }
}
