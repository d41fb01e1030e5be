package dev.rustmem.render.view;

import java.math.BigInteger;

/**
 * The niche a type offers to an enclosing enum (its {@code largest_niche}): the bytes
 * {@code offset..offset+size}, which hold a {@code primitive} whose valid values are
 * {@code validStart..=validEnd} (wrapping when start &gt; end), leaving {@code spare} bit patterns free.
 *
 * @param holder what holds the niche: a field path with its type ({@code .1 (bool)}), or
 *               {@code tag} when it is this enum's own tag
 */
public record NicheView(long offset, long size, String primitive, BigInteger validStart, BigInteger validEnd,
        BigInteger spare, String holder) {}
