package dev.rustmem.syntax.expand;

import dev.rustmem.syntax.ast.Arm;
import dev.rustmem.syntax.ast.Block;
import dev.rustmem.syntax.ast.BuiltinArgs;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.Expr.*;
import dev.rustmem.syntax.ast.Pat;
import dev.rustmem.syntax.ast.Path;
import dev.rustmem.syntax.ast.PathSegment;
import dev.rustmem.syntax.ast.TypeExpr;
import java.util.List;
import java.util.Optional;

/** Rebuilds an expression from its rewritten children; part of {@link AstRewriter}. */
final class ExprRewriter implements Expr.Visitor<Expr> {
    private final AstRewriter r;

    ExprRewriter(AstRewriter r) {
        this.r = r;
    }

    private Expr x(Expr e) {
        return r.expr(e);
    }

    private Optional<Expr> ox(Optional<Expr> e) {
        return r.optExpr(e);
    }

    private List<Expr> xs(List<Expr> es) {
        ListRewrite<Expr> out = new ListRewrite<>(es);
        for (int i = 0; i < es.size(); i++) {
            out.add(r.expr(es.get(i)));
        }
        return out.result();
    }

    public Expr visitLit(Lit e) { return e; }

    public Expr visitPath(PathExpr e) {
        Path p = r.types().path(e.path());
        return p == e.path() ? e : new PathExpr(p);
    }

    public Expr visitUnary(Unary e) {
        Expr a = x(e.operand());
        return a == e.operand() ? e : new Unary(e.op(), a, e.span());
    }

    public Expr visitBinary(Binary e) {
        Expr a = x(e.lhs());
        Expr b = x(e.rhs());
        return a == e.lhs() && b == e.rhs() ? e : new Binary(a, e.op(), b, e.span());
    }

    public Expr visitAssign(Assign e) {
        Expr a = x(e.target());
        Expr b = x(e.value());
        return a == e.target() && b == e.value() ? e : new Assign(a, b, e.span());
    }

    public Expr visitAssignOp(AssignOp e) {
        Expr a = x(e.target());
        Expr b = x(e.value());
        return a == e.target() && b == e.value() ? e : new AssignOp(a, e.op(), b, e.span());
    }

    public Expr visitCast(Cast e) {
        Expr a = x(e.expr());
        TypeExpr t = r.type(e.ty());
        return a == e.expr() && t == e.ty() ? e : new Cast(a, t, e.span());
    }

    public Expr visitAddrOf(AddrOf e) {
        Expr a = x(e.expr());
        return a == e.expr() ? e : new AddrOf(e.raw(), e.mutable(), a, e.span());
    }

    public Expr visitCall(Call e) {
        Expr c = x(e.callee());
        List<Expr> args = xs(e.args());
        return c == e.callee() && args == e.args() ? e : new Call(c, args, e.span());
    }

    public Expr visitMethodCall(MethodCall e) {
        Expr recv = x(e.receiver());
        PathSegment m = r.types().segment(e.method());
        List<Expr> args = xs(e.args());
        return recv == e.receiver() && m == e.method() && args == e.args() ? e
                : new MethodCall(recv, m, args, e.span());
    }

    public Expr visitField(Field e) {
        Expr a = x(e.expr());
        return a == e.expr() ? e : new Field(a, e.name(), e.span());
    }

    public Expr visitIndex(Index e) {
        Expr a = x(e.expr());
        Expr i = x(e.index());
        return a == e.expr() && i == e.index() ? e : new Index(a, i, e.span());
    }

    public Expr visitTuple(Tuple e) {
        List<Expr> es = xs(e.elems());
        return es == e.elems() ? e : new Tuple(es, e.span());
    }

    public Expr visitArray(Array e) {
        List<Expr> es = xs(e.elems());
        return es == e.elems() ? e : new Array(es, e.span());
    }

    public Expr visitRepeat(Repeat e) {
        Expr v = x(e.value());
        Expr n = x(e.count());
        return v == e.value() && n == e.count() ? e : new Repeat(v, n, e.span());
    }

    public Expr visitStruct(StructLit e) {
        Path p = r.types().path(e.path());
        List<FieldInit> fs = fieldInits(e.fields());
        Optional<Expr> base = ox(e.base());
        return p == e.path() && fs == e.fields() && base == e.base() ? e
                : new StructLit(p, fs, base, e.rest(), e.span());
    }

    private List<FieldInit> fieldInits(List<FieldInit> fs) {
        ListRewrite<FieldInit> out = new ListRewrite<>(fs);
        for (int i = 0; i < fs.size(); i++) {
            FieldInit f = fs.get(i);
            if (r.keep(f.attrs())) {
                out.add(fieldInit(f));
            } else {
                out.drop();
            }
        }
        return out.result();
    }

    private FieldInit fieldInit(FieldInit f) {
        var attrs = r.attrs(f.attrs());
        Expr v = x(f.value());
        return attrs == f.attrs() && v == f.value() ? f : new FieldInit(attrs, f.name(), v, f.shorthand(), f.span());
    }

    public Expr visitBlock(BlockExpr e) {
        Block b = r.block(e.block());
        return b == e.block() ? e : new BlockExpr(e.kind(), e.label(), b, e.span());
    }

    public Expr visitIf(If e) {
        Expr c = x(e.cond());
        Block t = r.block(e.then());
        Optional<Expr> o = ox(e.otherwise());
        return c == e.cond() && t == e.then() && o == e.otherwise() ? e : new If(c, t, o, e.span());
    }

    public Expr visitLet(Let e) {
        Pat p = r.pat(e.pat());
        Expr s = x(e.scrutinee());
        return p == e.pat() && s == e.scrutinee() ? e : new Let(p, s, e.span());
    }

    public Expr visitMatch(Match e) {
        Expr s = x(e.scrutinee());
        List<Arm> arms = arms(e.arms());
        return s == e.scrutinee() && arms == e.arms() ? e : new Match(s, arms, e.span());
    }

    private List<Arm> arms(List<Arm> as) {
        ListRewrite<Arm> out = new ListRewrite<>(as);
        for (int i = 0; i < as.size(); i++) {
            Arm a = as.get(i);
            if (r.keep(a.attrs())) {
                out.add(arm(a));
            } else {
                out.drop();
            }
        }
        return out.result();
    }

    private Arm arm(Arm a) {
        var attrs = r.attrs(a.attrs());
        Pat p = r.pat(a.pat());
        Optional<Expr> g = ox(a.guard());
        Expr b = x(a.body());
        return attrs == a.attrs() && p == a.pat() && g == a.guard() && b == a.body() ? a
                : new Arm(attrs, p, g, b, a.span());
    }

    public Expr visitWhile(While e) {
        Expr c = x(e.cond());
        Block b = r.block(e.body());
        return c == e.cond() && b == e.body() ? e : new While(e.label(), c, b, e.span());
    }

    public Expr visitLoop(Loop e) {
        Block b = r.block(e.body());
        return b == e.body() ? e : new Loop(e.label(), b, e.span());
    }

    public Expr visitFor(For e) {
        Pat p = r.pat(e.pat());
        Expr it = x(e.iter());
        Block b = r.block(e.body());
        return p == e.pat() && it == e.iter() && b == e.body() ? e : new For(e.label(), p, it, b, e.span());
    }

    public Expr visitBreak(Break e) {
        Optional<Expr> v = ox(e.value());
        return v == e.value() ? e : new Break(e.label(), v, e.span());
    }

    public Expr visitContinue(Continue e) { return e; }

    public Expr visitReturn(Return e) {
        Optional<Expr> v = ox(e.value());
        return v == e.value() ? e : new Return(v, e.span());
    }

    public Expr visitClosure(Closure e) {
        List<ClosureParam> ps = closureParams(e.params());
        Optional<TypeExpr> ret = r.optType(e.ret());
        Expr body = x(e.body());
        return ps == e.params() && ret == e.ret() && body == e.body() ? e
                : new Closure(e.isMove(), e.isAsync(), ps, ret, body, e.span());
    }

    private List<ClosureParam> closureParams(List<ClosureParam> ps) {
        ListRewrite<ClosureParam> out = new ListRewrite<>(ps);
        for (int i = 0; i < ps.size(); i++) {
            ClosureParam p = ps.get(i);
            if (r.keep(p.attrs())) {
                out.add(closureParam(p));
            } else {
                out.drop();
            }
        }
        return out.result();
    }

    private ClosureParam closureParam(ClosureParam p) {
        var attrs = r.attrs(p.attrs());
        Pat pat = r.pat(p.pat());
        Optional<TypeExpr> ty = r.optType(p.ty());
        return attrs == p.attrs() && pat == p.pat() && ty == p.ty() ? p : new ClosureParam(attrs, pat, ty, p.span());
    }

    public Expr visitRange(Range e) {
        Optional<Expr> a = ox(e.start());
        Optional<Expr> b = ox(e.end());
        return a == e.start() && b == e.end() ? e : new Range(a, b, e.inclusive(), e.span());
    }

    public Expr visitTry(Try e) {
        Expr a = x(e.expr());
        return a == e.expr() ? e : new Try(a, e.span());
    }

    public Expr visitAwait(Await e) {
        Expr a = x(e.expr());
        return a == e.expr() ? e : new Await(a, e.span());
    }

    public Expr visitMacroCall(MacroCall e) { return e; }

    public Expr visitParen(Paren e) {
        Expr a = x(e.inner());
        return a == e.inner() ? e : new Paren(a, e.span());
    }

    public Expr visitUnderscore(Underscore e) { return e; }

    public Expr visitBuiltinMacro(BuiltinMacro e) {
        BuiltinArgs a = args(e.args());
        return a == e.args() ? e : new BuiltinMacro(e.name(), a, e.span());
    }

    private BuiltinArgs args(BuiltinArgs a) {
        if (a instanceof BuiltinArgs.Exprs es) {
            List<Expr> xs = xs(es.exprs());
            return xs == es.exprs() ? a : new BuiltinArgs.Exprs(xs);
        } else if (a instanceof BuiltinArgs.Repeat rep) {
            Expr v = x(rep.value());
            Expr n = x(rep.count());
            return v == rep.value() && n == rep.count() ? a : new BuiltinArgs.Repeat(v, n);
        } else if (a instanceof BuiltinArgs.Format f) {
            List<Expr> lead = xs(f.leading());
            ListRewrite<BuiltinArgs.FormatArg> args = new ListRewrite<>(f.args());
            for (int i = 0; i < f.args().size(); i++) {
                BuiltinArgs.FormatArg fa = f.args().get(i);
                Expr v = x(fa.value());
                args.add(v == fa.value() ? fa : new BuiltinArgs.FormatArg(fa.name(), v));
            }
            return lead == f.leading() && args.result() == f.args() ? a
                    : new BuiltinArgs.Format(lead, f.format(), args.result());
        } else if (a instanceof BuiltinArgs.Matches m) {
            Expr s = x(m.scrutinee());
            Pat p = r.pat(m.pat());
            Optional<Expr> g = ox(m.guard());
            return s == m.scrutinee() && p == m.pat() && g == m.guard() ? a : new BuiltinArgs.Matches(s, p, g);
        } else if (a instanceof BuiltinArgs.Dbg d) {
            List<Expr> xs = xs(d.exprs());
            return xs == d.exprs() ? a : new BuiltinArgs.Dbg(xs, d.texts());
        } else if (a instanceof BuiltinArgs.OffsetOf o) {
            dev.rustmem.syntax.ast.TypeExpr t = r.type(o.container());
            return t == o.container() ? a : new BuiltinArgs.OffsetOf(t, o.fields());
        } else if (a instanceof BuiltinArgs.None) {
            return a;
        }
        throw new AssertionError(a);
    }
}
