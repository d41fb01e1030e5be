package dev.rustmem.types.lower;

import dev.rustmem.syntax.ast.Item;
import dev.rustmem.types.GenericArg;
import dev.rustmem.types.Ty;
import dev.rustmem.types.resolve.ModuleData;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a type expression is lowered: the module or block scope for paths, what each generic
 * parameter in scope stands for (a {@link Ty.Param}/{@link dev.rustmem.types.Const.Param} when
 * lowering a generic definition itself, or the arguments of an instantiation), and {@code Self}.
 * Only the innermost item's parameters are in scope, as in rustc (inner items cannot use outer
 * generics, E0401).
 */
public record Env(ModuleData scope, Map<String, GenericArg> params, Optional<Ty> selfTy, Optional<ImplScope> impl) {
    /** The trait impl being checked: where {@code Self::Item} finds its {@code type Item = ..}. */
    public record ImplScope(Item.Impl item, Env env) {}

    public Env {
        // ParamMap is immutable already: copying it for every instantiation was pure waste.
        params = params instanceof ParamMap ? params : Map.copyOf(params);
    }

    public Env(ModuleData scope, Map<String, GenericArg> params, Optional<Ty> selfTy) {
        this(scope, params, selfTy, Optional.empty());
    }

    public static Env of(ModuleData scope) {
        return new Env(scope, ParamMap.EMPTY, Optional.empty());
    }

    public Env withSelf(Ty self) {
        return new Env(scope, params, Optional.of(self), impl);
    }

    public Env withScope(ModuleData s) {
        return new Env(s, params, selfTy, impl);
    }

    /** Inside an impl: {@code Self::Name} reads the impl's associated types. */
    public Env inImpl(Item.Impl item) {
        return new Env(scope, params, selfTy, Optional.of(new ImplScope(item, this)));
    }

    /** This environment plus more parameters (a method's own generics inside an impl). */
    public Env withParams(Map<String, GenericArg> more) {
        Map<String, GenericArg> m = new HashMap<>(params);
        m.putAll(more);
        return new Env(scope, m, selfTy, impl);
    }

    public Optional<GenericArg> param(String name) {
        return Optional.ofNullable(params.get(name));
    }

    /** What {@code name} is bound to, or null (no Optional on the lowering's hot path). */
    GenericArg paramOrNull(String name) {
        return params instanceof ParamMap pm ? pm.get(name) : params.get(name);
    }
}
