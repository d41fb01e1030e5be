package dev.rustmem.types.lower;

import dev.rustmem.diag.DiagnosticException;
import dev.rustmem.types.AdtDef;
import dev.rustmem.types.GenericArg;
import dev.rustmem.types.Speculation;
import dev.rustmem.types.Ty;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a struct's last field may be unsized in the generic definition (rustc's
 * {@code StructKind::MaybeUnsized}, decided by {@code is_sized} on the declared tail type): a
 * {@code ?Sized} parameter, {@code str}, a slice, a trait object, or a struct whose own tail is
 * such after substitution.
 */
final class Sizedness {
    /** Null on a speculating thread (see {@link #speculated}). */
    private final LoweringCtxt cx;
    /** The definitions whose tails are being followed, innermost last (a few: no hash set per question). */
    private final List<AdtDef> visiting = new ArrayList<>(4);

    Sizedness(LoweringCtxt cx) {
        this.cx = cx;
    }

    boolean tailMaybeUnsized(AdtDef def) {
        if (!def.isStruct() || def.variants().get(0).fields().isEmpty()) {
            return false;
        }
        return tailOf(def, cx.identityArgs(def));
    }

    /**
     * {@link #tailMaybeUnsized} on a speculating thread ({@link Speculation}): the same answer
     * from the field types the load has published, or {@link Speculation.NotReady} where they
     * (or a generic definition's identity arguments) are not there yet.
     */
    static boolean speculated(AdtDef def) {
        if (!def.isStruct() || def.variants().get(0).fields().isEmpty()) {
            return false;
        }
        List<GenericArg> id = def.isGeneric() ? def.identityArgs() : List.of();
        if (id == null) {
            Speculation.enteringLowering(); // throws
        }
        return new Sizedness(null).tailOf(def, id);
    }

    private boolean tailOf(AdtDef def, List<GenericArg> args) {
        if (!def.isStruct() || def.variants().get(0).fields().isEmpty() || visiting(def)) {
            return false;
        }
        visiting.add(def);
        try {
            List<Ty> tys = def.fieldTys(0, args);
            return maybeUnsized(tys.get(tys.size() - 1));
        } catch (DiagnosticException e) {
            return false;
        } finally {
            visiting.remove(visiting.size() - 1);
        }
    }

    private boolean visiting(AdtDef def) {
        for (int i = 0; i < visiting.size(); i++) {
            if (visiting.get(i) == def) {
                return true;
            }
        }
        return false;
    }

    private boolean maybeUnsized(Ty t) {
        if (t instanceof Ty.Param p) {
            return p.maybeUnsized();
        }
        if (t instanceof Ty.Str || t instanceof Ty.Slice || t instanceof Ty.Dynamic) {
            return true;
        }
        if (t instanceof Ty.Adt a) {
            return tailOf(a.def(), a.args());
        }
        return false;
    }
}
