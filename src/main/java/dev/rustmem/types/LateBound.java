package dev.rustmem.types;

/**
 * Counts the elided lifetimes of a function pointer's parameters, which rustc prints as
 * late-bound regions {@code 'a}, {@code 'b}, ... in order of appearance
 * ({@code for<'a, 'b> fn(&'a u8, &'b u16)}). Nested function pointers have their own binder.
 */
final class LateBound {
    private LateBound() {}

    static int count(Ty ty) {
        if (ty instanceof Ty.Ref r) {
            return 1 + count(r.pointee());
        } else if (ty instanceof Ty.RawPtr p) {
            return count(p.pointee());
        } else if (ty instanceof Ty.Tuple t) {
            int n = 0;
            for (Ty e : t.elems()) {
                n += count(e);
            }
            return n;
        } else if (ty instanceof Ty.Array a) {
            return count(a.elem());
        } else if (ty instanceof Ty.Slice s) {
            return count(s.elem());
        } else if (ty instanceof Ty.Adt a) {
            int n = 0;
            for (GenericArg g : a.args()) {
                if (g instanceof Ty t) {
                    n += count(t);
                }
            }
            return n;
        }
        return 0;
    }

    static String name(int i) {
        return "'" + (char) ('a' + i % 26) + (i >= 26 ? Integer.toString(i / 26) : "");
    }
}
