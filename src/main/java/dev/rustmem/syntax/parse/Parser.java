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
import java.util.function.Supplier;

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
        List<Item> items = p.guard(() -> p.g.items.itemsUntilClose(attrs), List::of);
        while (!p.c.atEof()) {
            // only a stray `}` stops the item loop before the end; delimiters are balanced, so never here
            p.c.bump();
            items = new ArrayList<>(items);
            items.addAll(p.guard(() -> p.g.items.itemsUntilClose(attrs), List::of));
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
        return guard(g.types::type, () -> new TypeExpr.Infer(here()));
    }

    public Expr parseExpr() {
        return guard(g.exprs::exprAllowStruct, () -> new Expr.Tuple(List.of(), here()));
    }

    public Pat parsePat() {
        return guard(g.pats::pat, () -> new Pat.Wild(here()));
    }

    /** An item, or empty at the end of input; an error is reported if something else is there. */
    public Optional<Item> parseItem() {
        if (c.atEof()) {
            return Optional.empty();
        }
        return guard(() -> Optional.of(g.items.item()), Optional::empty);
    }

    public Stmt parseStmt() {
        return guard(g.blocks::stmt, () -> new Stmt.Empty(here()));
    }

    public Block parseBlock() {
        return guard(() -> g.blocks.block(new ArrayList<>()), () -> new Block(List.of(), Optional.empty(), here()));
    }

    /** A type-style path: generic args without turbofish. */
    public Path parsePath() {
        return guard(() -> g.paths.path(PathParser.Style.TYPE), () -> PathParser.single(new Ident("_", here())));
    }

    public Visibility parseVisibility() {
        return guard(g.decls::visibility, () -> Visibility.inherited(here()));
    }

    public Meta parseMeta() {
        return guard(g.attrs::meta, () -> new Meta.Raw("", List.of(), here()));
    }

    public Lifetime parseLifetime() {
        return guard(() -> g.items.lifetime(), () -> new Lifetime("'_", here()));
    }

    /** Items until the end of the tokens, recovering after errors (macro expansion output). */
    public List<Item> parseItemsToEnd() {
        List<Item> out = new ArrayList<>();
        List<Attribute> inner = new ArrayList<>();
        while (!c.atEof()) {
            out.addAll(guard(() -> g.items.itemsUntilClose(inner), List::of));
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
            out.addAll(guard(g.blocks::stmtsUntilClose, List::of));
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

    /**
     * Runs a rule; on a parse error (already reported) returns the fallback. Deep recursion that
     * slipped past the depth guard also ends as a diagnostic, never as a thrown error.
     */
    private <T> T guard(Supplier<T> rule, Supplier<T> fallback) {
        int depth = c.depth();
        int mark = g.lists.mark();
        try {
            return rule.get();
        } catch (ParseError e) {
            c.resetDepth(depth);
            g.lists.reset(mark);
            return fallback.get();
        } catch (StackOverflowError e) {
            c.resetDepth(depth);
            g.lists.reset(mark);
            c.error("recursion limit reached while parsing", c.peek().span(), "nested too deeply");
            while (!c.atEof()) {
                c.bump();
            }
            return fallback.get();
        }
    }
}
