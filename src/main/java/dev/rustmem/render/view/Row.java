package dev.rustmem.render.view;

import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * One byte range of a type, in memory order. A type's rows (or a variant's rows) cover every
 * byte from 0 to its size: fields, the enum tag, and explicit padding between them (JOL's
 * "(alignment/padding gap)"). Union fields overlap at offset 0.
 */
public sealed interface Row {
    long offset();

    long size();

    default long end() {
        return offset() + size();
    }

    /**
     * A field ({@code name} is {@code "0"}, {@code "1"}, ... for tuple fields), or the elements of
     * an array ({@code name} {@code "[0..N]"}).
     *
     * @param unsized the field is the unsized tail ({@code size} is then its minimum size, 0)
     */
    record Field(long offset, long size, long align, String name, String type, boolean unsized) implements Row {
        public Field {
            Objects.requireNonNull(name);
            Objects.requireNonNull(type);
        }
    }

    /** Bytes that belong to no field in this variant. */
    record Padding(long offset, long size) implements Row {}

    /**
     * The enum tag as seen from one variant: {@code value} is what this variant stores there
     * (empty in the enum-level row, which lists all values in {@link TagView}).
     */
    record Tag(long offset, long size, String intType, Optional<BigInteger> value) implements Row {}
}
