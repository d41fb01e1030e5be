/**
 * Data parallelism for the two cores a command-line run usually has: {@link dev.rustmem.par.Parallel}
 * maps a list on the calling thread plus one worker, with results in input order, so a parallel
 * phase gives exactly the output of its serial form. The functions mapped must be safe to call
 * from two threads at once (the layout engine and the type context are).
 */
package dev.rustmem.par;
