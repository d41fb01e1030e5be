package dev.rustmem.layout;

import dev.rustmem.types.GenericArg;
import dev.rustmem.types.Ty;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The nesting height of a {@link Ty} tree, computed without recursion. {@code Ty} records hash
 * and compare recursively, so a type nested thousands of levels deep would overflow the Java stack
 * as soon as it is used as a cache key; the engine rejects such types first. Shared subtrees are
 * measured once (identity memo), so DAG-shaped types stay linear.
 */
final class TyDepth {
    private TyDepth() {}

    /** Whether {@code ty} is nested more than {@code limit} levels deep. */
    static boolean exceeds(Ty ty, int limit) {
        int[] budget = {256};
        int h = boundedHeight(ty, limit, budget);
        if (h >= 0) {
            return false;
        }
        return h == TOO_DEEP || exceedsMemo(ty, limit);
    }

    private static final int TOO_DEEP = -1;
    private static final int OVER_BUDGET = -2;

    /** Height by plain recursion over at most {@code budget} nodes and {@code limit} levels. */
    private static int boundedHeight(Ty t, int limit, int[] budget) {
        if (--budget[0] < 0) {
            return OVER_BUDGET;
        }
        if (limit < 0) {
            return TOO_DEEP;
        }
        int h = 0;
        for (Ty c : children(t)) {
            int ch = boundedHeight(c, limit - 1, budget);
            if (ch < 0) {
                return ch;
            }
            h = Math.max(h, ch + 1);
        }
        return h;
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
            for (Ty c : children(t)) {
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

    private static List<Ty> children(Ty t) {
        if (t instanceof Ty.Tuple tup) {
            return tup.elems();
        }
        if (t instanceof Ty.Array a) {
            return List.of(a.elem());
        }
        if (t instanceof Ty.Slice s) {
            return List.of(s.elem());
        }
        if (t instanceof Ty.Ref r) {
            return List.of(r.pointee());
        }
        if (t instanceof Ty.RawPtr p) {
            return List.of(p.pointee());
        }
        List<Ty> out = new ArrayList<>();
        if (t instanceof Ty.FnPtr f) {
            out.addAll(f.inputs());
            out.add(f.output());
        } else if (t instanceof Ty.Adt adt) {
            for (GenericArg g : adt.args()) {
                if (g instanceof Ty c) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
