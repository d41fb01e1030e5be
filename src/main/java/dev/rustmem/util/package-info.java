/**
 * Small allocation-free building blocks shared by the layout engine and the renderers: sorting
 * {@code int} indices by an order over data the caller holds ({@link dev.rustmem.util.IndexSort}).
 */
package dev.rustmem.util;
