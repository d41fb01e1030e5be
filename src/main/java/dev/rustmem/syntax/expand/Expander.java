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
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

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
        this.builtins = new Builtins(file, diags, parser, cfg, new ArgumentWalk(), new InsideDefinition(resolver),
                marks);
    }

    // Named classes, enter/exit pairs and loops, not lambdas, in this file: a lambda's bootstrap costs every cold run.

    /** Walks a built-in macro's argument, one expansion level deeper. */
    private final class ArgumentWalk implements UnaryOperator<Expr> {
        @Override
        public Expr apply(Expr e) {
            stack.enterArgument();
            try {
                return expr(e);
            } finally {
                stack.exitArgument();
            }
        }
    }

    /** Whether a span lies in a {@code macro_rules!} body. */
    private static final class InsideDefinition implements Predicate<Span> {
        private final MacroResolver resolver;

        InsideDefinition(MacroResolver resolver) {
            this.resolver = resolver;
        }

        @Override
        public boolean test(Span s) {
            return resolver.insideDefinition(s);
        }
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
                for (MacroDef d : inner.own()) {
                    scope.define(d); // #[macro_use] keeps the module's macros in scope after it
                }
            }
        }
    }

    private List<Item> macroItem(Item.MacroItem mi) {
        MacCall call = mi.mac();
        Optional<MacroDef> def = resolver.resolve(call, scope);
        if (def.isPresent()) {
            var kind = new ExpansionKind.Items(parser, origin(call));
            Optional<List<Item>> items = expand(def.get(), call, kind);
            return items.isEmpty() ? List.of(mi) : nested(call, kind, items.get());
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
            Optional<Expr> tail = optExpr(b.tail());
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
            var kind = new ExpansionKind.Stmts(parser);
            Optional<List<Stmt>> parsed = expand(def.get(), call, kind);
            if (parsed.isEmpty()) {
                return List.of(original);
            }
            List<Stmt> stmts = new ArrayList<>(parsed.get());
            int last = stmts.size() - 1;
            if (semi && last >= 0 && stmts.get(last) instanceof Stmt.ExprStmt es && !es.semi()) {
                stmts.set(last, new Stmt.ExprStmt(es.expr(), true, es.span())); // `m!(..);` ends the last statement
            }
            return nested(call, kind, stmts);
        }
        if (resolver.isBuiltin(call) && call.name().equals("thread_local")) {
            Item.MacroItem mi = new Item.MacroItem(List.of(), call, call.span());
            List<Item> items = builtinItem(mi);
            List<Stmt> out = new ArrayList<>(items.size());
            for (Item i : items) {
                out.add(new Stmt.ItemStmt(i));
            }
            return List.copyOf(out);
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
            var kind = new ExpansionKind.Expression(parser, origin(call));
            Optional<Expr> e = expand(def.get(), call, kind);
            return e.isEmpty() ? mc : nested(call, kind, e.get());
        }
        if (resolver.isBuiltin(call)) {
            Optional<Expr> e = builtins.expand(call, site(call));
            if (e.isEmpty()) {
                return mc;
            }
            Span outer = stack.enter(call);
            try {
                return super.expr(e.get());
            } finally {
                stack.exit(outer);
            }
        }
        resolver.reportNotFound(call);
        return mc;
    }

    @Override
    public TypeExpr type(TypeExpr t) {
        if (t instanceof TypeExpr.MacroType mt) {
            MacCall call = mt.mac();
            Optional<MacroDef> def = resolver.resolveOrReport(call, scope, "type");
            var kind = new ExpansionKind.Type(parser, origin(call));
            Optional<TypeExpr> r = def.isEmpty() ? Optional.empty() : expand(def.get(), call, kind);
            return r.isEmpty() ? t : nested(call, kind, r.get());
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
            var kind = new ExpansionKind.Pattern(parser, origin(call));
            Optional<Pat> r = def.isEmpty() ? Optional.empty() : expand(def.get(), call, kind);
            return r.isEmpty() ? p : nested(call, kind, r.get());
        } else if (p instanceof Pat.ParenPat pp && pp.span().equals(pp.inner().span())) {
            return pat(pp.inner());
        }
        return super.pat(p);
    }

    // ---- invocation plumbing ----

    /** The expansion of {@code call} by {@code def}, parsed as {@code kind}; empty after a reported error. */
    private <T> Optional<T> expand(MacroDef def, MacCall call, ExpansionKind<T> kind) {
        if (stack.limitReached(call)) {
            return Optional.empty();
        }
        Optional<Transcriber.Transcription> t = invoker.invoke(def, call);
        return t.isEmpty() ? Optional.empty() : hygiene.parse(t.get(), kind);
    }

    /** Walks an expansion of {@code call}, one level deeper (see {@link ExpansionStack#enter}). */
    private <T> T nested(MacCall call, ExpansionKind<T> kind, T expansion) {
        Span outer = stack.enter(call);
        try {
            return kind.rewrite(this, expansion);
        } finally {
            stack.exit(outer);
        }
    }

    private static Optional<ExpansionParser.Origin> origin(MacCall call) {
        return Optional.of(new ExpansionParser.Origin(call.name(), call.span()));
    }

    private Builtins.Site site(MacCall call) {
        return stack.site(call);
    }
}
