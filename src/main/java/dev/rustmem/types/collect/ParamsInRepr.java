package dev.rustmem.types.collect;

import dev.rustmem.diag.DiagnosticException;
import dev.rustmem.types.AdtDef;
import dev.rustmem.types.GenericArg;
import dev.rustmem.types.Ty;
import dev.rustmem.types.lower.LoweringCtxt;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * rustc's {@code params_in_repr}: the parameters a definition stores by value (in a field, a
 * tuple, an array, or an argument another definition stores by value), not behind a pointer.
 * {@code Option<T>} holds {@code T}; {@code Box<T>} and {@code Vec<T>} do not.
 */
final class ParamsInRepr {
    private final Map<AdtDef, List<Integer>> memo = new IdentityHashMap<>();
    private final LoweringCtxt cx;

    ParamsInRepr(LoweringCtxt cx) {
        this.cx = cx;
    }

    List<GenericArg> identity(AdtDef def) {
        return cx.identityArgs(def);
    }

    List<Integer> of(AdtDef def) {
        if (!def.isGeneric()) {
            return List.of(); // nothing to hold: skip walking the field types
        }
        List<Integer> r = memo.get(def);
        if (r != null) {
            return r;
        }
        memo.put(def, List.of());
        TreeSet<Integer> out = new TreeSet<>();
        try {
            for (int v = 0; v < def.variants().size(); v++) {
                for (Ty t : def.fieldTys(v, identity(def))) {
                    collect(t, out);
                }
            }
        } catch (DiagnosticException e) {
            // Erroneous field types were reported with the definition.
        }
        r = List.copyOf(out);
        memo.put(def, r);
        return r;
    }

    private void collect(Ty t, TreeSet<Integer> out) {
        if (t instanceof Ty.Param p) {
            if (p.index() >= 0) {
                out.add(p.index());
            }
        } else if (t instanceof Ty.Tuple tu) {
            for (Ty e : tu.elems()) {
                collect(e, out);
            }
        } else if (t instanceof Ty.Array a) {
            collect(a.elem(), out);
        } else if (t instanceof Ty.Adt a) {
            for (int i : of(a.def())) {
                if (a.args().get(i) instanceof Ty arg) {
                    collect(arg, out);
                }
            }
        }
    }
}
