package dev.rustmem.syntax.parse;

import dev.rustmem.source.SourceFile;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.Ident;
import dev.rustmem.syntax.ast.Literal;
import dev.rustmem.syntax.ast.Path;
import dev.rustmem.syntax.ast.TypeExpr;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Test-only rendering of AST nodes as compact S-expressions: operators as {@code (+ a b)}, paths
 * and types by their source text (which also checks their spans), other records reflectively as
 * {@code Name(field ...)} without spans.
 */
final class SExpr {
    private final SourceFile file;

    SExpr(SourceFile file) {
        this.file = file;
    }

    String of(Object o) {
        if (o instanceof Expr e) {
            return expr(e);
        }
        if (o instanceof Path || o instanceof TypeExpr) {
            return file.slice(span(o));
        }
        if (o instanceof Ident id) {
            return id.name();
        }
        if (o instanceof Optional<?> opt) {
            return opt.map(this::of).orElse("_");
        }
        if (o instanceof List<?> l) {
            return l.stream().map(this::of).collect(Collectors.joining(" ", "[", "]"));
        }
        if (o instanceof Record r) {
            return record(r);
        }
        return String.valueOf(o);
    }

    /** The node itself reflectively (a path type's path too); nested types and paths as source text. */
    String structural(Record node) {
        if (node instanceof TypeExpr.PathType p) {
            return "PathType(" + record(p.path()) + ")";
        }
        return record(node);
    }

    private String expr(Expr e) {
        if (e instanceof Expr.Binary b) {
            return "(" + b.op().spelling() + " " + of(b.lhs()) + " " + of(b.rhs()) + ")";
        }
        if (e instanceof Expr.Unary u) {
            return "(" + u.op().spelling() + " " + of(u.operand()) + ")";
        }
        if (e instanceof Expr.Assign a) {
            return "(= " + of(a.target()) + " " + of(a.value()) + ")";
        }
        if (e instanceof Expr.AssignOp a) {
            return "(" + a.op().spelling() + "= " + of(a.target()) + " " + of(a.value()) + ")";
        }
        if (e instanceof Expr.Cast c) {
            return "(as " + of(c.expr()) + " " + of(c.ty()) + ")";
        }
        if (e instanceof Expr.AddrOf a) {
            return "(&" + (a.raw() ? "raw " : "") + (a.mutable() ? "mut" : "") + " " + of(a.expr()) + ")";
        }
        if (e instanceof Expr.PathExpr p) {
            return of(p.path());
        }
        if (e instanceof Expr.Lit l) {
            return file.slice(l.span());
        }
        if (e instanceof Expr.MethodCall m) {
            return "(." + file.slice(m.method().span()) + " " + of(m.receiver()) + args(m.args()) + ")";
        }
        if (e instanceof Expr.Field f) {
            return "(." + f.name().name() + " " + of(f.expr()) + ")";
        }
        if (e instanceof Expr.Call c) {
            return "(call " + of(c.callee()) + args(c.args()) + ")";
        }
        if (e instanceof Expr.Index i) {
            return "(index " + of(i.expr()) + " " + of(i.index()) + ")";
        }
        if (e instanceof Expr.Range r) {
            return "(" + (r.inclusive() ? "..=" : "..") + " " + of(r.start()) + " " + of(r.end()) + ")";
        }
        if (e instanceof Expr.Paren p) {
            return "(paren " + of(p.inner()) + ")";
        }
        if (e instanceof Expr.Try t) {
            return "(? " + of(t.expr()) + ")";
        }
        return record((Record) e);
    }

    private String args(List<Expr> args) {
        return args.stream().map(a -> " " + of(a)).collect(Collectors.joining());
    }

    private String record(Record r) {
        StringBuilder sb = new StringBuilder(r.getClass().getSimpleName()).append('(');
        boolean first = true;
        for (RecordComponent rc : r.getClass().getRecordComponents()) {
            if (rc.getType() == Span.class || rc.getType() == SourceFile.class) {
                continue;
            }
            try {
                Object v = rc.getAccessor().invoke(r);
                if (v instanceof Literal lit) {
                    v = lit.toString();
                }
                sb.append(first ? "" : " ").append(of(v));
                first = false;
            } catch (ReflectiveOperationException ex) {
                throw new AssertionError(ex);
            }
        }
        return sb.append(')').toString();
    }

    private static Span span(Object o) {
        if (o instanceof Path p) {
            return p.span();
        }
        return ((TypeExpr) o).span();
    }
}
