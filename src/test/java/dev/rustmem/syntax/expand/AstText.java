package dev.rustmem.syntax.expand;

import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.*;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A test-side printer of (expanded) ASTs in Rust-like syntax, one statement per line, so tests
 * can assert what an expansion produced. Parentheses appear only where {@link Expr.Paren} or
 * {@link TypeExpr.Paren} nodes are, which makes precedence visible; built-in macros print as
 * {@code name!(..)} with their parsed arguments.
 */
final class AstText {
    private final SourceFile file;

    AstText(SourceFile file) {
        this.file = file;
    }

    String crate(Crate c) {
        return c.items().stream().map(i -> item(i, "")).collect(Collectors.joining());
    }

    String item(Item i, String ind) {
        if (i instanceof Item.Fn f) {
            String params = f.sig().params().stream().map(p -> pat(p.pat()) + ": " + type(p.ty()))
                    .collect(Collectors.joining(", "));
            String ret = f.sig().ret().map(t -> " -> " + type(t)).orElse("");
            return ind + "fn " + f.name() + "(" + params + ")" + ret
                    + f.body().map(b -> " " + block(b, ind)).orElse(";") + "\n";
        } else if (i instanceof Item.Struct s) {
            return ind + "struct " + s.name() + data(s.data()) + "\n";
        } else if (i instanceof Item.Enum e) {
            return ind + "enum " + e.name() + " { " + e.variants().stream().map(v -> v.name() + data(v.data()))
                    .collect(Collectors.joining(", ")) + " }\n";
        } else if (i instanceof Item.Const c) {
            return ind + "const " + c.name() + ": " + type(c.ty()) + c.value().map(v -> " = " + expr(v)).orElse("")
                    + ";\n";
        } else if (i instanceof Item.Static s) {
            return ind + "static " + s.name() + ": " + type(s.ty()) + s.value().map(v -> " = " + expr(v)).orElse("")
                    + ";\n";
        } else if (i instanceof Item.Mod m) {
            return ind + "mod " + m.name() + " {\n" + m.items().orElse(List.of()).stream()
                    .map(x -> item(x, ind + "    ")).collect(Collectors.joining()) + ind + "}\n";
        } else if (i instanceof Item.Impl im) {
            return ind + "impl " + im.traitRef().map(p -> path(p) + " for ").orElse("") + type(im.selfTy()) + " {\n"
                    + im.items().stream().map(x -> item(x, ind + "    ")).collect(Collectors.joining()) + ind + "}\n";
        } else if (i instanceof Item.MacroRules mr) {
            return ind + "macro_rules! " + mr.name() + "\n";
        } else if (i instanceof Item.MacroItem mi) {
            return ind + mac(mi.mac()) + "\n";
        } else if (i instanceof Item.Use u) {
            return ind + file.slice(u.span()) + "\n";
        } else if (i instanceof Item.TypeAlias t) {
            return ind + "type " + t.name() + t.ty().map(x -> " = " + type(x)).orElse("") + ";\n";
        }
        return ind + i.getClass().getSimpleName() + "\n";
    }

    private String data(VariantData d) {
        if (d instanceof VariantData.Named n) {
            return " { " + n.fields().stream().map(f -> f.name().orElseThrow() + ": " + type(f.ty()))
                    .collect(Collectors.joining(", ")) + " }";
        } else if (d instanceof VariantData.Tuple t) {
            return "(" + t.fields().stream().map(f -> type(f.ty())).collect(Collectors.joining(", ")) + ")";
        }
        return "";
    }

    String block(Block b, String ind) {
        StringBuilder sb = new StringBuilder("{\n");
        for (Stmt s : b.stmts()) {
            sb.append(stmt(s, ind + "    "));
        }
        b.tail().ifPresent(t -> sb.append(ind).append("    ").append(expr(t)).append('\n'));
        return sb.append(ind).append('}').toString();
    }

    String stmt(Stmt s, String ind) {
        if (s instanceof Stmt.Let l) {
            return ind + "let " + pat(l.pat()) + l.ty().map(t -> ": " + type(t)).orElse("")
                    + l.init().map(e -> " = " + expr(e)).orElse("") + ";\n";
        } else if (s instanceof Stmt.ExprStmt es) {
            return ind + expr(es.expr()) + (es.semi() ? ";" : "") + "\n";
        } else if (s instanceof Stmt.ItemStmt is) {
            return item(is.item(), ind);
        }
        return ind + ";\n";
    }

    String expr(Expr e) {
        if (e instanceof Expr.Lit l) {
            return lit(l.value(), l.span());
        } else if (e instanceof Expr.PathExpr p) {
            return path(p.path());
        } else if (e instanceof Expr.Unary u) {
            return u.op().spelling() + operand(u.operand(), 100);
        } else if (e instanceof Expr.Binary b) {
            int p = prec(b.op());
            return operand(b.lhs(), p) + " " + b.op().spelling() + " " + operand(b.rhs(), p + 1);
        } else if (e instanceof Expr.Let l) {
            return "let " + pat(l.pat()) + " = " + expr(l.scrutinee());
        } else if (e instanceof Expr.Assign a) {
            return expr(a.target()) + " = " + expr(a.value());
        } else if (e instanceof Expr.AssignOp a) {
            return expr(a.target()) + " " + a.op().spelling() + "= " + expr(a.value());
        } else if (e instanceof Expr.Cast c) {
            return operand(c.expr(), 50) + " as " + type(c.ty());
        } else if (e instanceof Expr.AddrOf a) {
            return "&" + (a.raw() ? (a.mutable() ? "raw mut " : "raw const ") : a.mutable() ? "mut " : "")
                    + expr(a.expr());
        } else if (e instanceof Expr.Call c) {
            return expr(c.callee()) + "(" + exprs(c.args()) + ")";
        } else if (e instanceof Expr.MethodCall m) {
            return expr(m.receiver()) + "." + segment(m.method(), true) + "(" + exprs(m.args()) + ")";
        } else if (e instanceof Expr.Field f) {
            return expr(f.expr()) + "." + f.name();
        } else if (e instanceof Expr.Index i) {
            return expr(i.expr()) + "[" + expr(i.index()) + "]";
        } else if (e instanceof Expr.Tuple t) {
            return "(" + exprs(t.elems()) + (t.elems().size() == 1 ? ",)" : ")");
        } else if (e instanceof Expr.Array a) {
            return "[" + exprs(a.elems()) + "]";
        } else if (e instanceof Expr.Paren p) {
            return "(" + expr(p.inner()) + ")";
        } else if (e instanceof Expr.BlockExpr b) {
            return block(b.block(), "");
        } else if (e instanceof Expr.BuiltinMacro m) {
            return builtin(m);
        } else if (e instanceof Expr.MacroCall m) {
            return mac(m.mac());
        } else if (e instanceof Expr.If i) {
            return "if " + expr(i.cond()) + " " + block(i.then(), "") + i.otherwise().map(o -> " else " + expr(o))
                    .orElse("");
        } else if (e instanceof Expr.Match m) {
            return "match " + expr(m.scrutinee()) + " { " + m.arms().stream().map(a -> pat(a.pat()) + " => "
                    + expr(a.body())).collect(Collectors.joining(", ")) + " }";
        } else if (e instanceof Expr.StructLit s) {
            return path(s.path()) + " { " + s.fields().stream().map(f -> f.name() + ": " + expr(f.value()))
                    .collect(Collectors.joining(", ")) + " }";
        } else if (e instanceof Expr.Range r) {
            return r.start().map(this::expr).orElse("") + (r.inclusive() ? "..=" : "..")
                    + r.end().map(this::expr).orElse("");
        } else if (e instanceof Expr.Return r) {
            return "return" + r.value().map(v -> " " + expr(v)).orElse("");
        }
        return file.slice(e.span());
    }

    /** Prints an operand, parenthesised when its own precedence is below {@code min}. */
    private String operand(Expr e, int min) {
        int own = e instanceof Expr.Binary b ? prec(b.op()) : e instanceof Expr.Cast ? 50
                : e instanceof Expr.Assign || e instanceof Expr.AssignOp || e instanceof Expr.Range ? 0 : 1000;
        return own < min ? "(" + expr(e) + ")" : expr(e);
    }

    private static int prec(BinOp op) {
        return switch (op) {
            case MUL, DIV, REM -> 10;
            case ADD, SUB -> 9;
            case SHL, SHR -> 8;
            case BIT_AND -> 7;
            case BIT_XOR -> 6;
            case BIT_OR -> 5;
            case EQ, NE, LT, LE, GT, GE -> 4;
            case AND -> 3;
            case OR -> 2;
        };
    }

    private String exprs(List<Expr> es) {
        return es.stream().map(this::expr).collect(Collectors.joining(", "));
    }

    private String builtin(Expr.BuiltinMacro m) {
        String open = m.name().equals("vec") ? "[" : "(";
        String close = m.name().equals("vec") ? "]" : ")";
        String body;
        BuiltinArgs a = m.args();
        if (a instanceof BuiltinArgs.Exprs es) {
            body = exprs(es.exprs());
        } else if (a instanceof BuiltinArgs.Dbg d) {
            body = exprs(d.exprs());
        } else if (a instanceof BuiltinArgs.Repeat r) {
            body = expr(r.value()) + "; " + expr(r.count());
        } else if (a instanceof BuiltinArgs.Matches mt) {
            body = expr(mt.scrutinee()) + ", " + pat(mt.pat()) + mt.guard().map(g -> " if " + expr(g)).orElse("");
        } else if (a instanceof BuiltinArgs.Format f) {
            List<String> parts = new java.util.ArrayList<>();
            f.leading().forEach(x -> parts.add(expr(x)));
            f.format().ifPresent(fs -> parts.add(quote(fs.raw())));
            f.args().forEach(x -> parts.add(x.name().map(n -> n + " = ").orElse("") + expr(x.value())));
            body = String.join(", ", parts);
        } else {
            body = "";
        }
        return m.name() + "!" + open + body + close;
    }

    private String mac(MacCall m) {
        return path(m.path()) + "!(..)";
    }

    String lit(Literal v, dev.rustmem.source.Span span) {
        if (v instanceof Literal.Str s) {
            return quote(s.value());
        } else if (v instanceof Literal.Int i) {
            return i.value() + i.suffix().orElse("");
        } else if (v instanceof Literal.Bool b) {
            return Boolean.toString(b.value());
        }
        return file.slice(span);
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    String path(Path p) {
        String s = p.segments().stream().map(seg -> segment(seg, true)).collect(Collectors.joining("::"));
        if (p.qself().isPresent()) {
            Path.QSelf q = p.qself().get();
            return "<" + type(q.ty()) + ">::" + s;
        }
        return p.global() ? "::" + s : s;
    }

    private String segment(PathSegment seg, boolean turbofish) {
        if (seg.args().isEmpty()) {
            return seg.name().name();
        }
        GenericArgs ga = seg.args().get();
        if (ga instanceof GenericArgs.AngleBracketed ab) {
            return seg.name().name() + "::<" + ab.args().stream().map(this::genericArg)
                    .collect(Collectors.joining(", ")) + ">";
        }
        GenericArgs.Parenthesized p = (GenericArgs.Parenthesized) ga;
        return seg.name().name() + "(" + p.inputs().stream().map(this::type).collect(Collectors.joining(", ")) + ")"
                + p.output().map(o -> " -> " + type(o)).orElse("");
    }

    private String genericArg(GenericArg a) {
        if (a instanceof GenericArg.Type t) {
            return type(t.ty());
        } else if (a instanceof GenericArg.Const c) {
            return expr(c.value());
        } else if (a instanceof GenericArg.LifetimeArg l) {
            return l.lifetime().name();
        }
        return file.slice(a.span());
    }

    String type(TypeExpr t) {
        if (t instanceof TypeExpr.PathType p) {
            return path(p.path()).replace("::<", "<");
        } else if (t instanceof TypeExpr.Ref r) {
            return "&" + r.lifetime().map(l -> l.name() + " ").orElse("") + (r.mutable() ? "mut " : "")
                    + type(r.pointee());
        } else if (t instanceof TypeExpr.RawPtr r) {
            return "*" + (r.mutable() ? "mut " : "const ") + type(r.pointee());
        } else if (t instanceof TypeExpr.Tuple tu) {
            return "(" + tu.elems().stream().map(this::type).collect(Collectors.joining(", "))
                    + (tu.elems().size() == 1 ? ",)" : ")");
        } else if (t instanceof TypeExpr.Array a) {
            return "[" + type(a.elem()) + "; " + expr(a.len()) + "]";
        } else if (t instanceof TypeExpr.Slice s) {
            return "[" + type(s.elem()) + "]";
        } else if (t instanceof TypeExpr.Paren p) {
            return "(" + type(p.inner()) + ")";
        } else if (t instanceof TypeExpr.MacroType m) {
            return mac(m.mac());
        }
        return file.slice(t.span());
    }

    String pat(Pat p) {
        if (p instanceof Pat.IdentPat i) {
            return (i.byRef() ? "ref " : "") + (i.mutable() ? "mut " : "") + i.name();
        } else if (p instanceof Pat.Wild) {
            return "_";
        } else if (p instanceof Pat.TuplePat t) {
            return "(" + t.elems().stream().map(this::pat).collect(Collectors.joining(", ")) + ")";
        } else if (p instanceof Pat.TupleStruct t) {
            return path(t.path()) + "(" + t.elems().stream().map(this::pat).collect(Collectors.joining(", ")) + ")";
        } else if (p instanceof Pat.PathPat pp) {
            return path(pp.path());
        } else if (p instanceof Pat.OrPat o) {
            return o.alternatives().stream().map(this::pat).collect(Collectors.joining(" | "));
        } else if (p instanceof Pat.ParenPat pp) {
            return "(" + pat(pp.inner()) + ")";
        } else if (p instanceof Pat.LitPat l) {
            return expr(l.value());
        } else if (p instanceof Pat.MacroPat m) {
            return mac(m.mac());
        }
        return file.slice(p.span());
    }
}
