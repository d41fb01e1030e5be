package dev.rustmem.layout;

import dev.rustmem.types.GenericArg;
import dev.rustmem.types.Ty;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The nesting height of a {@link Ty} tree, computed without recursion. {@code Ty} records hash
 * and compare recursively, so a type nested thousands of levels deep would overflow the Java stack
 * as soon as it is used as a cache key; the engine rejects such types first. Shared subtrees are
 * measured once (identity memo), so DAG-shaped types stay linear. Children are visited by index,
 * without building lists: this runs for every type the engine has not seen as an object yet.
 */
final class TyDepth {
    private TyDepth() {}

    /** Whether {@code ty} is nested more than {@code limit} levels deep. */
    static boolean exceeds(Ty ty, int limit) {
        long h = boundedHeight(ty, limit, 256);
        if (h >= 0) {
            return false;
        }
        return h == TOO_DEEP || exceedsMemo(ty, limit);
    }

    private static final long TOO_DEEP = -1;
    private static final long OVER_BUDGET = -2;

    /**
     * Height by plain recursion over at most {@code budget} nodes and {@code limit} levels: the
     * height in the low 32 bits and the budget left in the high ones, or a negative failure.
     */
    private static long boundedHeight(Ty t, int limit, int budget) {
        if (--budget < 0) {
            return OVER_BUDGET;
        }
        if (limit < 0) {
            return TOO_DEEP;
        }
        // One type test per node for the common shapes; the rest go through childCount/child.
        if (t instanceof Ty.Adt adt) {
            List<GenericArg> args = adt.args();
            int h = 0;
            for (int i = 0; i < args.size(); i++) {
                if (args.get(i) instanceof Ty c) {
                    long r = boundedHeight(c, limit - 1, budget);
                    if (r < 0) {
                        return r;
                    }
                    budget = (int) (r >>> 32);
                    h = Math.max(h, (int) r + 1);
                }
            }
            return ((long) budget << 32) | h;
        }
        if (t instanceof Ty.Ref r) {
            return single(r.pointee(), limit, budget);
        }
        int h = 0;
        int n = childCount(t);
        for (int i = 0; i < n; i++) {
            Ty c = child(t, i);
            if (c == null) {
                continue;
            }
            long r = boundedHeight(c, limit - 1, budget);
            if (r < 0) {
                return r;
            }
            budget = (int) (r >>> 32);
            h = Math.max(h, (int) r + 1);
        }
        return ((long) budget << 32) | h;
    }

    /** {@link #boundedHeight} of a node with the one child {@code c}. */
    private static long single(Ty c, int limit, int budget) {
        long r = boundedHeight(c, limit - 1, budget);
        return r < 0 ? r : (r & 0xFFFF_FFFF_0000_0000L) | ((int) r + 1);
    }

    private static boolean exceedsMemo(Ty ty, int limit) {
        Map<Ty, Integer> height = new IdentityHashMap<>();
        Deque<Ty> stack = new ArrayDeque<>();
        stack.push(ty);
        while (!stack.isEmpty()) {
            Ty t = stack.peek();
            if (height.containsKey(t)) {
                stack.pop();
                continue;
            }
            if (stack.size() > limit) {
                return true;
            }
            int h = 0;
            boolean ready = true;
            int n = childCount(t);
            for (int i = 0; i < n; i++) {
                Ty c = child(t, i);
                if (c == null) {
                    continue;
                }
                Integer ch = height.get(c);
                if (ch == null) {
                    stack.push(c);
                    ready = false;
                } else {
                    h = Math.max(h, ch + 1);
                }
            }
            if (ready) {
                if (h > limit) {
                    return true;
                }
                height.put(t, h);
                stack.pop();
            }
        }
        return false;
    }

    /** How many children {@link #child} numbers (some may be null). */
    private static int childCount(Ty t) {
        if (t instanceof Ty.Tuple tup) {
            return tup.elems().size();
        }
        if (t instanceof Ty.Array || t instanceof Ty.Slice || t instanceof Ty.Ref || t instanceof Ty.RawPtr) {
            return 1;
        }
        if (t instanceof Ty.FnPtr f) {
            return f.inputs().size() + 1;
        }
        if (t instanceof Ty.Adt adt) {
            return adt.args().size();
        }
        return 0;
    }

    /** The i-th child type; null for an ADT's non-type (const) argument. */
    private static Ty child(Ty t, int i) {
        if (t instanceof Ty.Tuple tup) {
            return tup.elems().get(i);
        }
        if (t instanceof Ty.Array a) {
            return a.elem();
        }
        if (t instanceof Ty.Slice s) {
            return s.elem();
        }
        if (t instanceof Ty.Ref r) {
            return r.pointee();
        }
        if (t instanceof Ty.RawPtr p) {
            return p.pointee();
        }
        if (t instanceof Ty.FnPtr f) {
            return i < f.inputs().size() ? f.inputs().get(i) : f.output();
        }
        return ((Ty.Adt) t).args().get(i) instanceof Ty c ? c : null;
    }
}
