package dev.rustmem.types.collect;

import dev.rustmem.syntax.ast.Arm;
import dev.rustmem.syntax.ast.Block;
import dev.rustmem.syntax.ast.BuiltinArgs;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.GenericArgs;
import dev.rustmem.syntax.ast.Ident;
import dev.rustmem.syntax.ast.Path;
import dev.rustmem.syntax.ast.PathSegment;
import dev.rustmem.syntax.ast.Stmt;
import dev.rustmem.syntax.ast.TypeExpr;
import dev.rustmem.types.lower.Env;
import dev.rustmem.types.resolve.Def;
import dev.rustmem.types.resolve.ModuleData;
import dev.rustmem.types.resolve.Namespace;
import dev.rustmem.types.resolve.PathRes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Walks a function body (or a const initializer) for the types it writes: {@code let} types,
 * casts, closure signatures, turbofish arguments ({@code size_of::<T>()}, {@code Vec::<u16>::new()},
 * {@code x.collect::<Vec<u8>>()}) and the arguments of expanded built-in macros. Blocks with items
 * open an anonymous scope (rustc's block module) whose items are walked in place.
 */
final class BodyWalker implements Expr.Visitor<Void> {
    private final CrateWalker crate;
    private ModuleData scope;
    private Env env;
    private final String owner;
    private int closures;

    /** @param owner rustc's printed path of the body's owner, the prefix of block-local items */
    BodyWalker(CrateWalker crate, ModuleData scope, Env env, String owner) {
        this.crate = crate;
        this.scope = scope;
        this.env = env;
        this.owner = owner;
    }

    void fnBody(Block b) {
        block(b);
    }

    void expr(Expr e) {
        e.accept(this);
    }

    // Plain ifs and loops, not ifPresent/forEach, in this file: a lambda's bootstrap costs every cold run.

    private void opt(Optional<Expr> e) {
        if (e.isPresent()) {
            expr(e.get());
        }
    }

    private void all(List<Expr> es) {
        for (int i = 0; i < es.size(); i++) {
            expr(es.get(i));
        }
    }

    private void writtenLenient(Optional<TypeExpr> t) {
        if (t.isPresent()) {
            crate.writtenLenient(t.get(), env);
        }
    }

    private void block(Block b) {
        ModuleData saved = scope;
        Env savedEnv = env;
        Optional<ModuleData> inner = crate.collector.collectBlock(scope, b.stmts(), owner);
        if (inner.isPresent()) {
            scope = inner.get();
            env = env.withScope(scope);
        }
        for (Stmt s : b.stmts()) {
            stmt(s);
        }
        opt(b.tail());
        scope = saved;
        env = savedEnv;
    }

    private void stmt(Stmt s) {
        if (s instanceof Stmt.Let l) {
            writtenLenient(l.ty());
            opt(l.init());
            if (l.elseBlock().isPresent()) {
                block(l.elseBlock().get());
            }
        } else if (s instanceof Stmt.ExprStmt es) {
            expr(es.expr());
        } else if (s instanceof Stmt.ItemStmt is) {
            crate.item(scope, is.item());
        }
    }

    /** Type arguments in an expression path: the type they complete, or a function's own arguments. */
    private void path(Path p) {
        List<PathSegment> segs = p.segments();
        for (int i = 0; i < segs.size(); i++) {
            PathSegment s = segs.get(i);
            if (s.args().isEmpty() || !(s.args().get() instanceof GenericArgs.AngleBracketed)) {
                continue;
            }
            if (namesType(p, i)) {
                Path prefix = new Path(p.global(), Optional.empty(), segs.subList(0, i + 1),
                        segs.get(0).span().to(s.span()));
                crate.writtenLenient(new TypeExpr.PathType(prefix), env);
            } else {
                crate.typeArgs(s, env);
            }
        }
    }

    private boolean namesType(Path p, int i) {
        if (p.qself().isPresent()) {
            return false;
        }
        String first = p.segments().get(0).name().name();
        if (!p.global() && (first.equals("Self") || env.param(first).isPresent())) {
            return false;
        }
        List<Ident> idents = new ArrayList<>();
        for (PathSegment s : p.segments().subList(0, i + 1)) {
            idents.add(s.name());
        }
        PathRes r = crate.cx.resolver().resolvePath(scope, idents, p.global(), Namespace.TYPE);
        return r instanceof PathRes.Ok ok && ok.consumed() == idents.size()
                && (ok.def() instanceof Def.Adt || ok.def() instanceof Def.Alias);
    }

    @Override public Void visitLit(Expr.Lit e) { return null; }

    @Override public Void visitPath(Expr.PathExpr e) {
        path(e.path());
        return null;
    }

    @Override public Void visitUnary(Expr.Unary e) { expr(e.operand()); return null; }

    @Override public Void visitBinary(Expr.Binary e) { expr(e.lhs()); expr(e.rhs()); return null; }

    @Override public Void visitAssign(Expr.Assign e) { expr(e.target()); expr(e.value()); return null; }

    @Override public Void visitAssignOp(Expr.AssignOp e) { expr(e.target()); expr(e.value()); return null; }

    @Override public Void visitCast(Expr.Cast e) {
        expr(e.expr());
        crate.writtenLenient(e.ty(), env);
        return null;
    }

    @Override public Void visitAddrOf(Expr.AddrOf e) { expr(e.expr()); return null; }

    @Override public Void visitCall(Expr.Call e) { expr(e.callee()); all(e.args()); return null; }

    @Override public Void visitMethodCall(Expr.MethodCall e) {
        expr(e.receiver());
        crate.typeArgs(e.method(), env);
        all(e.args());
        return null;
    }

    @Override public Void visitField(Expr.Field e) { expr(e.expr()); return null; }

    @Override public Void visitIndex(Expr.Index e) { expr(e.expr()); expr(e.index()); return null; }

    @Override public Void visitTuple(Expr.Tuple e) { all(e.elems()); return null; }

    @Override public Void visitArray(Expr.Array e) { all(e.elems()); return null; }

    @Override public Void visitRepeat(Expr.Repeat e) { expr(e.value()); expr(e.count()); return null; }

    @Override public Void visitStruct(Expr.StructLit e) {
        path(e.path());
        for (Expr.FieldInit f : e.fields()) {
            expr(f.value());
        }
        opt(e.base());
        return null;
    }

    @Override public Void visitBlock(Expr.BlockExpr e) { block(e.block()); return null; }

    @Override public Void visitIf(Expr.If e) {
        expr(e.cond());
        block(e.then());
        opt(e.otherwise());
        return null;
    }

    @Override public Void visitLet(Expr.Let e) { expr(e.scrutinee()); return null; }

    @Override public Void visitMatch(Expr.Match e) {
        expr(e.scrutinee());
        for (Arm a : e.arms()) {
            opt(a.guard());
            expr(a.body());
        }
        return null;
    }

    @Override public Void visitWhile(Expr.While e) { expr(e.cond()); block(e.body()); return null; }

    @Override public Void visitLoop(Expr.Loop e) { block(e.body()); return null; }

    @Override public Void visitFor(Expr.For e) { expr(e.iter()); block(e.body()); return null; }

    @Override public Void visitBreak(Expr.Break e) { opt(e.value()); return null; }

    @Override public Void visitContinue(Expr.Continue e) { return null; }

    @Override public Void visitReturn(Expr.Return e) { opt(e.value()); return null; }

    @Override public Void visitClosure(Expr.Closure e) {
        for (Expr.ClosureParam p : e.params()) {
            writtenLenient(p.ty());
        }
        writtenLenient(e.ret());
        // Items in a closure print under it: `main::{closure#0}::Local` (numbered per owner).
        new BodyWalker(crate, scope, env, owner + "::{closure#" + closures++ + "}").expr(e.body());
        return null;
    }

    @Override public Void visitRange(Expr.Range e) { opt(e.start()); opt(e.end()); return null; }

    @Override public Void visitTry(Expr.Try e) { expr(e.expr()); return null; }

    @Override public Void visitAwait(Expr.Await e) { expr(e.expr()); return null; }

    /** Unexpanded macros have no parsed arguments to walk. */
    @Override public Void visitMacroCall(Expr.MacroCall e) { return null; }

    @Override public Void visitParen(Expr.Paren e) { expr(e.inner()); return null; }

    @Override public Void visitUnderscore(Expr.Underscore e) { return null; }

    @Override public Void visitBuiltinMacro(Expr.BuiltinMacro e) {
        BuiltinArgs a = e.args();
        if (a instanceof BuiltinArgs.Exprs x) {
            all(x.exprs());
        } else if (a instanceof BuiltinArgs.Repeat r) {
            expr(r.value());
            expr(r.count());
        } else if (a instanceof BuiltinArgs.Format f) {
            all(f.leading());
            for (BuiltinArgs.FormatArg arg : f.args()) {
                expr(arg.value());
            }
        } else if (a instanceof BuiltinArgs.Matches m) {
            expr(m.scrutinee());
            opt(m.guard());
        } else if (a instanceof BuiltinArgs.Dbg d) {
            all(d.exprs());
        } else if (a instanceof BuiltinArgs.OffsetOf o) {
            crate.writtenLenient(o.container(), env);
        }
        return null;
    }
}
