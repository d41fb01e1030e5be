/**
 * Tests of the bundled std sources ({@code src/main/resources/dev/rustmem/std/*.rs}) through the
 * real pipeline: parse, expand, resolve ({@code TyCtxt}), lay out ({@code LayoutEngine}) and render
 * ({@code RustcRenderer}). The expected values are rustc 1.95's, recorded by
 * {@code src/test/resources/std/record.sh} into {@code facts-x86_64.txt}: for each std type, its
 * {@code #[rustc_layout(debug)]} summary and the {@code -Zprint-type-sizes} blocks rustc prints.
 * Other targets are checked against {@code model-TARGET.txt}: rustc's layouts of the same std
 * model compiled for that target ({@code modelcheck.py}), since no real std for them is installed.
 */
package dev.rustmem.std;
