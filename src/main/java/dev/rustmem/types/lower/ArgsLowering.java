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
     * @param def          the definition the arguments are for (an ADT or alias), for E0107
     * @param scope        where the definition is (its defaults are lowered there)
     * @param inferOmitted in an expression path ({@code Vec::new()}) omitted arguments are inferred:
     *                     the result is then empty without an error
     * @return the arguments, one per parameter, or null after an error (reported) or when inferred
     */
    List<GenericArg> lower(List<ParamInfo> params, PathSegment seg, Def def, ModuleData scope, boolean inferOmitted) {
        List<dev.rustmem.syntax.ast.GenericArg> written = List.of();
        if (seg.args().isPresent()) {
            GenericArgs ga = seg.args().get();
            if (ga instanceof GenericArgs.Parenthesized) {
                tl.error(Diagnostic.error("parenthesized type parameters may only be used with a `Fn` trait",
                        ga.span(), "only `Fn` traits may use parentheses"));
                return null;
            }
            List<dev.rustmem.syntax.ast.GenericArg> all = ((GenericArgs.AngleBracketed) ga).args();
            written = typesAndConstsOnly(all) ? all : new ArrayList<>(all.size());
            for (int i = 0; written != all && i < all.size(); i++) {
                dev.rustmem.syntax.ast.GenericArg a = all.get(i);
                if (a instanceof dev.rustmem.syntax.ast.GenericArg.Type || a instanceof dev.rustmem.syntax.ast.GenericArg.Const) {
                    written.add(a);
                } else if (!(a instanceof dev.rustmem.syntax.ast.GenericArg.LifetimeArg)) {
                    tl.error(Diagnostic.error("associated item constraints are not allowed here", a.span(),
                            "associated item constraint not allowed here"));
                    return null;
                }
            }
        } else if (inferOmitted && !params.isEmpty()) {
            tl.infer();
            return null;
        }
        int n = params.size();
        if (!countOk(params, written.size())) {
            Optional<Diagnostic> count = GenericArgCount.check(params, written, seg, new Target(def, scope));
            if (count.isPresent()) {
                tl.error(count.get());
                return null;
            }
        }
        if (n == 0) {
            return List.of();
        }
        GenericArg[] out = new GenericArg[n];
        for (int i = 0; i < n; i++) {
            ParamInfo p = params.get(i);
            out[i] = i < written.size() ? given(p, written.get(i), def, scope)
                    : dflt(p, params, java.util.Arrays.asList(out).subList(0, i), scope);
        }
        return dev.rustmem.types.HashedList.adopt(out);
    }

    /** No lifetimes or constraints among the written arguments (the usual case: no filtered copy). */
    private static boolean typesAndConstsOnly(List<dev.rustmem.syntax.ast.GenericArg> all) {
        for (int i = 0; i < all.size(); i++) {
            dev.rustmem.syntax.ast.GenericArg a = all.get(i);
            if (!(a instanceof dev.rustmem.syntax.ast.GenericArg.Type || a instanceof dev.rustmem.syntax.ast.GenericArg.Const)) {
                return false;
            }
        }
        return true;
    }

    /** Between the required and the total number of parameters (the common case, checked without allocating). */
    private static boolean countOk(List<ParamInfo> params, int n) {
        if (n > params.size()) {
            return false;
        }
        int required = 0;
        for (int i = 0; i < params.size(); i++) {
            required += params.get(i).hasDefault() ? 0 : 1;
        }
        return n >= required;
    }

    private GenericArg given(ParamInfo p, dev.rustmem.syntax.ast.GenericArg a, Def def, ModuleData scope) {
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
        Ty ty = constTy(p, scope);
        Optional<Const> c = tl.cx.consts().evalArg(e, ty, tl.env(), tl.sink);
        return c.isPresent() ? c.get() : tl.fail();
    }

    /** A default, lowered where the definition is, with the earlier parameters bound to their arguments. */
    private GenericArg dflt(ParamInfo p, List<ParamInfo> params, List<GenericArg> before, ModuleData scope) {
        Env env = new Env(scope, ParamMap.of(params, before, before.size()), Optional.empty());
        if (p.def().typeDefault().isPresent()) {
            return tl.lower(p.def().typeDefault().get(), env);
        }
        Ty ty = constTy(p, scope);
        Optional<Const> c = tl.cx.consts().evalArg(p.def().constDefault().get(), ty, env, tl.sink);
        if (c.isEmpty()) {
            return tl.fail();
        }
        return c.get();
    }

    private Ty constTy(ParamInfo p, ModuleData scope) {
        Optional<Ty> t = tl.cx.lower(p.constTy().get(), Env.of(scope), new dev.rustmem.diag.Diagnostics());
        return t.orElse(Ty.usize());
    }
}
