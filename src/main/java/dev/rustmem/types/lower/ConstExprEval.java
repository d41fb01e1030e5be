package dev.rustmem.types.lower;

import dev.rustmem.diag.Code;
import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.DiagnosticException;
import dev.rustmem.syntax.ast.BinOp;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.Ident;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.ast.Literal;
import dev.rustmem.syntax.ast.PathSegment;
import dev.rustmem.types.Const;
import dev.rustmem.types.GenericArg;
import dev.rustmem.types.Ty;
import dev.rustmem.types.resolve.Def;
import dev.rustmem.types.resolve.Namespace;
import dev.rustmem.types.resolve.PathRes;
import dev.rustmem.types.resolve.Prims;
import dev.rustmem.types.resolve.ResolveErrors;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One evaluation of an integer constant expression in a given type; see {@link ConstEval}. */
final class ConstExprEval {
    /** The value depends on a const parameter: only known per instantiation. */
    static final class Generic extends RuntimeException {
        Generic() {
            super(null, null, false, false);
        }
    }

    /** The error was reported already (a const item that failed before). */
    static final class Failed extends RuntimeException {
        Failed() {
            super(null, null, false, false);
        }
    }

    private final LoweringCtxt cx;
    private final ConstEval consts;
    private final Env env;

    ConstExprEval(LoweringCtxt cx, ConstEval consts, Env env) {
        this.cx = cx;
        this.consts = consts;
        this.env = env;
    }

    BigInteger eval(Expr e, Ty ty) {
        IntRange r = range(ty, e);
        BigInteger v = value(e, ty, r);
        if (!r.contains(v)) {
            throw err(r.literalOutOfRange(e.span(), v));
        }
        return v;
    }

    private IntRange range(Ty ty, Expr at) {
        // Plain ifs, not orElseThrow/map, in this file: a lambda's bootstrap costs every cold run.
        Optional<IntRange> r = cx.range(ty);
        if (r.isEmpty()) {
            throw err(Diagnostic.unsupported("a constant of a non-integer type", at.span()));
        }
        return r.get();
    }

    private BigInteger value(Expr e, Ty ty, IntRange r) {
        if (e instanceof Expr.Lit l) {
            return literal(l);
        } else if (e instanceof Expr.Paren p) {
            return eval(p.inner(), ty);
        } else if (e instanceof Expr.BlockExpr b && b.block().stmts().isEmpty() && b.block().tail().isPresent()) {
            return eval(b.block().tail().get(), ty);
        } else if (e instanceof Expr.Unary u) {
            return unary(u, ty, r);
        } else if (e instanceof Expr.Binary b) {
            return binary(b, ty, r);
        } else if (e instanceof Expr.Cast c) {
            Ty from = typeOf(c.expr()).orElse(new Ty.Int(dev.rustmem.types.IntTy.I32));
            BigInteger v = eval(c.expr(), from);
            return r.wrap(v);
        } else if (e instanceof Expr.PathExpr p) {
            return path(p);
        } else if (e instanceof Expr.Call c && c.args().isEmpty() && c.callee() instanceof Expr.PathExpr p) {
            return layoutQuery(c, p.path());
        }
        throw err(Diagnostic.unsupported("this expression in a constant", e.span()));
    }

    private static BigInteger literal(Expr.Lit l) {
        Literal v = l.value();
        if (v instanceof Literal.Int i) {
            return i.value();
        } else if (v instanceof Literal.Bool b) {
            return b.value() ? BigInteger.ONE : BigInteger.ZERO;
        } else if (v instanceof Literal.Char c) {
            return BigInteger.valueOf(c.codePoint());
        } else if (v instanceof Literal.Byte b) {
            return BigInteger.valueOf(b.value());
        }
        throw err(Diagnostic.unsupported("this literal in a constant", l.span()));
    }

    private BigInteger unary(Expr.Unary u, Ty ty, IntRange r) {
        switch (u.op()) {
            case NEG: {
                if (!r.signed()) {
                    throw err(Diagnostic.error(Code.E0600, "cannot apply unary operator `-` to type `" + r.name()
                            + "`", u.span(), "cannot apply unary operator `-`")
                            .withNote("unsigned values cannot be negated"));
                }
                if (u.operand() instanceof Expr.Lit l && l.value() instanceof Literal.Int lit) {
                    // rustc checks a negated literal as one value (overflowing_literals looks through the
                    // negation), so `-128` is an i8 and `-9223372036854775808` an i64/isize.
                    BigInteger v = lit.value().negate();
                    if (!r.contains(v)) {
                        throw err(r.literalOutOfRange(u.span(), v));
                    }
                    return v;
                }
                BigInteger v = eval(u.operand(), ty).negate();
                if (!r.contains(v)) {
                    throw overflow("attempt to negate `" + r.show(v.negate()) + "`, which would overflow", u);
                }
                return v;
            }
            case NOT: {
                BigInteger v = eval(u.operand(), ty);
                return r.name().equals("bool") ? BigInteger.ONE.subtract(v) : r.wrap(v.not());
            }
            default:
                throw err(Diagnostic.unsupported("a dereference in a constant", u.span()));
        }
    }

    private BigInteger binary(Expr.Binary b, Ty ty, IntRange r) {
        if (b.op().isComparison() || b.op().isLazy()) {
            throw err(Diagnostic.unsupported("a comparison in a constant", b.span()));
        }
        BigInteger x = eval(b.lhs(), ty);
        boolean shift = b.op() == BinOp.SHL || b.op() == BinOp.SHR;
        BigInteger y = shift ? eval(b.rhs(), typeOf(b.rhs()).orElse(new Ty.Int(dev.rustmem.types.IntTy.I32)))
                : eval(b.rhs(), ty);
        BigInteger v;
        switch (b.op()) {
            case ADD: v = x.add(y); break;
            case SUB: v = x.subtract(y); break;
            case MUL: v = x.multiply(y); break;
            case DIV:
            case REM:
                if (y.signum() == 0) {
                    String what = b.op() == BinOp.DIV ? "divide" : "calculate the remainder of";
                    String tail = b.op() == BinOp.DIV ? " by zero" : " with a divisor of zero";
                    throw overflow("attempt to " + what + " `" + r.show(x) + "`" + tail, b);
                }
                v = b.op() == BinOp.DIV ? x.divide(y) : x.remainder(y);
                break;
            case BIT_AND: v = x.and(y); break;
            case BIT_OR: v = x.or(y); break;
            case BIT_XOR: v = x.xor(y); break;
            case SHL:
            case SHR:
                if (y.signum() < 0 || y.compareTo(BigInteger.valueOf(r.bits())) >= 0) {
                    String dir = b.op() == BinOp.SHL ? "left" : "right";
                    throw overflow("attempt to shift " + dir + " by `" + y + "_i32`, which would overflow", b);
                }
                v = b.op() == BinOp.SHL ? r.wrap(x.shiftLeft(y.intValue())) : x.shiftRight(y.intValue());
                return v;
            default:
                throw new AssertionError(b.op());
        }
        if (!r.contains(v)) {
            throw overflow("attempt to compute `" + r.show(x) + " " + b.op().spelling() + " " + r.show(y)
                    + "`, which would overflow", b);
        }
        return v;
    }

    private BigInteger path(Expr.PathExpr p) {
        List<PathSegment> segs = p.path().segments();
        if (p.path().isSimpleIdent()) {
            Optional<GenericArg> a = env.param(p.path().plain());
            if (a.isPresent()) {
                if (a.get() instanceof Const.Value v) {
                    return v.value();
                }
                throw new Generic();
            }
        }
        List<Ident> idents = new ArrayList<>();
        for (PathSegment s : segs) {
            idents.add(s.name());
        }
        PathRes res = cx.resolver().resolvePath(env.scope(), idents, p.path().global(), Namespace.VALUE);
        if (res instanceof PathRes.Failed f) {
            throw err(ResolveErrors.forPath(f, "value"));
        }
        PathRes.Ok ok = (PathRes.Ok) res;
        if (ok.def() instanceof Def.Prim prim && ok.consumed() == segs.size() - 1) {
            return primConst(prim, segs.get(segs.size() - 1), p);
        }
        if (ok.consumed() == segs.size() && ok.def() instanceof Def.Value v && v.item() instanceof Item.Const c) {
            Env itemEnv = Env.of(v.scope());
            Optional<Ty> ty = cx.lower(c.ty(), itemEnv, new dev.rustmem.diag.Diagnostics());
            if (ty.isEmpty()) {
                throw new Failed();
            }
            return consts.constItem(c, itemEnv, ty.get());
        }
        throw err(Diagnostic.unsupported("this path in a constant", p.span()));
    }

    /** {@code size_of::<T>()} / {@code align_of::<T>()} (std's intrinsics), through the layout oracle. */
    private BigInteger layoutQuery(Expr.Call c, dev.rustmem.syntax.ast.Path p) {
        PathSegment last = p.last();
        String name = last.name().name();
        boolean size = name.equals("size_of");
        if (!(size || name.equals("align_of")) || last.args().isEmpty()
                || !(last.args().get() instanceof dev.rustmem.syntax.ast.GenericArgs.AngleBracketed ab)
                || ab.args().size() != 1 || !(ab.args().get(0) instanceof dev.rustmem.syntax.ast.GenericArg.Type t)) {
            throw err(Diagnostic.unsupported("this call in a constant", c.span()));
        }
        List<Ident> idents = new ArrayList<>();
        for (PathSegment s : p.segments()) {
            idents.add(s.name());
        }
        PathRes res = cx.resolver().resolvePath(env.scope(), idents, p.global(), Namespace.VALUE);
        if (!(res instanceof PathRes.Ok ok && ok.def() instanceof Def.Value v && !v.scope().krate().isUser())) {
            throw err(Diagnostic.unsupported("this call in a constant", c.span()));
        }
        dev.rustmem.diag.Diagnostics sink = new dev.rustmem.diag.Diagnostics();
        Optional<Ty> lowered = cx.lower(t.ty(), env, sink);
        if (lowered.isEmpty()) {
            throw sink.isEmpty() ? new Generic() : new DiagnosticException(sink.all().get(0));
        }
        Ty ty = lowered.get();
        if (Projections.hasParams(ty)) {
            throw new Generic();
        }
        java.util.OptionalLong r = size ? cx.layouts().sizeOf(ty) : cx.layouts().alignOf(ty);
        if (r.isEmpty()) {
            throw err(Diagnostic.unsupported("`" + name + "` in a constant", c.span()));
        }
        return BigInteger.valueOf(r.getAsLong());
    }

    /** {@code u8::MAX}, {@code i32::MIN}, {@code usize::BITS}. */
    private BigInteger primConst(Def.Prim prim, PathSegment seg, Expr at) {
        Optional<IntRange> r = cx.range(prim.ty());
        if (r.isPresent()) {
            switch (seg.name().name()) {
                case "MAX": return r.get().max();
                case "MIN": return r.get().min();
                case "BITS": return BigInteger.valueOf(r.get().bits());
                default: break;
            }
        }
        throw err(Diagnostic.unsupported("`" + prim.name() + "::" + seg.name().name() + "` in a constant",
                at.span()));
    }

    /** The type an operand has on its own: a suffixed literal, a const item, a cast. */
    private Optional<Ty> typeOf(Expr e) {
        if (e instanceof Expr.Lit l && l.value() instanceof Literal.Int i && i.suffix().isPresent()) {
            Optional<Def.Prim> prim = Prims.byName(i.suffix().get());
            return prim.isEmpty() ? Optional.empty() : Optional.of(prim.get().ty());
        }
        if (e instanceof Expr.Cast c) {
            return cx.lower(c.ty(), env, new dev.rustmem.diag.Diagnostics());
        }
        if (e instanceof Expr.Paren p) {
            return typeOf(p.inner());
        }
        if (e instanceof Expr.PathExpr p) {
            List<Ident> idents = new ArrayList<>();
            for (PathSegment s : p.path().segments()) {
                idents.add(s.name());
            }
            PathRes res = cx.resolver().resolvePath(env.scope(), idents, p.path().global(), Namespace.VALUE);
            if (res instanceof PathRes.Ok ok && ok.def() instanceof Def.Value v && v.item() instanceof Item.Const c) {
                return cx.lower(c.ty(), Env.of(v.scope()), new dev.rustmem.diag.Diagnostics());
            }
            if (res instanceof PathRes.Ok ok && ok.def() instanceof Def.Prim prim) {
                return Optional.of(prim.ty());
            }
        }
        return Optional.empty();
    }

    private static DiagnosticException overflow(String message, Expr at) {
        return err(Diagnostic.error(Code.E0080, message, at.span(), "evaluation of constant value failed here"));
    }

    private static DiagnosticException err(Diagnostic d) {
        return new DiagnosticException(d);
    }
}
