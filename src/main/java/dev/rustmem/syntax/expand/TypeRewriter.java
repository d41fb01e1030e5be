package dev.rustmem.syntax.expand;

import static dev.rustmem.syntax.expand.AstRewriter.rewrapped;

import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.GenericArg;
import dev.rustmem.syntax.ast.GenericArgs;
import dev.rustmem.syntax.ast.GenericBound;
import dev.rustmem.syntax.ast.Generics;
import dev.rustmem.syntax.ast.Path;
import dev.rustmem.syntax.ast.PathSegment;
import dev.rustmem.syntax.ast.TypeExpr;
import dev.rustmem.syntax.ast.TypeExpr.*;
import java.util.List;
import java.util.Optional;

/**
 * Rebuilds types, paths, generic arguments, bounds and generics from rewritten children; part of
 * {@link AstRewriter}.
 */
public final class TypeRewriter implements TypeExpr.Visitor<TypeExpr> {
    private final AstRewriter r;

    TypeRewriter(AstRewriter r) {
        this.r = r;
    }

    private List<TypeExpr> ts(List<TypeExpr> ts) {
        ListRewrite<TypeExpr> out = new ListRewrite<>(ts);
        for (int i = 0; i < ts.size(); i++) {
            out.add(r.type(ts.get(i)));
        }
        return out.result();
    }

    public TypeExpr visitPath(PathType t) {
        Path p = path(t.path());
        return p == t.path() ? t : new PathType(p);
    }

    public TypeExpr visitRef(Ref t) {
        TypeExpr p = r.type(t.pointee());
        return p == t.pointee() ? t : new Ref(t.lifetime(), t.mutable(), p, t.span());
    }

    public TypeExpr visitRawPtr(RawPtr t) {
        TypeExpr p = r.type(t.pointee());
        return p == t.pointee() ? t : new RawPtr(t.mutable(), p, t.span());
    }

    public TypeExpr visitTuple(Tuple t) {
        List<TypeExpr> es = ts(t.elems());
        return es == t.elems() ? t : new Tuple(es, t.span());
    }

    public TypeExpr visitArray(Array t) {
        TypeExpr e = r.type(t.elem());
        Expr n = r.expr(t.len());
        return e == t.elem() && n == t.len() ? t : new Array(e, n, t.span());
    }

    public TypeExpr visitSlice(Slice t) {
        TypeExpr e = r.type(t.elem());
        return e == t.elem() ? t : new Slice(e, t.span());
    }

    public TypeExpr visitNever(Never t) { return t; }

    public TypeExpr visitFnPtr(FnPtr t) {
        List<TypeExpr> ps = ts(t.params());
        Optional<TypeExpr> ret = r.optType(t.ret());
        return ps == t.params() && ret == t.ret() ? t
                : new FnPtr(t.forLifetimes(), t.unsafe(), t.abi(), ps, t.variadic(), ret, t.span());
    }

    public TypeExpr visitTraitObject(TraitObject t) {
        List<GenericBound> bs = bounds(t.bounds());
        return bs == t.bounds() ? t : new TraitObject(t.dynKeyword(), bs, t.span());
    }

    public TypeExpr visitImplTrait(ImplTrait t) {
        List<GenericBound> bs = bounds(t.bounds());
        return bs == t.bounds() ? t : new ImplTrait(bs, t.span());
    }

    public TypeExpr visitInfer(Infer t) { return t; }

    public TypeExpr visitParen(Paren t) {
        TypeExpr i = r.type(t.inner());
        return i == t.inner() ? t : new Paren(i, t.span());
    }

    public TypeExpr visitMacro(MacroType t) { return t; }

    // ---- paths and generics ----

    public Path path(Path p) {
        Optional<Path.QSelf> q = p.qself();
        if (q.isPresent()) {
            Path.QSelf qs = q.get();
            TypeExpr t = r.type(qs.ty());
            q = t == qs.ty() ? q : Optional.of(new Path.QSelf(t, qs.position(), qs.span()));
        }
        ListRewrite<PathSegment> segs = new ListRewrite<>(p.segments());
        for (int i = 0; i < p.segments().size(); i++) {
            segs.add(segment(p.segments().get(i)));
        }
        return q == p.qself() && segs.result() == p.segments() ? p
                : new Path(p.global(), q, segs.result(), p.span());
    }

    public PathSegment segment(PathSegment s) {
        Optional<GenericArgs> a = optArgs(s.args());
        return a == s.args() ? s : new PathSegment(s.name(), a, s.span());
    }

    private Optional<GenericArgs> optArgs(Optional<GenericArgs> a) {
        return a.isEmpty() ? a : rewrapped(a, genericArgs(a.get()));
    }

    public GenericArgs genericArgs(GenericArgs a) {
        if (a instanceof GenericArgs.AngleBracketed ab) {
            ListRewrite<GenericArg> args = new ListRewrite<>(ab.args());
            for (int i = 0; i < ab.args().size(); i++) {
                args.add(genericArg(ab.args().get(i)));
            }
            return args.result() == ab.args() ? a : new GenericArgs.AngleBracketed(args.result(), ab.span());
        } else if (a instanceof GenericArgs.Parenthesized p) {
            List<TypeExpr> in = ts(p.inputs());
            Optional<TypeExpr> out = r.optType(p.output());
            return in == p.inputs() && out == p.output() ? a : new GenericArgs.Parenthesized(in, out, p.span());
        }
        throw new AssertionError(a);
    }

    private GenericArg genericArg(GenericArg a) {
        if (a instanceof GenericArg.Type t) {
            TypeExpr ty = r.type(t.ty());
            return ty == t.ty() ? a : new GenericArg.Type(ty);
        } else if (a instanceof GenericArg.Const c) {
            Expr v = r.expr(c.value());
            return v == c.value() ? a : new GenericArg.Const(v);
        } else if (a instanceof GenericArg.Binding b) {
            Optional<GenericArgs> args = optArgs(b.args());
            TypeExpr ty = r.type(b.ty());
            return args == b.args() && ty == b.ty() ? a : new GenericArg.Binding(b.name(), args, ty, b.span());
        } else if (a instanceof GenericArg.Constraint c) {
            List<GenericBound> bs = bounds(c.bounds());
            return bs == c.bounds() ? a : new GenericArg.Constraint(c.name(), bs, c.span());
        } else if (a instanceof GenericArg.LifetimeArg) {
            return a;
        }
        throw new AssertionError(a);
    }

    public List<GenericBound> bounds(List<GenericBound> bs) {
        ListRewrite<GenericBound> out = new ListRewrite<>(bs);
        for (int i = 0; i < bs.size(); i++) {
            out.add(bound(bs.get(i)));
        }
        return out.result();
    }

    private GenericBound bound(GenericBound b) {
        if (b instanceof GenericBound.Trait t) {
            Path p = path(t.path());
            return p == t.path() ? b : new GenericBound.Trait(t.modifier(), t.forLifetimes(), p, t.span());
        }
        return b;
    }

    public Generics generics(Generics g) {
        ListRewrite<Generics.GenericParam> ps = new ListRewrite<>(g.params());
        for (int i = 0; i < g.params().size(); i++) {
            Generics.GenericParam p = g.params().get(i);
            if (r.keep(p.attrs())) {
                ps.add(param(p));
            } else {
                ps.drop();
            }
        }
        ListRewrite<Generics.WherePredicate> ws = new ListRewrite<>(g.where());
        for (int i = 0; i < g.where().size(); i++) {
            ws.add(wherePredicate(g.where().get(i)));
        }
        return ps.result() == g.params() && ws.result() == g.where() ? g
                : new Generics(ps.result(), ws.result(), g.span());
    }

    private Generics.WherePredicate wherePredicate(Generics.WherePredicate w) {
        if (w instanceof Generics.BoundPredicate bp) {
            TypeExpr t = r.type(bp.bounded());
            List<GenericBound> bs = bounds(bp.bounds());
            return t == bp.bounded() && bs == bp.bounds() ? w
                    : new Generics.BoundPredicate(bp.forLifetimes(), t, bs, bp.span());
        }
        return w;
    }

    private Generics.GenericParam param(Generics.GenericParam p) {
        var attrs = r.attrs(p.attrs());
        if (p instanceof Generics.TypeParam tp) {
            List<GenericBound> bs = bounds(tp.bounds());
            Optional<TypeExpr> d = r.optType(tp.dflt());
            return attrs == tp.attrs() && bs == tp.bounds() && d == tp.dflt() ? p
                    : new Generics.TypeParam(attrs, tp.name(), bs, d, tp.span());
        } else if (p instanceof Generics.ConstParam cp) {
            TypeExpr t = r.type(cp.ty());
            Optional<Expr> d = r.optExpr(cp.dflt());
            return attrs == cp.attrs() && t == cp.ty() && d == cp.dflt() ? p
                    : new Generics.ConstParam(attrs, cp.name(), t, d, cp.span());
        } else if (p instanceof Generics.LifetimeParam lp) {
            return attrs == lp.attrs() ? p : new Generics.LifetimeParam(attrs, lp.name(), lp.bounds(), lp.span());
        }
        throw new AssertionError(p);
    }
}
