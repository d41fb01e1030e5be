/**
 * The command line. {@link dev.rustmem.cli.Main#run} parses {@code rustmem <command>} by hand (no
 * picocli: JVM startup time matters) and hands off to one class per subcommand
 * ({@link dev.rustmem.cli.LayoutCommand}). Output goes to the given writers; exit status 0 (ok),
 * 1 (errors in the input, printed as rustc-style diagnostics), 2 (usage), 101 (internal error,
 * never a Java stack trace). Only {@code main} calls {@code System.exit}.
 */
package dev.rustmem.cli;
