package dev.rustmem.syntax.expand;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.SourceFile;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Attribute;
import dev.rustmem.syntax.ast.Block;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.ast.MacCall;
import dev.rustmem.syntax.ast.Pat;
import dev.rustmem.syntax.ast.Stmt;
import dev.rustmem.syntax.ast.TypeExpr;
import dev.rustmem.types.Cfg;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The expansion pass: one walk over the crate in source order that keeps the textual macro
 * scope, strips {@code #[cfg]}-false nodes, applies {@code #[cfg_attr]}, and replaces every
 * macro invocation by its expansion, which is walked again (one level deeper) before it is
 * spliced in. Statement and item macros may expand to several statements or items; a macro in
 * a block's tail position expands like a statement macro and its last expression without a
 * semicolon becomes the new tail. Failed expansions are reported and left in place.
 */
final class Expander extends AstRewriter {
    private final SourceFile file;
    private final Diagnostics diags;
    private final CfgEval cfg;
    private final ExpansionParser parser;
    private final MacroInvoker invoker;
    private final MacroCompilerCache compiled;
    private final Builtins builtins;
    private final MacroResolver resolver;
    private final ExpansionStack stack;
    private final Hygiene hygiene = new Hygiene();
    private MacroScope scope = new MacroScope(null);

    Expander(Crate crate, Cfg target, Diagnostics diags) {
        this.file = crate.file();
        this.diags = diags;
        this.cfg = new CfgEval(target);
        this.parser = new ExpansionParser(file, diags);
        TokenMarks marks = new TokenMarks();
        this.invoker = new MacroInvoker(file, diags, marks);
        this.compiled = new MacroCompilerCache(diags);
        this.resolver = new MacroResolver(DefinitionCollector.collect(crate, compiled, cfg), diags);
        this.stack = new ExpansionStack(crate, diags, resolver);
        this.builtins = new Builtins(file, diags, parser, cfg, e -> stack.deeper(() -> expr(e)),
                resolver::insideDefinition, marks);
    }

    // ---- cfg ----

    @Override
    public List<Attribute> attrs(List<Attribute> attrs) {
        return cfg.expandCfgAttr(attrs, diags);
    }

    @Override
    public boolean keep(List<Attribute> attrs) {
        // A #[cfg] may come out of a #[cfg_attr]; the cfg_attr's own errors are reported once, by attrs().
        return cfg.keep(cfg.expandCfgAttr(attrs, new Diagnostics()), diags);
    }

    // ---- items ----

    @Override
    public List<Item> item(Item i) {
        if (i instanceof Item.MacroRules mr) {
            scope.define(compiled.compile(mr));
            return super.item(i);
        } else if (i instanceof Item.MacroItem mi) {
            return macroItem(mi);
        } else if (i instanceof Item.Mod m) {
            return List.of(module(m));
        }
        return super.item(i);
    }

    private Item module(Item.Mod m) {
        MacroScope outer = scope;
        scope = outer.child();
        stack.enterModule(m.name().name());
        try {
            return itemChildren(m);
        } finally {
            stack.exitModule();
            MacroScope inner = scope;
            scope = outer;
            if (Attribute.find(m.attrs(), "macro_use").isPresent()) {
                inner.own().forEach(scope::define); // #[macro_use] keeps the module's macros in scope after it
            }
        }
    }

    private List<Item> macroItem(Item.MacroItem mi) {
        MacCall call = mi.mac();
        Optional<MacroDef> def = resolver.resolve(call, scope);
        if (def.isPresent()) {
            Optional<List<Item>> items = invoke(def.get(), call)
                    .flatMap(t -> hygiene.parse(t, ts -> parser.items(ts,
                            Optional.of(new ExpansionParser.Origin(call.name(), call.span()))),
                            AstRewriter::items, x -> List.of()));
            return items.isEmpty() ? List.of(mi) : nested(call, () -> items(items.get()));
        }
        if (resolver.isBuiltin(call)) {
            return builtinItem(mi);
        }
        resolver.reportNotFound(call);
        return List.of(mi);
    }

    private List<Item> builtinItem(Item.MacroItem mi) {
        MacCall call = mi.mac();
        switch (call.name()) {
            case "thread_local" -> {
                ThreadLocalDecl.parseAll(call, parser, diags);
                return List.of(mi);
            }
            case "compile_error" -> {
                builtins.expand(call, site(call));
                return List.of();
            }
            default -> {
                diags.add(Diagnostic.error("macro expansion ignores `" + call.name() + "!` in item position",
                        call.span(), "").withNote("the usage of `" + call.name()
                        + "!` is likely invalid in item context"));
                return List.of(mi);
            }
        }
    }

    // ---- statements and blocks ----

    @Override
    public Block block(Block b) {
        MacroScope outer = scope;
        scope = outer.child();
        try {
            List<Stmt> stmts = stmts(b.stmts());
            if (b.tail().isPresent() && b.tail().get() instanceof Expr.MacroCall mc) {
                Stmt tailStmt = new Stmt.ExprStmt(mc, false, mc.span());
                List<Stmt> expanded = stmtMacro(mc.mac(), false, tailStmt);
                if (expanded.size() == 1 && expanded.get(0) == tailStmt) {
                    return stmts == b.stmts() ? b : new Block(stmts, b.tail(), b.span());
                }
                return withTail(stmts, expanded, b.span());
            }
            Optional<Expr> tail = opt(b.tail(), this::expr);
            return stmts == b.stmts() && tail == b.tail() ? b : new Block(stmts, tail, b.span());
        } finally {
            scope = outer;
        }
    }

    private static Block withTail(List<Stmt> stmts, List<Stmt> expanded, Span span) {
        List<Stmt> all = new ArrayList<>(stmts);
        all.addAll(expanded);
        Optional<Expr> tail = Optional.empty();
        if (!all.isEmpty() && all.get(all.size() - 1) instanceof Stmt.ExprStmt es && !es.semi()) {
            tail = Optional.of(es.expr());
            all.remove(all.size() - 1);
        }
        return new Block(all, tail, span);
    }

    @Override
    public List<Stmt> stmt(Stmt s) {
        if (s instanceof Stmt.ExprStmt es && stack.inSource() && !keep(StmtAttrs.of(file, es))) {
            return List.of(); // `#[cfg(false_pred)] expr;`
        }
        if (s instanceof Stmt.ExprStmt es && es.expr() instanceof Expr.MacroCall mc) {
            return stmtMacro(mc.mac(), es.semi(), s);
        }
        return super.stmt(s);
    }

    /** A macro in statement position; returns {@code original} alone when expansion failed. */
    private List<Stmt> stmtMacro(MacCall call, boolean semi, Stmt original) {
        Optional<MacroDef> def = resolver.resolve(call, scope);
        if (def.isPresent()) {
            Optional<List<Stmt>> parsed = invoke(def.get(), call)
                    .flatMap(t -> hygiene.parse(t, parser::stmts, AstRewriter::stmts, x -> x));
            if (parsed.isEmpty()) {
                return List.of(original);
            }
            List<Stmt> stmts = new ArrayList<>(parsed.get());
            int last = stmts.size() - 1;
            if (semi && last >= 0 && stmts.get(last) instanceof Stmt.ExprStmt es && !es.semi()) {
                stmts.set(last, new Stmt.ExprStmt(es.expr(), true, es.span())); // `m!(..);` ends the last statement
            }
            return nested(call, () -> stmts(stmts));
        }
        if (resolver.isBuiltin(call) && call.name().equals("thread_local")) {
            Item.MacroItem mi = new Item.MacroItem(List.of(), call, call.span());
            return builtinItem(mi).stream().<Stmt>map(Stmt.ItemStmt::new).toList();
        }
        Expr e = macroExpr(new Expr.MacroCall(call));
        if (e instanceof Expr.MacroCall) {
            return List.of(original);
        }
        return List.of(new Stmt.ExprStmt(e, semi, original.span()));
    }

    // ---- expressions, types, patterns ----

    @Override
    public Expr expr(Expr e) {
        if (e instanceof Expr.MacroCall mc) {
            return macroExpr(mc);
        } else if (e instanceof Expr.Paren p && p.span().equals(p.inner().span())) {
            return expr(p.inner()); // invisible parentheses around a substituted $e:expr (see Trees)
        }
        return super.expr(e);
    }

    private Expr macroExpr(Expr.MacroCall mc) {
        MacCall call = mc.mac();
        Optional<MacroDef> def = resolver.resolve(call, scope);
        if (def.isPresent()) {
            var origin = Optional.of(new ExpansionParser.Origin(call.name(), call.span()));
            Optional<Expr> e = invoke(def.get(), call).flatMap(t -> hygiene.parse(t, ts -> parser.expr(ts, origin),
                    AstRewriter::expr, x -> List.of()));
            return e.isEmpty() ? mc : nested(call, () -> expr(e.get()));
        }
        if (resolver.isBuiltin(call)) {
            Optional<Expr> e = builtins.expand(call, site(call));
            return e.isEmpty() ? mc : nested(call, () -> super.expr(e.get()));
        }
        resolver.reportNotFound(call);
        return mc;
    }

    @Override
    public TypeExpr type(TypeExpr t) {
        if (t instanceof TypeExpr.MacroType mt) {
            MacCall call = mt.mac();
            Optional<MacroDef> def = resolver.resolveOrReport(call, scope, "type");
            var origin = Optional.of(new ExpansionParser.Origin(call.name(), call.span()));
            Optional<TypeExpr> r = def.flatMap(d -> invoke(d, call)).flatMap(tr -> hygiene.parse(tr,
                    ts -> parser.type(ts, origin), AstRewriter::type, x -> List.of()));
            return r.isEmpty() ? t : nested(call, () -> type(r.get()));
        } else if (t instanceof TypeExpr.Paren p && p.span().equals(p.inner().span())) {
            return type(p.inner());
        }
        return super.type(t);
    }

    @Override
    public Pat pat(Pat p) {
        if (p instanceof Pat.MacroPat mp) {
            MacCall call = mp.mac();
            Optional<MacroDef> def = resolver.resolveOrReport(call, scope, "pattern");
            var origin = Optional.of(new ExpansionParser.Origin(call.name(), call.span()));
            Optional<Pat> r = def.flatMap(d -> invoke(d, call)).flatMap(t -> hygiene.parse(t,
                    ts -> parser.pat(ts, origin), AstRewriter::pat, x -> List.of()));
            return r.isEmpty() ? p : nested(call, () -> pat(r.get()));
        } else if (p instanceof Pat.ParenPat pp && pp.span().equals(pp.inner().span())) {
            return pat(pp.inner());
        }
        return super.pat(p);
    }

    // ---- invocation plumbing ----

    private Optional<Transcriber.Transcription> invoke(MacroDef def, MacCall call) {
        return stack.limitReached(call) ? Optional.empty() : invoker.invoke(def, call);
    }

    private <T> T nested(MacCall call, Supplier<T> walk) {
        return stack.nested(call, walk);
    }

    private Builtins.Site site(MacCall call) {
        return stack.site(call);
    }
}
