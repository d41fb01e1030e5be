package dev.rustmem.render.view;

/**
 * A layout improvement the user could make, with the bytes it would save; every figure comes
 * from laying out the hypothetical type with the real engine.
 */
public record Advice(Kind kind, String message, long savedBytes) {
    public enum Kind {
        /** Declaration order ({@code repr(C)}) would be larger: rustc's field reordering pays off. */
        REORDER("reorder"),
        /** Boxing the largest variant would shrink the enum. */
        BOX_VARIANT("box-variant"),
        /** An {@code Option}-like enum needs its own tag because the payload's niche is used up. */
        NICHE_USED_UP("niche-used-up");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The stable spelling used in JSON. */
        public String id() {
            return id;
        }
    }
}
