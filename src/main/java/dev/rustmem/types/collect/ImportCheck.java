package dev.rustmem.types.collect;

import dev.rustmem.diag.Diagnostics;
import dev.rustmem.types.resolve.Def;
import dev.rustmem.types.resolve.Import;
import dev.rustmem.types.resolve.ModuleData;
import dev.rustmem.types.resolve.Namespace;
import dev.rustmem.types.resolve.PathRes;
import dev.rustmem.types.resolve.ResolveErrors;
import dev.rustmem.types.resolve.Resolver;
import java.util.List;

/**
 * E0432 for every {@code use} of the user crate that imports nothing in any namespace. The
 * bundled std models types, not every function and constant: a missing last segment in a std
 * module ({@code use std::mem::size_of;}) is assumed to be such an item and not reported.
 */
public final class ImportCheck {
    private final Resolver resolver;
    private final Diagnostics diags;

    public ImportCheck(Resolver resolver, Diagnostics diags) {
        this.resolver = resolver;
        this.diags = diags;
    }

    public void check(List<ModuleData> modules) {
        for (ModuleData m : modules) {
            for (Import imp : m.imports()) {
                check(imp);
            }
        }
    }

    private void check(Import imp) {
        PathRes r = resolver.resolvePath(imp.owner(), imp.segments(), imp.global(), Namespace.TYPE);
        if (r instanceof PathRes.Ok) {
            return;
        }
        PathRes.Failed f = (PathRes.Failed) r;
        if (f.isLast() && f.failure() == PathRes.Failure.NOT_IN_PARENT && f.parent() instanceof Def.Module m
                && !m.module().krate().isUser()) {
            return;
        }
        if (!imp.glob() && !imp.selfImport() && f.isLast()
                && (f.failure() == PathRes.Failure.NOT_IN_PARENT || f.failure() == PathRes.Failure.NOT_IN_SCOPE)
                && (resolver.resolvePath(imp.owner(), imp.segments(), imp.global(), Namespace.VALUE)
                        instanceof PathRes.Ok
                    || resolver.resolvePath(imp.owner(), imp.segments(), imp.global(), Namespace.MACRO)
                        instanceof PathRes.Ok)) {
            return;
        }
        diags.add(ResolveErrors.forImport(f, imp));
    }
}
