package dev.rustmem.types;

/** How many references a type has where {@link Ty.FnPtr#lateBound()} records a region (for the lowering). */
public final class FnPtrRegionCount {
    private FnPtrRegionCount() {}

    public static int of(Ty ty) {
        return LateBound.count(ty);
    }
}
