package dev.rustmem.types.lower;

import dev.rustmem.diag.Code;
import dev.rustmem.diag.Diagnostic;
import dev.rustmem.syntax.ast.GenericArg;
import dev.rustmem.syntax.ast.GenericArgs;
import dev.rustmem.syntax.ast.GenericBound;
import dev.rustmem.syntax.ast.Ident;
import dev.rustmem.syntax.ast.Path;
import dev.rustmem.syntax.ast.PathSegment;
import dev.rustmem.syntax.ast.TypeExpr;
import dev.rustmem.types.Ty;
import dev.rustmem.types.resolve.Def;
import dev.rustmem.types.resolve.Namespace;
import dev.rustmem.types.resolve.PathRes;
import dev.rustmem.types.resolve.ResolveErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lowers {@code dyn Trait + Auto + 'a} to a {@link Ty.Dynamic} spelled as rustc prints it: the
 * principal trait by its definition path with its arguments ({@code std::ops::Fn(u8) -> u8},
 * {@code std::iter::Iterator<Item = u8>}, {@code for<'a> std::ops::FnMut(&'a u8)}), then the auto
 * traits in path order ({@code + std::marker::Send + std::marker::Sync}); lifetimes dropped.
 */
final class DynLowering {
    private static final Set<String> AUTO = Set.of("Send", "Sync", "Unpin", "UnwindSafe", "RefUnwindSafe");

    private final TypeLowering tl;

    DynLowering(TypeLowering tl) {
        this.tl = tl;
    }

    Ty lower(TypeExpr.TraitObject t) {
        if (!t.dynKeyword()) {
            return tl.error(Diagnostic.error(Code.E0782, "expected a type, found a trait", t.span(), "")
                    .withHelp("you can add the `dyn` keyword if you want a trait object"));
        }
        String principal = null;
        Set<String> autos = new TreeSet<>();
        for (GenericBound b : t.bounds()) {
            if (!(b instanceof GenericBound.Trait tb)) {
                continue;
            }
            if (tb.modifier() != GenericBound.Modifier.NONE) {
                return tl.error(Diagnostic.error("`?Trait` is not permitted in trait object types", tb.span(), ""));
            }
            Optional<Def.Trait> trait = trait(tb.path());
            if (trait.isEmpty()) {
                return Ty.NEVER;
            }
            String[] a = args(tb.path().last(), tb.forLifetimes());
            String printed = a[0] + trait.get().path() + a[1];
            if (isAuto(trait.get())) {
                autos.add(printed);
            } else if (principal == null) {
                principal = printed;
            } else {
                return tl.error(Diagnostic.error("only auto traits can be used as additional traits in a trait object",
                        tb.span(), "additional non-auto trait"));
            }
        }
        List<String> parts = new ArrayList<>();
        if (principal != null) {
            parts.add(principal);
        }
        parts.addAll(autos);
        if (parts.isEmpty()) {
            return tl.error(Diagnostic.error("at least one trait is required for an object type", t.span(), ""));
        }
        return tl.cx.intern(new Ty.Dynamic(String.join(" + ", parts)));
    }

    private Optional<Def.Trait> trait(Path p) {
        List<Ident> idents = new ArrayList<>();
        for (PathSegment s : p.segments()) {
            idents.add(s.name());
        }
        PathRes r = tl.cx.resolver().resolvePath(tl.env().scope(), idents, p.global(), Namespace.TYPE);
        if (r instanceof PathRes.Failed f) {
            tl.error(f.failure() == PathRes.Failure.NOT_IN_PARENT && f.parent() instanceof Def.Module m
                    && !m.module().krate().isUser() ? StdGap.diagnostic(p) : ResolveErrors.forPath(f, "trait"));
            return Optional.empty();
        }
        PathRes.Ok ok = (PathRes.Ok) r;
        if (ok.consumed() == idents.size() && ok.def() instanceof Def.Trait tr) {
            return Optional.of(tr);
        }
        if (ok.def() instanceof Def.Missing) {
            tl.error(StdGap.diagnostic(p));
            return Optional.empty();
        }
        tl.error(Diagnostic.error(Code.E0404, "expected trait, found " + ok.def().descr() + " `" + p.plain() + "`",
                p.span(), "not a trait"));
        return Optional.empty();
    }

    private static boolean isAuto(Def.Trait t) {
        return t.item().auto() || !t.scope().krate().isUser() && AUTO.contains(t.name());
    }

    /** The binder ({@code for<'a> }, usually empty) and the arguments as printed after the path. */
    private String[] args(PathSegment seg, List<dev.rustmem.syntax.ast.Lifetime> binder) {
        if (seg.args().isEmpty()) {
            return new String[] {"", ""};
        }
        GenericArgs ga = seg.args().get();
        if (ga instanceof GenericArgs.Parenthesized p) {
            return fnSugar(p, binder);
        }
        List<String> shown = new ArrayList<>();
        List<String> bindings = new ArrayList<>();
        for (GenericArg a : ((GenericArgs.AngleBracketed) ga).args()) {
            if (a instanceof GenericArg.Type ty) {
                shown.add(tl.cx.printer().print(tl.lower(ty.ty(), tl.env())));
            } else if (a instanceof GenericArg.Const c) {
                var v = tl.cx.consts().evalArg(c.value(), Ty.usize(), tl.env(), tl.sink);
                if (v.isPresent()) {
                    shown.add(tl.cx.printer().print(v.get()));
                }
            } else if (a instanceof GenericArg.Binding bd) {
                bindings.add(bd.name().name() + " = " + tl.cx.printer().print(tl.lower(bd.ty(), tl.env())));
            }
        }
        shown.addAll(bindings);
        return new String[] {"", shown.isEmpty() ? "" : "<" + String.join(", ", shown) + ">"};
    }

    /** {@code Fn(A) -> R} prints like a fn pointer's signature, with its late-bound regions. */
    private String[] fnSugar(GenericArgs.Parenthesized p, List<dev.rustmem.syntax.ast.Lifetime> binder) {
        // The same signature as a fn pointer type, so its regions are bound the same way
        // (`dyn Fn(&u8)` has a late-bound region, `dyn Fn(&'static u8)` does not).
        // The output is an `Output = ..` binding, printed with its regions erased (rustc:
        // `dyn for<'a> std::ops::Fn(&'a u8) -> &u8`).
        TypeExpr.FnPtr asFn = new TypeExpr.FnPtr(binder, false, Optional.empty(), p.inputs(), false,
                Optional.empty(), p.span());
        String fn = tl.cx.printer().print(tl.lower(asFn, tl.env()));
        Ty out = p.output().isPresent() ? tl.lower(p.output().get(), tl.env()) : Ty.UNIT;
        if (!out.equals(Ty.UNIT)) {
            fn = fn + " -> " + tl.cx.printer().print(out);
        }
        String printedBinder = "";
        if (fn.startsWith("for<")) {
            int end = fn.indexOf("> ") + 2;
            printedBinder = fn.substring(0, end);
            fn = fn.substring(end);
        }
        return new String[] {printedBinder, fn.substring("fn".length())};
    }
}
