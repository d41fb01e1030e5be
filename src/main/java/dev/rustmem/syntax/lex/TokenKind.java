package dev.rustmem.syntax.lex;

/**
 * Token kinds. Punctuation is lexed greedily into the longest operator (as rustc's token glueing
 * does); the parser splits compound tokens such as {@code >>} where the grammar needs one
 * {@code >}. Keywords are their own kinds; {@code IDENT} covers every other identifier (raw
 * identifiers {@code r#x} included, with the {@code r#} stripped from {@link Token#text()}).
 */
public enum TokenKind {
    // literals: Token.text() is the literal's full source spelling, suffix included
    INT_LIT, FLOAT_LIT, STR_LIT, RAW_STR_LIT, BYTE_STR_LIT, RAW_BYTE_STR_LIT, C_STR_LIT, RAW_C_STR_LIT,
    CHAR_LIT, BYTE_LIT,
    IDENT,
    LIFETIME, // 'a, 'static, '_ (text includes the quote)

    // strict and reserved keywords (2024 edition)
    KW_AS("as"), KW_ASYNC("async"), KW_AWAIT("await"), KW_BREAK("break"), KW_CONST("const"),
    KW_CONTINUE("continue"), KW_CRATE("crate"), KW_DYN("dyn"), KW_ELSE("else"), KW_ENUM("enum"),
    KW_EXTERN("extern"), KW_FALSE("false"), KW_FN("fn"), KW_FOR("for"), KW_IF("if"), KW_IMPL("impl"),
    KW_IN("in"), KW_LET("let"), KW_LOOP("loop"), KW_MATCH("match"), KW_MOD("mod"), KW_MOVE("move"),
    KW_MUT("mut"), KW_PUB("pub"), KW_REF("ref"), KW_RETURN("return"), KW_SELF_VALUE("self"),
    KW_SELF_TYPE("Self"), KW_STATIC("static"), KW_STRUCT("struct"), KW_SUPER("super"), KW_TRAIT("trait"),
    KW_TRUE("true"), KW_TYPE("type"), KW_UNSAFE("unsafe"), KW_USE("use"), KW_WHERE("where"),
    KW_WHILE("while"), KW_GEN("gen"),
    // reserved, never valid as identifiers
    KW_ABSTRACT("abstract"), KW_BECOME("become"), KW_BOX("box"), KW_DO("do"), KW_FINAL("final"),
    KW_MACRO("macro"), KW_OVERRIDE("override"), KW_PRIV("priv"), KW_TRY("try"), KW_TYPEOF("typeof"),
    KW_UNSIZED("unsized"), KW_VIRTUAL("virtual"), KW_YIELD("yield"),
    // weak keywords (union, macro_rules, raw, safe, auto, 'static) are IDENT and recognised in context

    // punctuation
    PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), PERCENT("%"), CARET("^"), NOT("!"), AND("&"), OR("|"),
    AND_AND("&&"), OR_OR("||"), SHL("<<"), SHR(">>"), PLUS_EQ("+="), MINUS_EQ("-="), STAR_EQ("*="),
    SLASH_EQ("/="), PERCENT_EQ("%="), CARET_EQ("^="), AND_EQ("&="), OR_EQ("|="), SHL_EQ("<<="),
    SHR_EQ(">>="), EQ("="), EQ_EQ("=="), NE("!="), GT(">"), LT("<"), GE(">="), LE("<="), AT("@"),
    UNDERSCORE("_"), DOT("."), DOT_DOT(".."), DOT_DOT_DOT("..."), DOT_DOT_EQ("..="), COMMA(","),
    SEMI(";"), COLON(":"), PATH_SEP("::"), R_ARROW("->"), FAT_ARROW("=>"), L_ARROW("<-"), POUND("#"),
    DOLLAR("$"), QUESTION("?"), TILDE("~"),
    OPEN_BRACE("{"), CLOSE_BRACE("}"), OPEN_BRACKET("["), CLOSE_BRACKET("]"), OPEN_PAREN("("),
    CLOSE_PAREN(")"),

    EOF;

    private final String spelling;

    TokenKind() {
        this.spelling = null;
    }

    TokenKind(String spelling) {
        this.spelling = spelling;
    }

    /** Fixed spelling of a keyword or punctuation token; null for literals, identifiers, EOF. */
    public String spelling() {
        return spelling;
    }

    public boolean isKeyword() {
        // the keywords are declared contiguously, KW_AS first and KW_YIELD last
        int o = ordinal();
        return o >= KW_AS.ordinal() && o <= KW_YIELD.ordinal();
    }

    public boolean isLiteral() {
        return ordinal() <= BYTE_LIT.ordinal();
    }
}
