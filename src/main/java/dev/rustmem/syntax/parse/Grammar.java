package dev.rustmem.syntax.parse;

/**
 * The sub-parsers of one parse, wired together over a shared {@link TokenCursor}. Each rule
 * family lives in its own class (items, types, expressions, patterns, ...) and reaches the
 * others through this object, as rustc's single {@code Parser} reaches its methods spread over
 * item.rs, ty.rs, expr.rs and pat.rs.
 */
final class Grammar {
    final TokenCursor c;
    /** Where the rules collect list elements (see {@link ListStack}). */
    final ListStack lists = new ListStack();
    final AttrParser attrs;
    final PathParser paths;
    final TypeParser types;
    final GenericsParser generics;
    final ItemParser items;
    final DeclParser decls;
    final AdtParser adts;
    final FnParser fns;
    final ImplParser impls;
    final ExprParser exprs;
    final PostfixParser postfix;
    final PrimaryParser primary;
    final ControlParser control;
    final PatParser pats;
    final BlockParser blocks;

    /**
     * Rustc's {@code Restrictions::NO_STRUCT_LITERAL}: set while parsing the head of
     * {@code if}/{@code while}/{@code match}/{@code for}, where {@code x {} } is a block, not a literal.
     */
    boolean noStruct;

    /** True only while parsing an {@code if}/{@code while} condition (where let chains live). */
    boolean letAllowed;

    /** Inside a trait or extern block, where a fn may end with {@code ;} (rustc's FnParseMode.req_body). */
    boolean bodyOptional;

    Grammar(TokenCursor c) {
        this.c = c;
        this.attrs = new AttrParser(this);
        this.paths = new PathParser(this);
        this.types = new TypeParser(this);
        this.generics = new GenericsParser(this);
        this.items = new ItemParser(this);
        this.decls = new DeclParser(this);
        this.adts = new AdtParser(this);
        this.fns = new FnParser(this);
        this.impls = new ImplParser(this);
        this.exprs = new ExprParser(this);
        this.postfix = new PostfixParser(this);
        this.primary = new PrimaryParser(this);
        this.control = new ControlParser(this);
        this.pats = new PatParser(this);
        this.blocks = new BlockParser(this);
    }
}
