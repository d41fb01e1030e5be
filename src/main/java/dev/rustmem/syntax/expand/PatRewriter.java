package dev.rustmem.syntax.expand;

import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.Pat;
import dev.rustmem.syntax.ast.Pat.*;
import dev.rustmem.syntax.ast.Path;
import java.util.List;
import java.util.Optional;

/** Rebuilds a pattern from its rewritten children; part of {@link AstRewriter}. */
final class PatRewriter implements Pat.Visitor<Pat> {
    private final AstRewriter r;

    PatRewriter(AstRewriter r) {
        this.r = r;
    }

    private List<Pat> ps(List<Pat> ps) {
        ListRewrite<Pat> out = new ListRewrite<>(ps);
        for (int i = 0; i < ps.size(); i++) {
            out.add(r.pat(ps.get(i)));
        }
        return out.result();
    }

    public Pat visitWild(Wild p) { return p; }

    public Pat visitIdent(IdentPat p) {
        Optional<Pat> sub = r.optPat(p.sub());
        return sub == p.sub() ? p : new IdentPat(p.byRef(), p.mutable(), p.name(), sub, p.span());
    }

    public Pat visitLit(LitPat p) {
        Expr v = r.expr(p.value());
        return v == p.value() ? p : new LitPat(v, p.span());
    }

    public Pat visitRange(RangePat p) {
        Optional<Expr> a = r.optExpr(p.start());
        Optional<Expr> b = r.optExpr(p.end());
        return a == p.start() && b == p.end() ? p : new RangePat(a, b, p.inclusive(), p.span());
    }

    public Pat visitPath(PathPat p) {
        Path path = r.types().path(p.path());
        return path == p.path() ? p : new PathPat(path);
    }

    public Pat visitTupleStruct(TupleStruct p) {
        Path path = r.types().path(p.path());
        List<Pat> es = ps(p.elems());
        return path == p.path() && es == p.elems() ? p : new TupleStruct(path, es, p.span());
    }

    public Pat visitStruct(StructPat p) {
        Path path = r.types().path(p.path());
        List<FieldPat> fs = fieldPats(p.fields());
        return path == p.path() && fs == p.fields() ? p : new StructPat(path, fs, p.rest(), p.span());
    }

    private List<FieldPat> fieldPats(List<FieldPat> fs) {
        ListRewrite<FieldPat> out = new ListRewrite<>(fs);
        for (int i = 0; i < fs.size(); i++) {
            FieldPat f = fs.get(i);
            if (r.keep(f.attrs())) {
                out.add(fieldPat(f));
            } else {
                out.drop();
            }
        }
        return out.result();
    }

    private FieldPat fieldPat(FieldPat f) {
        var attrs = r.attrs(f.attrs());
        Pat inner = r.pat(f.pat());
        return attrs == f.attrs() && inner == f.pat() ? f
                : new FieldPat(attrs, f.name(), inner, f.shorthand(), f.span());
    }

    public Pat visitTuple(TuplePat p) {
        List<Pat> es = ps(p.elems());
        return es == p.elems() ? p : new TuplePat(es, p.span());
    }

    public Pat visitSlice(SlicePat p) {
        List<Pat> es = ps(p.elems());
        return es == p.elems() ? p : new SlicePat(es, p.span());
    }

    public Pat visitRef(RefPat p) {
        Pat i = r.pat(p.inner());
        return i == p.inner() ? p : new RefPat(p.mutable(), i, p.span());
    }

    public Pat visitOr(OrPat p) {
        List<Pat> es = ps(p.alternatives());
        return es == p.alternatives() ? p : new OrPat(es, p.span());
    }

    public Pat visitRest(Rest p) { return p; }

    public Pat visitBox(BoxPat p) {
        Pat i = r.pat(p.inner());
        return i == p.inner() ? p : new BoxPat(i, p.span());
    }

    public Pat visitMacro(MacroPat p) { return p; }

    public Pat visitParen(ParenPat p) {
        Pat i = r.pat(p.inner());
        return i == p.inner() ? p : new ParenPat(i, p.span());
    }
}
