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
        Parser p = new Parser(new TokenCursor(file, lexed.value(), diags));
        p.c.eofAtLastToken = true;
        p.c.balanced = true;
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
        int depth = c.depth();
        int mark = g.lists.mark();
        try {
            return g.types.type();
        } catch (ParseError | StackOverflowError e) {
            recover(e, depth, mark);
            return new TypeExpr.Infer(here());
        }
    }

    public Expr parseExpr() {
        int depth = c.depth();
        int mark = g.lists.mark();
        try {
            return g.exprs.exprAllowStruct();
        } catch (ParseError | StackOverflowError e) {
            recover(e, depth, mark);
            return new Expr.Tuple(List.of(), here());
        }
    }

    public Pat parsePat() {
        int depth = c.depth();
        int mark = g.lists.mark();
        try {
            return g.pats.pat();
        } catch (ParseError | StackOverflowError e) {
            recover(e, depth, mark);
            return new Pat.Wild(here());
        }
    }

    /** An item, or empty at the end of input; an error is reported if something else is there. */
    public Optional<Item> parseItem() {
        if (c.atEof()) {
            return Optional.empty();
        }
        int depth = c.depth();
        int mark = g.lists.mark();
        try {
            return Optional.of(g.items.item());
        } catch (ParseError | StackOverflowError e) {
            recover(e, depth, mark);
            return Optional.empty();
        }
    }

    public Stmt parseStmt() {
        int depth = c.depth();
        int mark = g.lists.mark();
        try {
            return g.blocks.stmt();
        } catch (ParseError | StackOverflowError e) {
            recover(e, depth, mark);
            return new Stmt.Empty(here());
        }
    }

    public Block parseBlock() {
        int depth = c.depth();
        int mark = g.lists.mark();
        try {
            return g.blocks.block(new ArrayList<>());
        } catch (ParseError | StackOverflowError e) {
            recover(e, depth, mark);
            return new Block(List.of(), Optional.empty(), here());
        }
    }

    /** A type-style path: generic args without turbofish. */
    public Path parsePath() {
        int depth = c.depth();
        int mark = g.lists.mark();
        try {
            return g.paths.path(PathParser.Style.TYPE);
        } catch (ParseError | StackOverflowError e) {
            recover(e, depth, mark);
            return PathParser.single(new Ident("_", here()));
        }
    }

    public Visibility parseVisibility() {
        int depth = c.depth();
        int mark = g.lists.mark();
        try {
            return g.decls.visibility();
        } catch (ParseError | StackOverflowError e) {
            recover(e, depth, mark);
            return Visibility.inherited(here());
        }
    }

    public Meta parseMeta() {
        int depth = c.depth();
        int mark = g.lists.mark();
        try {
            return g.attrs.meta();
        } catch (ParseError | StackOverflowError e) {
            recover(e, depth, mark);
            return new Meta.Raw("", List.of(), here());
        }
    }

    public Lifetime parseLifetime() {
        int depth = c.depth();
        int mark = g.lists.mark();
        try {
            return g.items.lifetime();
        } catch (ParseError | StackOverflowError e) {
            recover(e, depth, mark);
            return new Lifetime("'_", here());
        }
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
        int depth = c.depth();
        int mark = g.lists.mark();
        try {
            return g.items.itemsUntilClose(inner);
        } catch (ParseError | StackOverflowError e) {
            recover(e, depth, mark);
            return List.of();
        }
    }

    private List<Stmt> stmtsUntilClose() {
        int depth = c.depth();
        int mark = g.lists.mark();
        try {
            return g.blocks.stmtsUntilClose();
        } catch (ParseError | StackOverflowError e) {
            recover(e, depth, mark);
            return List.of();
        }
    }

    // Each fragment method above runs its rule in a try block of its own, falling back to a
    // placeholder, rather than passing the rule and the fallback as lambdas to one method: a
    // lambda's invokedynamic bootstrap would cost every (cold) run.

    /**
     * After a rule threw {@code e}: a parse error (already reported) or a recursion too deep that
     * slipped past the depth guard, which also ends as a diagnostic, never as a thrown error.
     * Restores the state the rule started from; the caller then returns its placeholder.
     */
    private void recover(Throwable e, int depth, int mark) {
        c.resetDepth(depth);
        g.lists.reset(mark);
        if (e instanceof StackOverflowError) {
            c.error("recursion limit reached while parsing", c.peek().span(), "nested too deeply");
            while (!c.atEof()) {
                c.bump();
            }
        }
    }
}
