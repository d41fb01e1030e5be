/**
 * {@code --format json}: {@link dev.rustmem.render.json.JsonRenderer} writes the table's facts in
 * the schema of {@code docs/layout-json.md} with the dependency-free
 * {@link dev.rustmem.render.json.JsonWriter} (stable key order, two-space indentation).
 */
package dev.rustmem.render.json;
