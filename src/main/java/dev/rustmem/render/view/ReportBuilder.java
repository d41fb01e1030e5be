package dev.rustmem.render.view;

import dev.rustmem.par.Parallel;
import dev.rustmem.types.Const;
import dev.rustmem.types.GenericArg;
import dev.rustmem.types.NamedType;
import dev.rustmem.types.Ty;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
        // Each view (with its advice) depends only on its type: built on two threads, in order.
        return new LayoutReport(target, Parallel.map(reported, new TableViews(views)), List.of());
    }

    /**
     * The rustc list as full views (see {@link ViewBuilder#buildForRustc}): the ADTs rustc would
     * print, each once, in discovery order; {@code types} stays empty. For libraries and tests;
     * {@code rustmem layout --format rustc} prints from {@link #rustcViews}.
     */
    public LayoutReport buildForRustc(String target, List<NamedType> reported) {
        List<Ty.Adt> adts = reachableAdts(reported);
        List<TypeView> rustc = new ArrayList<>(adts.size());
        for (int i = 0; i < adts.size(); i++) {
            rustc.add(views.buildForRustc(adts.get(i)));
        }
        return new LayoutReport(target, List.of(), rustc);
    }

    /**
     * What the rustc format prints, lean: the {@link RustcView} of every ADT rustc would lay out,
     * each once, in discovery order (what {@code rustmem layout --format rustc} renders).
     */
    public List<RustcView> rustcViews(List<NamedType> reported) {
        if (!Parallel.parallel(reported.size())) {
            List<Ty.Adt> adts = reachableAdts(reported);
            List<RustcView> out = new ArrayList<>(adts.size());
            for (int i = 0; i < adts.size(); i++) {
                out.add(views.rustcView(adts.get(i)));
            }
            return out;
        }
        // Two threads walk the reported types, each claiming ADTs in one shared set and building
        // the views of those it claims: the walk and the views in one pass. Which thread claims an
        // ADT both reach is a race, so the list's order is not fixed; the rustc format's order
        // does not depend on it (RustcRenderer sorts by size, name and then content).
        return flatten(Parallel.map(reported, rustcPass(reported.size())));
    }

    /**
     * The views a {@link RustcPass} gave, one list after the other. (A loop of its own: in a large
     * method the JIT would compile that whole method on the stack to finish one loop.)
     */
    public static List<RustcView> flatten(List<List<RustcView>> parts) {
        int n = 0;
        for (int i = 0; i < parts.size(); i++) {
            n += parts.get(i).size();
        }
        List<RustcView> out = new ArrayList<>(n);
        for (int i = 0; i < parts.size(); i++) {
            out.addAll(parts.get(i));
        }
        return out;
    }

    /** The view with advice of a reported type (not {@code views::build}: its bootstrap costs a cold run). */
    private static final class TableViews implements java.util.function.Function<NamedType, TypeView> {
        private final ViewBuilder views;

        TableViews(ViewBuilder views) {
            this.views = views;
        }

        @Override
        public TypeView apply(NamedType nt) {
            return views.build(nt);
        }
    }

    /** Concrete ADTs among and inside the reported types, each once, in discovery order. */
    static List<Ty.Adt> reachableAdts(List<NamedType> reported) {
        int expected = Math.max(16, reported.size() * 2);
        Reach reach = new Reach(new HashSet<>(expected), reported.size());
        for (int r = 0; r < reported.size(); r++) {
            reach.walk(reported.get(r).ty());
        }
        return reach.adts;
    }

    /** The state of one {@link #reachableAdts} walk. */
    /**
     * The rustc views of the ADTs reachable from each type it is given that no earlier call
     * reached: the body of {@link #rustcViews}, for a caller that goes through the reported types
     * itself, on up to two threads (rustmem lays each type out and takes its views in one pass).
     */
    public RustcPass rustcPass(int reported) {
        return new RustcPass(reported);
    }

    /** See {@link #rustcPass}. */
    public final class RustcPass implements java.util.function.Function<NamedType, List<RustcView>> {
        private final Set<Ty> claimed;
        private final ThreadLocal<Reach> walkers;

        private RustcPass(int reported) {
            claimed = ConcurrentHashMap.newKeySet(Math.max(16, reported * 2));
            walkers = new ThreadLocal<>();
            this.reported = reported;
        }

        private final int reported;

        @Override
        public List<RustcView> apply(NamedType nt) {
            Reach reach = walkers.get();
            if (reach == null) {
                reach = new Reach(claimed, reported);
                walkers.set(reach);
            }
            reach.adts.clear();
            reach.walk(nt.ty());
            if (reach.adts.isEmpty()) {
                return List.of();
            }
            List<RustcView> found = new ArrayList<>(reach.adts.size());
            for (int i = 0; i < reach.adts.size(); i++) {
                found.add(views.rustcView(reach.adts.get(i)));
            }
            return found;
        }
    }

    private static final class Reach {
        final List<Ty.Adt> adts;
        /**
         * ADTs are compared by value: equal ADTs are often distinct objects (about half of them
         * on a large file), and a revisit of the same object stops at the set's identity check.
         */
        final Set<Ty> seenAdts;
        /**
         * Tuples, arrays and slices are few and are compared by identity only: one seen twice as
         * distinct objects is merely walked twice.
         */
        final Set<Ty> seenOthers;
        final Deque<Ty> work = new ArrayDeque<>();

        /** @param seenAdts the ADTs met so far (shared by the walkers of one report) */
        Reach(Set<Ty> seenAdts, int reported) {
            // Presized: a report reaches about twice as many type objects as it names, and growing
            // these tables over and over cost more than the walk itself.
            int expected = Math.max(16, reported * 2);
            adts = new ArrayList<>(expected);
            this.seenAdts = seenAdts;
            seenOthers = Collections.newSetFromMap(new IdentityHashMap<>(expected / 8));
        }

        /** Adds the ADTs newly met from {@code ty} to {@link #adts}. */
        void walk(Ty ty) {
            push(ty);
            while (!work.isEmpty()) {
                // One call per type: a method called this often is compiled early, while the
                // body of a loop that runs once per report would stay interpreted (cold start).
                visit(work.pop());
            }
        }

        void visit(Ty ty) {
            if (!(ty instanceof Ty.Adt ? seenAdts.add(ty) : seenOthers.add(ty)) || !isConcrete(ty)) {
                return;
            }
            if (ty instanceof Ty.Adt adt) {
                adts.add(adt);
                // Fieldless variants (an enum may have hundreds) are skipped a word of bits at a time.
                for (int v = adt.def().nextWithFields(0); v >= 0; v = adt.def().nextWithFields(v + 1)) {
                    List<Ty> tys = adt.fieldTys(v);
                    for (int i = 0; i < tys.size(); i++) {
                        push(tys.get(i));
                    }
                }
            } else if (ty instanceof Ty.Tuple t) {
                List<Ty> elems = t.elems();
                for (int i = 0; i < elems.size(); i++) {
                    push(elems.get(i));
                }
            } else if (ty instanceof Ty.Array a) {
                push(a.elem());
            } else if (ty instanceof Ty.Slice s) {
                push(s.elem());
            }
        }

        /**
         * Queues the types that can hold an ADT in place (ADTs, tuples, arrays, slices); scalars
         * and pointers are left out before they cost a set entry.
         */
        void push(Ty ty) {
            if (ty instanceof Ty.Adt || ty instanceof Ty.Tuple || ty instanceof Ty.Array || ty instanceof Ty.Slice) {
                work.push(ty);
            }
        }
    }

    static boolean isConcrete(Ty ty) {
        if (ty instanceof Ty.Param) {
            return false;
        }
        if (ty instanceof Ty.Adt adt) {
            List<GenericArg> args = adt.args();
            for (int i = 0; i < args.size(); i++) {
                GenericArg a = args.get(i);
                if (a instanceof Const.Param || (a instanceof Ty t && !isConcrete(t))) {
                    return false;
                }
            }
            return true;
        }
        if (ty instanceof Ty.Tuple t) {
            List<Ty> elems = t.elems();
            for (int i = 0; i < elems.size(); i++) {
                if (!isConcrete(elems.get(i))) {
                    return false;
                }
            }
            return true;
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
