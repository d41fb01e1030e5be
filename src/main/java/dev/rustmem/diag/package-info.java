/**
 * Diagnostics in rustc's shape and wording. Passes collect {@link dev.rustmem.diag.Diagnostic}s into
 * {@link dev.rustmem.diag.Diagnostics} instead of throwing; a pass that must abort deep in a
 * recursion throws the stackless {@link dev.rustmem.diag.DiagnosticException}. Only
 * {@link dev.rustmem.diag.DiagnosticRenderer} turns spans into {@code file:line:col} and snippets
 * with carets. Codes are rustc's ({@link dev.rustmem.diag.Code}); "not supported yet" has none.
 */
package dev.rustmem.diag;
