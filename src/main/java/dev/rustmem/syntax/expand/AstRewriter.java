package dev.rustmem.syntax.expand;

import dev.rustmem.syntax.ast.Attribute;
import dev.rustmem.syntax.ast.Block;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.ast.Pat;
import dev.rustmem.syntax.ast.Stmt;
import dev.rustmem.syntax.ast.TypeExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A reusable tree rewriter over the immutable AST. The default implementation walks every node
 * and returns the very same object when nothing below it changed, so a subclass that overrides
 * one hook ({@link #expr}, {@link #item}, {@link #stmt}, {@link #keep}, ...) pays for rebuilding
 * only the spine above the nodes it replaces.
 *
 * <p>Hooks that may expand one node into several ({@link #item}, {@link #stmt}) return lists;
 * {@link #keep} filters every attribute-carrying list element (items, statements, fields,
 * variants, arms, field initialisers and patterns, parameters), which is what {@code #[cfg]}
 * stripping needs. Dispatch over the node categories is delegated to one visitor per category
 * ({@link ExprRewriter}, {@link PatRewriter}, {@link TypeRewriter}, {@link ItemRewriter}).
 */
public class AstRewriter {
    private final ExprRewriter exprs = new ExprRewriter(this);
    private final PatRewriter pats = new PatRewriter(this);
    private final TypeRewriter types = new TypeRewriter(this);
    private final ItemRewriter itemChildren = new ItemRewriter(this);

    public Crate crate(Crate c) {
        List<Attribute> attrs = attrs(c.attrs());
        List<Item> items = items(c.items());
        return attrs == c.attrs() && items == c.items() ? c : new Crate(c.file(), attrs, items);
    }

    public Expr expr(Expr e) {
        return e.accept(exprs);
    }

    public Pat pat(Pat p) {
        return p.accept(pats);
    }

    public TypeExpr type(TypeExpr t) {
        return t.accept(types);
    }

    /** The path rewriter also covers generic arguments, bounds and generics. */
    public TypeRewriter types() {
        return types;
    }

    public List<Item> items(List<Item> items) {
        ListRewrite<Item> out = new ListRewrite<>(items);
        for (int k = 0; k < items.size(); k++) {
            Item i = items.get(k);
            if (keep(i.attrs())) {
                out.addAll(item(i));
            } else {
                out.drop();
            }
        }
        return out.result();
    }

    /** One item into zero or more items; by default the item with its children rewritten. */
    public List<Item> item(Item i) {
        Item r = itemChildren(i);
        return List.of(r);
    }

    protected final Item itemChildren(Item i) {
        return i.accept(itemChildren);
    }

    public Block block(Block b) {
        List<Stmt> stmts = stmts(b.stmts());
        Optional<Expr> tail = optExpr(b.tail());
        return stmts == b.stmts() && tail == b.tail() ? b : new Block(stmts, tail, b.span());
    }

    public List<Stmt> stmts(List<Stmt> stmts) {
        ListRewrite<Stmt> out = new ListRewrite<>(stmts);
        for (int k = 0; k < stmts.size(); k++) {
            Stmt s = stmts.get(k);
            if (keep(stmtAttrs(s))) {
                out.addAll(stmt(s));
            } else {
                out.drop();
            }
        }
        return out.result();
    }

    /** One statement into zero or more statements; item statements go through {@link #item}. */
    public List<Stmt> stmt(Stmt s) {
        if (s instanceof Stmt.ItemStmt is) {
            List<Item> items = item(is.item());
            if (items.size() == 1 && items.get(0) == is.item()) {
                return List.of(s);
            }
            List<Stmt> out = new ArrayList<>(items.size());
            for (Item i : items) {
                out.add(new Stmt.ItemStmt(i));
            }
            return out;
        }
        return List.of(stmtChildren(s));
    }

    protected final Stmt stmtChildren(Stmt s) {
        if (s instanceof Stmt.Let l) {
            List<Attribute> attrs = attrs(l.attrs());
            Pat pat = pat(l.pat());
            Optional<TypeExpr> ty = optType(l.ty());
            Optional<Expr> init = optExpr(l.init());
            Optional<Block> els = optBlock(l.elseBlock());
            if (attrs == l.attrs() && pat == l.pat() && ty == l.ty() && init == l.init() && els == l.elseBlock()) {
                return l;
            }
            return new Stmt.Let(attrs, pat, ty, init, els, l.span());
        } else if (s instanceof Stmt.ExprStmt es) {
            Expr e = expr(es.expr());
            return e == es.expr() ? es : new Stmt.ExprStmt(e, es.semi(), es.span());
        } else if (s instanceof Stmt.ItemStmt is) {
            Item i = itemChildren(is.item());
            return i == is.item() ? is : new Stmt.ItemStmt(i);
        } else if (s instanceof Stmt.Empty) {
            return s;
        }
        throw new AssertionError(s);
    }

    private static List<Attribute> stmtAttrs(Stmt s) {
        if (s instanceof Stmt.Let l) {
            return l.attrs();
        } else if (s instanceof Stmt.ItemStmt is) {
            return is.item().attrs();
        }
        return List.of();
    }

    /** Rewrites an attribute list (e.g. {@code #[cfg_attr]} expansion). */
    public List<Attribute> attrs(List<Attribute> attrs) {
        return attrs;
    }

    /** Whether a list element with these attributes stays (false drops it, e.g. a false {@code #[cfg]}). */
    public boolean keep(List<Attribute> attrs) {
        return true;
    }

    // ---- helpers that preserve identity when nothing changed ----
    // (Typed methods and ListRewrite loops, not helpers taking functions: a lambda's bootstrap costs every cold run.)

    final Optional<Expr> optExpr(Optional<Expr> e) {
        return e.isEmpty() ? e : rewrapped(e, expr(e.get()));
    }

    final Optional<TypeExpr> optType(Optional<TypeExpr> t) {
        return t.isEmpty() ? t : rewrapped(t, type(t.get()));
    }

    final Optional<Pat> optPat(Optional<Pat> p) {
        return p.isEmpty() ? p : rewrapped(p, pat(p.get()));
    }

    final Optional<Block> optBlock(Optional<Block> b) {
        return b.isEmpty() ? b : rewrapped(b, block(b.get()));
    }

    /** {@code o} itself when its value was rewritten to itself, else {@code y}, its rewrite. */
    static <T> Optional<T> rewrapped(Optional<T> o, T y) {
        return y == o.get() ? o : Optional.of(y);
    }
}
