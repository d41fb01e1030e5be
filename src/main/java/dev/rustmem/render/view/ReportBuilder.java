package dev.rustmem.render.view;

import dev.rustmem.types.Const;
import dev.rustmem.types.GenericArg;
import dev.rustmem.types.NamedType;
import dev.rustmem.types.Ty;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the {@link LayoutReport} for a list of reported types: their views in report order, and
 * the views of every ADT rustc would lay out while laying them out (fields of all variants,
 * tuple and array elements; not behind pointers, where rustc needs no layout).
 */
public final class ReportBuilder {
    private final ViewBuilder views;

    public ReportBuilder(ViewBuilder views) {
        this.views = views;
    }

    /**
     * Both halves of the report: views with advice of the reported types, and the rustc list.
     * Throws {@code LayoutException} for the first reported type without a layout.
     */
    public LayoutReport build(String target, List<NamedType> reported) {
        return new LayoutReport(target, buildForTable(target, reported).types(),
                buildForRustc(target, reported).rustcTypes());
    }

    /**
     * The report for the table and JSON formats: a view (with advice) of every reported type;
     * {@code rustcTypes} stays empty.
     */
    public LayoutReport buildForTable(String target, List<NamedType> reported) {
        List<TypeView> types = new ArrayList<>(reported.size());
        for (NamedType nt : reported) {
            types.add(views.build(nt));
        }
        return new LayoutReport(target, types, List.of());
    }

    /**
     * The report for the rustc format: views of the ADTs rustc would print, each once, with only
     * what that format needs (see {@link ViewBuilder#buildForRustc}); {@code types} stays empty.
     */
    public LayoutReport buildForRustc(String target, List<NamedType> reported) {
        List<TypeView> rustc = new ArrayList<>();
        for (Ty ty : reachableAdts(reported)) {
            rustc.add(views.buildForRustc(ty));
        }
        return new LayoutReport(target, List.of(), rustc);
    }

    /** Concrete ADTs among and inside the reported types, each once, in discovery order. */
    static Set<Ty> reachableAdts(List<NamedType> reported) {
        Set<Ty> adts = new LinkedHashSet<>();
        // Most revisits are the very same objects (definitions cache their field types): an
        // identity check first spares hashing deep types.
        Set<Ty> seenObjects = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Ty> seen = new HashSet<>();
        Deque<Ty> work = new ArrayDeque<>();
        for (NamedType nt : reported) {
            work.push(nt.ty());
            while (!work.isEmpty()) {
                Ty ty = work.pop();
                if (!seenObjects.add(ty) || !seen.add(ty) || !isConcrete(ty)) {
                    continue;
                }
                if (ty instanceof Ty.Adt adt) {
                    adts.add(ty);
                    for (int v = 0; v < adt.def().variants().size(); v++) {
                        adt.fieldTys(v).forEach(work::push);
                    }
                } else if (ty instanceof Ty.Tuple t) {
                    t.elems().forEach(work::push);
                } else if (ty instanceof Ty.Array a) {
                    work.push(a.elem());
                } else if (ty instanceof Ty.Slice s) {
                    work.push(s.elem());
                }
            }
        }
        return adts;
    }

    static boolean isConcrete(Ty ty) {
        if (ty instanceof Ty.Param) {
            return false;
        }
        if (ty instanceof Ty.Adt adt) {
            for (GenericArg a : adt.args()) {
                if (a instanceof Const.Param || (a instanceof Ty t && !isConcrete(t))) {
                    return false;
                }
            }
            return true;
        }
        if (ty instanceof Ty.Tuple t) {
            return t.elems().stream().allMatch(ReportBuilder::isConcrete);
        }
        if (ty instanceof Ty.Array a) {
            return isConcrete(a.elem());
        }
        if (ty instanceof Ty.Slice s) {
            return isConcrete(s.elem());
        }
        if (ty instanceof Ty.Ref r) {
            return isConcrete(r.pointee());
        }
        if (ty instanceof Ty.RawPtr p) {
            return isConcrete(p.pointee());
        }
        return true;
    }
}
