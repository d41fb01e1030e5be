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
import java.util.function.Function;
import java.util.function.UnaryOperator;

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
        return flatMap(items, i -> keep(i.attrs()) ? item(i) : List.of());
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
        Optional<Expr> tail = opt(b.tail(), this::expr);
        return stmts == b.stmts() && tail == b.tail() ? b : new Block(stmts, tail, b.span());
    }

    public List<Stmt> stmts(List<Stmt> stmts) {
        return flatMap(stmts, s -> keep(stmtAttrs(s)) ? stmt(s) : List.of());
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
            Optional<TypeExpr> ty = opt(l.ty(), this::type);
            Optional<Expr> init = opt(l.init(), this::expr);
            Optional<Block> els = opt(l.elseBlock(), this::block);
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

    /** Maps each element; returns {@code xs} itself when every element maps to itself. */
    public static <T> List<T> map(List<T> xs, UnaryOperator<T> f) {
        List<T> out = null;
        for (int i = 0; i < xs.size(); i++) {
            T x = xs.get(i);
            T y = f.apply(x);
            if (out == null && y != x) {
                out = new ArrayList<>(xs.subList(0, i));
            }
            if (out != null) {
                out.add(y);
            }
        }
        return out == null ? xs : out;
    }

    /** Maps each element to a list and concatenates; returns {@code xs} when nothing changed. */
    public static <T> List<T> flatMap(List<T> xs, Function<T, List<T>> f) {
        List<T> out = null;
        for (int i = 0; i < xs.size(); i++) {
            T x = xs.get(i);
            List<T> ys = f.apply(x);
            boolean same = ys.size() == 1 && ys.get(0) == x;
            if (out == null && !same) {
                out = new ArrayList<>(xs.subList(0, i));
            }
            if (out != null) {
                out.addAll(ys);
            }
        }
        return out == null ? xs : out;
    }

    /** Keeps the elements whose attributes pass {@link #keep}, mapping the rest. */
    public <T> List<T> filterMap(List<T> xs, Function<T, List<Attribute>> attrsOf, UnaryOperator<T> f) {
        return flatMap(xs, x -> keep(attrsOf.apply(x)) ? List.of(f.apply(x)) : List.of());
    }

    public static <T> Optional<T> opt(Optional<T> o, UnaryOperator<T> f) {
        if (o.isEmpty()) {
            return o;
        }
        T y = f.apply(o.get());
        return y == o.get() ? o : Optional.of(y);
    }
}
