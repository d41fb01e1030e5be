package dev.rustmem.syntax.parse;

import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.SourceFile;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Attribute;
import dev.rustmem.syntax.ast.Block;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.Ident;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.ast.Lifetime;
import dev.rustmem.syntax.ast.Meta;
import dev.rustmem.syntax.ast.Pat;
import dev.rustmem.syntax.ast.Path;
import dev.rustmem.syntax.ast.Stmt;
import dev.rustmem.syntax.ast.TokenTree;
import dev.rustmem.syntax.ast.TypeExpr;
import dev.rustmem.syntax.ast.Visibility;
import dev.rustmem.syntax.lex.Lexer;
import dev.rustmem.syntax.lex.Token;
import dev.rustmem.syntax.lex.TokenBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recursive-descent parser for Rust 2024. {@link #parseCrate} and {@link #parseTypeText} parse
 * whole files; an instance parses fragments from any token list (macro expansion substitutes
 * tokens and re-parses them). Errors never escape as exceptions: they are recorded in
 * {@link #diagnostics()} and a fragment method then returns a placeholder ({@code ()} for
 * expressions, {@code _} for types and patterns, an empty block, ...) after skipping input.
 */
public final class Parser {
    private final TokenCursor c;
    private final Grammar g;

    /** @param tokens need not end with EOF; the parser behaves as if they did */
    public Parser(SourceFile file, List<Token> tokens) {
        this(file, tokens, new Diagnostics());
    }

    private Parser(SourceFile file, List<Token> tokens, Diagnostics diags) {
        this(new TokenCursor(file, tokens, diags));
    }

    private Parser(TokenCursor c) {
        this.c = c;
        this.g = new Grammar(c);
    }

    /** Lexes and parses a whole file: inner attributes, then items. */
    public static ParseResult<Crate> parseCrate(SourceFile file) {
        Crate split = SplitParse.parse(file);
        return split != null ? new ParseResult<>(split, new Diagnostics()) : parseWhole(file);
    }

    /** As {@link #parseCrate}, on this thread in one part whatever the file's size. */
    static ParseResult<Crate> parseWhole(SourceFile file) {
        ParseResult<TokenBuffer> lexed = Lexer.lexBuffer(file);
        Diagnostics diags = new Diagnostics();
        diags.addAll(lexed.diagnostics());
        // Unbalanced delimiters stop rustc before parsing (lex_token_trees); so do we.
        Diagnostics delims = new Diagnostics();
        if (!lexed.value().delimitersBalanced()) {
            TokenTrees.check(lexed.value(), delims);
        }
        if (delims.hasErrors()) {
            diags.addAll(delims);
            return new ParseResult<>(new Crate(file, List.of(), List.of()), diags);
        }
        Parser p = ofBalancedFile(file, lexed.value(), diags);
        List<Attribute> attrs = new ArrayList<>();
        List<Item> items = p.itemsUntilClose(attrs);
        while (!p.c.atEof()) {
            // only a stray `}` stops the item loop before the end; delimiters are balanced, so never here
            p.c.bump();
            items = new ArrayList<>(items);
            items.addAll(p.itemsUntilClose(attrs));
        }
        return new ParseResult<>(new Crate(file, attrs, items), diags);
    }

    /** A parser of a whole file's tokens (or one part's) whose delimiters are known to balance. */
    private static Parser ofBalancedFile(SourceFile file, TokenBuffer tokens, Diagnostics diags) {
        Parser p = new Parser(new TokenCursor(file, tokens, diags));
        p.c.eofAtLastToken = true;
        p.c.balanced = true;
        return p;
    }

    /** Inner attributes and items up to EOF of one part of a file whose delimiters balance (see {@link SplitParse}). */
    static SplitParse.Part parsePart(SourceFile file, TokenBuffer tokens) {
        Diagnostics diags = new Diagnostics();
        Parser p = ofBalancedFile(file, tokens, diags);
        List<Attribute> attrs = new ArrayList<>();
        List<Item> items = p.itemsUntilClose(attrs);
        return new SplitParse.Part(attrs, items, diags.isEmpty() && p.c.atEof());
    }

    /** Parses text that must be exactly one type, e.g. {@code Option<Box<i32>>}. */
    public static ParseResult<TypeExpr> parseTypeText(SourceFile file) {
        ParseResult<TokenBuffer> lexed = Lexer.lexBuffer(file);
        Diagnostics diags = new Diagnostics();
        diags.addAll(lexed.diagnostics());
        Parser p = new Parser(new TokenCursor(file, lexed.value(), diags));
        TypeExpr ty = p.parseType();
        if (!p.c.atEof() && !diags.hasErrors()) {
            Token t = p.c.peek();
            p.c.error("expected end of input, found " + Describe.token(t), t.span(), "expected end of input");
        }
        return new ParseResult<>(ty, diags);
    }

    public TypeExpr parseType() {
        return guard(Rule.TYPE, null);
    }

    public Expr parseExpr() {
        return guard(Rule.EXPR, null);
    }

    public Pat parsePat() {
        return guard(Rule.PAT, null);
    }

    /** An item, or empty at the end of input; an error is reported if something else is there. */
    public Optional<Item> parseItem() {
        if (c.atEof()) {
            return Optional.empty();
        }
        return guard(Rule.ITEM, null);
    }

    public Stmt parseStmt() {
        return guard(Rule.STMT, null);
    }

    public Block parseBlock() {
        return guard(Rule.BLOCK, null);
    }

    /** A type-style path: generic args without turbofish. */
    public Path parsePath() {
        return guard(Rule.PATH, null);
    }

    public Visibility parseVisibility() {
        return guard(Rule.VISIBILITY, null);
    }

    public Meta parseMeta() {
        return guard(Rule.META, null);
    }

    public Lifetime parseLifetime() {
        return guard(Rule.LIFETIME, null);
    }

    /** Items until the end of the tokens, recovering after errors (macro expansion output). */
    public List<Item> parseItemsToEnd() {
        List<Item> out = new ArrayList<>();
        List<Attribute> inner = new ArrayList<>();
        while (!c.atEof()) {
            out.addAll(itemsUntilClose(inner));
            if (!c.atEof()) {
                c.error("unexpected closing delimiter: `" + c.peek().text() + "`", c.peek().span(),
                        "unexpected closing delimiter");
                c.bump();
            }
        }
        return out;
    }

    /** Statements until the end of the tokens; a final expression without {@code ;} is an unterminated ExprStmt. */
    public List<Stmt> parseStmtsToEnd() {
        List<Stmt> out = new ArrayList<>();
        while (!c.atEof()) {
            out.addAll(stmtsUntilClose());
            if (!c.atEof()) {
                c.error("unexpected closing delimiter: `" + c.peek().text() + "`", c.peek().span(),
                        "unexpected closing delimiter");
                c.bump();
            }
        }
        return out;
    }

    /** Index of the next unconsumed token. */
    public int position() {
        return c.position();
    }

    public boolean atEnd() {
        return c.atEof();
    }

    public Diagnostics diagnostics() {
        return c.diags;
    }

    /** Matches delimiters, reporting unclosed, unexpected and mismatched ones with rustc's wording. */
    public static List<TokenTree> toTokenTrees(List<Token> tokens, Diagnostics diags) {
        return TokenTrees.build(tokens, diags);
    }

    /** The inverse of {@link #toTokenTrees}. */
    public static List<Token> flatten(List<TokenTree> trees) {
        return TokenTrees.flatten(trees);
    }

    private Span here() {
        return Span.at(c.start());
    }

    private List<Item> itemsUntilClose(List<Attribute> inner) {
        return guard(Rule.ITEMS, inner);
    }

    private List<Stmt> stmtsUntilClose() {
        return guard(Rule.STMTS, null);
    }

    /** The fragment methods' rules for {@link #guard} (not lambdas: a lambda's bootstrap costs every cold run). */
    private enum Rule { TYPE, EXPR, PAT, ITEM, STMT, BLOCK, PATH, VISIBILITY, META, LIFETIME, ITEMS, STMTS }

    /**
     * Runs a rule; on a parse error (already reported) returns its placeholder. Deep recursion that
     * slipped past the depth guard also ends as a diagnostic, never as a thrown error.
     *
     * @param attrs where {@link Rule#ITEMS} puts inner attributes (null for the other rules)
     * @param <T>   the type the rule returns (each caller asks for its own rule's)
     */
    @SuppressWarnings("unchecked")
    private <T> T guard(Rule rule, List<Attribute> attrs) {
        int depth = c.depth();
        int mark = g.lists.mark();
        try {
            return (T) parse(rule, attrs);
        } catch (ParseError | StackOverflowError e) {
            c.resetDepth(depth);
            g.lists.reset(mark);
            if (e instanceof StackOverflowError) {
                c.error("recursion limit reached while parsing", c.peek().span(), "nested too deeply");
                while (!c.atEof()) {
                    c.bump();
                }
            }
            return (T) placeholder(rule);
        }
    }

    private Object parse(Rule rule, List<Attribute> attrs) {
        return switch (rule) {
            case TYPE -> g.types.type();
            case EXPR -> g.exprs.exprAllowStruct();
            case PAT -> g.pats.pat();
            case ITEM -> Optional.of(g.items.item());
            case STMT -> g.blocks.stmt();
            case BLOCK -> g.blocks.block(new ArrayList<>());
            case PATH -> g.paths.path(PathParser.Style.TYPE);
            case VISIBILITY -> g.decls.visibility();
            case META -> g.attrs.meta();
            case LIFETIME -> g.items.lifetime();
            case ITEMS -> g.items.itemsUntilClose(attrs);
            case STMTS -> g.blocks.stmtsUntilClose();
        };
    }

    /** What a rule gives after an error: {@code ()}, {@code _}, an empty block, ... */
    private Object placeholder(Rule rule) {
        return switch (rule) {
            case TYPE -> new TypeExpr.Infer(here());
            case EXPR -> new Expr.Tuple(List.of(), here());
            case PAT -> new Pat.Wild(here());
            case ITEM -> Optional.empty();
            case STMT -> new Stmt.Empty(here());
            case BLOCK -> new Block(List.of(), Optional.empty(), here());
            case PATH -> PathParser.single(new Ident("_", here()));
            case VISIBILITY -> Visibility.inherited(here());
            case META -> new Meta.Raw("", List.of(), here());
            case LIFETIME -> new Lifetime("'_", here());
            case ITEMS, STMTS -> List.of();
        };
    }
}
