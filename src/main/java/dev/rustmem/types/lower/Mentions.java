package dev.rustmem.types.lower;

import dev.rustmem.syntax.ast.GenericArg;
import dev.rustmem.syntax.ast.GenericArgs;
import dev.rustmem.syntax.ast.PathSegment;
import dev.rustmem.syntax.ast.TypeExpr;
import java.util.Set;

/** Whether a written type mentions one of some names (a generic parameter) in any path segment. */
final class Mentions {
    private Mentions() {}

    static boolean anyName(TypeExpr t, Set<String> names) {
        if (t instanceof TypeExpr.PathType p) {
            if (p.path().qself().isPresent()) {
                return true;
            }
            for (PathSegment s : p.path().segments()) {
                if (names.contains(s.name().name()) || s.name().name().equals("Self")) {
                    return true;
                }
                if (s.args().isPresent()) {
                    if (!(s.args().get() instanceof GenericArgs.AngleBracketed ab)) {
                        return true;
                    }
                    for (GenericArg a : ab.args()) {
                        if (a instanceof GenericArg.LifetimeArg) {
                            continue;
                        }
                        if (!(a instanceof GenericArg.Type at) || anyName(at.ty(), names)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        } else if (t instanceof TypeExpr.Ref r) {
            return anyName(r.pointee(), names);
        } else if (t instanceof TypeExpr.RawPtr r) {
            return anyName(r.pointee(), names);
        } else if (t instanceof TypeExpr.Slice s) {
            return anyName(s.elem(), names);
        } else if (t instanceof TypeExpr.Paren p) {
            return anyName(p.inner(), names);
        } else if (t instanceof TypeExpr.Tuple tu) {
            for (TypeExpr e : tu.elems()) {
                if (anyName(e, names)) {
                    return true;
                }
            }
            return false;
        } else if (t instanceof TypeExpr.Never) {
            return false;
        }
        // arrays (length expressions), fn pointers, trait objects: assume they may
        return true;
    }

    /** A literal, {@code -literal} or {@code { literal }}: a const default that names nothing. */
    static boolean isLiteral(dev.rustmem.syntax.ast.Expr e) {
        if (e instanceof dev.rustmem.syntax.ast.Expr.Lit) {
            return true;
        }
        if (e instanceof dev.rustmem.syntax.ast.Expr.Unary u) {
            return isLiteral(u.operand());
        }
        if (e instanceof dev.rustmem.syntax.ast.Expr.BlockExpr b && b.block().stmts().isEmpty()) {
            return b.block().tail().isPresent() && isLiteral(b.block().tail().get());
        }
        return e instanceof dev.rustmem.syntax.ast.Expr.Paren p && isLiteral(p.inner());
    }
}
