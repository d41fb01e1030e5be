package dev.rustmem.types.lower;

import dev.rustmem.diag.Code;
import dev.rustmem.diag.Diagnostic;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.GenericArgs;
import dev.rustmem.syntax.ast.PathSegment;
import dev.rustmem.syntax.ast.TypeExpr;
import dev.rustmem.types.Const;
import dev.rustmem.types.GenericArg;
import dev.rustmem.types.Ty;
import dev.rustmem.types.resolve.Def;
import dev.rustmem.types.resolve.ModuleData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lowers the generic arguments written on a path segment against a definition's parameters
 * (rustc's {@code lower_generic_args}): lifetimes are skipped, a bare identifier given to a const
 * parameter is read as a const path, omitted trailing parameters take their defaults (lowered in
 * the definition's scope, where they may name earlier parameters), and a wrong count is E0107.
 */
final class ArgsLowering {
    /** The definition the arguments are for (its description only matters for E0107). */
    record Target(Def def, ModuleData scope) {
        static Target of(Def.Adt adt) {
            return new Target(adt, adt.scope());
        }

        static Target of(Def.Alias alias) {
            return new Target(alias, alias.scope());
        }

        String descr() {
            return def.descr();
        }

        String name() {
            return def.name();
        }

        boolean local() {
            return scope.krate().isUser();
        }
    }

    private final TypeLowering tl;

    ArgsLowering(TypeLowering tl) {
        this.tl = tl;
    }

    /**
     * @param inferOmitted in an expression path ({@code Vec::new()}) omitted arguments are inferred:
     *                     the result is then empty without an error
     */
    Optional<List<GenericArg>> lower(List<ParamInfo> params, PathSegment seg, Target target, boolean inferOmitted) {
        List<dev.rustmem.syntax.ast.GenericArg> written = new ArrayList<>();
        if (seg.args().isPresent()) {
            GenericArgs ga = seg.args().get();
            if (ga instanceof GenericArgs.Parenthesized) {
                tl.error(Diagnostic.error("parenthesized type parameters may only be used with a `Fn` trait",
                        ga.span(), "only `Fn` traits may use parentheses"));
                return Optional.empty();
            }
            for (dev.rustmem.syntax.ast.GenericArg a : ((GenericArgs.AngleBracketed) ga).args()) {
                if (a instanceof dev.rustmem.syntax.ast.GenericArg.Type || a instanceof dev.rustmem.syntax.ast.GenericArg.Const) {
                    written.add(a);
                } else if (!(a instanceof dev.rustmem.syntax.ast.GenericArg.LifetimeArg)) {
                    tl.error(Diagnostic.error("associated item constraints are not allowed here", a.span(),
                            "associated item constraint not allowed here"));
                    return Optional.empty();
                }
            }
        } else if (inferOmitted && !params.isEmpty()) {
            tl.infer();
            return Optional.empty();
        }
        Optional<Diagnostic> count = GenericArgCount.check(params, written, seg, target);
        if (count.isPresent()) {
            tl.error(count.get());
            return Optional.empty();
        }
        List<GenericArg> out = new ArrayList<>(params.size());
        for (int i = 0; i < params.size(); i++) {
            ParamInfo p = params.get(i);
            out.add(i < written.size() ? given(p, written.get(i), target) : dflt(p, params, out, target));
        }
        return Optional.of(out);
    }

    private GenericArg given(ParamInfo p, dev.rustmem.syntax.ast.GenericArg a, Target target) {
        if (!p.isConst()) {
            if (a instanceof dev.rustmem.syntax.ast.GenericArg.Type t) {
                return tl.lower(t.ty(), tl.env());
            }
            return tl.error(Diagnostic.error(Code.E0747, "constant provided when a type was expected", a.span(), ""));
        }
        Expr e;
        if (a instanceof dev.rustmem.syntax.ast.GenericArg.Const c) {
            e = c.value();
        } else {
            TypeExpr t = ((dev.rustmem.syntax.ast.GenericArg.Type) a).ty();
            if (!(t instanceof TypeExpr.PathType pt)) {
                return tl.error(Diagnostic.error(Code.E0747, "type provided when a constant was expected", a.span(), ""));
            }
            e = new Expr.PathExpr(pt.path());
        }
        Ty ty = constTy(p, target);
        Optional<Const> c = tl.cx.consts().evalArg(e, ty, tl.env(), tl.sink);
        return c.isPresent() ? c.get() : tl.fail();
    }

    /** A default, lowered where the definition is, with the earlier parameters bound to their arguments. */
    private GenericArg dflt(ParamInfo p, List<ParamInfo> params, List<GenericArg> before, Target target) {
        Map<String, GenericArg> sofar = new HashMap<>();
        for (int i = 0; i < before.size(); i++) {
            sofar.put(params.get(i).name(), before.get(i));
        }
        Env env = new Env(target.scope(), sofar, Optional.empty());
        if (p.def().typeDefault().isPresent()) {
            return tl.lower(p.def().typeDefault().get(), env);
        }
        Ty ty = constTy(p, target);
        Optional<Const> c = tl.cx.consts().evalArg(p.def().constDefault().get(), ty, env, tl.sink);
        if (c.isEmpty()) {
            return tl.fail();
        }
        return c.get();
    }

    private Ty constTy(ParamInfo p, Target target) {
        Optional<Ty> t = tl.cx.lower(p.constTy().get(), Env.of(target.scope()), new dev.rustmem.diag.Diagnostics());
        return t.orElse(Ty.usize());
    }
}
