package dev.rustmem.types.lower;

import dev.rustmem.diag.Code;
import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.DiagnosticException;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.types.Const;
import dev.rustmem.types.GenericArg;
import dev.rustmem.types.Ty;
import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates the integer constants that types depend on: array lengths, const generic arguments,
 * enum discriminants and the {@code const} items they name. Arithmetic is exact (BigInteger) and
 * checked against the expression's integer type after every step, so overflow is E0080 as in
 * rustc's CTFE ("attempt to compute `200_u8 + 100_u8`, which would overflow").
 */
public final class ConstEval {
    /** @param generic the value depends on a const parameter of a generic definition */
    public record Result(Optional<BigInteger> value, boolean generic) {}

    private final LoweringCtxt cx;
    private final Map<Item.Const, Optional<BigInteger>> items = new IdentityHashMap<>();
    private final Map<Item.Const, Boolean> evaluating = new IdentityHashMap<>();

    ConstEval(LoweringCtxt cx) {
        this.cx = cx;
    }

    /** The value, or empty after reporting an error (or when it depends on a const parameter). */
    public Optional<BigInteger> eval(Expr e, Ty ty, Env env, Diagnostics sink) {
        return evalIn(e, ty, env, sink).value();
    }

    public Result evalIn(Expr e, Ty ty, Env env, Diagnostics sink) {
        try {
            return new Result(Optional.of(new ConstExprEval(cx, this, env).eval(e, ty)), false);
        } catch (ConstExprEval.Generic g) {
            return new Result(Optional.empty(), true);
        } catch (DiagnosticException d) {
            sink.add(d.diagnostic());
            return new Result(Optional.empty(), false);
        } catch (ConstExprEval.Failed f) {
            return new Result(Optional.empty(), false);
        }
    }

    /** A const generic argument: a parameter passed through, or an evaluated value. */
    public Optional<Const> evalArg(Expr e, Ty ty, Env env, Diagnostics sink) {
        if (e instanceof Expr.PathExpr p && p.path().isSimpleIdent()) {
            Optional<GenericArg> a = env.param(p.path().plain());
            if (a.isPresent() && a.get() instanceof Const c) {
                return Optional.of(c);
            }
        }
        if (e instanceof Expr.BlockExpr b && b.block().stmts().isEmpty() && b.block().tail().isPresent()) {
            return evalArg(b.block().tail().get(), ty, env, sink);
        }
        Result r = evalIn(e, ty, env, sink);
        if (r.generic()) {
            sink.add(Diagnostic.unsupported("a const argument computed from a const parameter", e.span()));
            return Optional.empty();
        }
        return r.value().isEmpty() ? Optional.empty() : Optional.of(new Const.Value(r.value().get(), ty));
    }

    /** A {@code const} item's value (evaluated once; a second failure is not reported again). */
    public Optional<BigInteger> evalItem(Item.Const c, Env itemEnv, Ty ty, Diagnostics sink) {
        try {
            return Optional.of(constItem(c, itemEnv, ty));
        } catch (DiagnosticException d) {
            sink.add(d.diagnostic());
        } catch (ConstExprEval.Failed | ConstExprEval.Generic f) {
            // reported before, or generic
        }
        return Optional.empty();
    }

    /** The value of a {@code const} item, evaluated once in its own scope. */
    BigInteger constItem(Item.Const c, Env itemEnv, Ty ty) {
        Optional<BigInteger> v = items.get(c);
        if (v != null) {
            if (v.isEmpty()) {
                throw new ConstExprEval.Failed();
            }
            return v.get();
        }
        if (evaluating.containsKey(c)) {
            throw new DiagnosticException(Diagnostic.error(Code.E0391,
                    "cycle detected when simplifying constant for the type system `" + c.name().name() + "`",
                    c.name().span(), ""));
        }
        evaluating.put(c, true);
        try {
            if (c.value().isEmpty()) {
                throw new DiagnosticException(Diagnostic.unsupported("a constant without a value", c.span()));
            }
            BigInteger r = new ConstExprEval(cx, this, itemEnv).eval(c.value().get(), ty);
            items.put(c, Optional.of(r));
            return r;
        } catch (DiagnosticException d) {
            items.put(c, Optional.empty());
            throw d;
        } finally {
            evaluating.remove(c);
        }
    }
}
