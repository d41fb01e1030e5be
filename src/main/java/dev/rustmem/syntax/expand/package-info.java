/**
 * Macro expansion and {@code cfg} stripping: parsed {@code Crate} in, expanded {@code Crate}
 * plus diagnostics out ({@link dev.rustmem.syntax.expand.MacroExpander#expand}). Runs between the
 * parser and name resolution; never throws for user errors.
 *
 * <h2>Pipeline</h2>
 * <ul>
 *   <li>{@link dev.rustmem.syntax.expand.AstRewriter}: the reusable, identity-preserving tree
 *       rewriter (one visitor per node category) that the pass, and later passes, build on.</li>
 *   <li>{@code Expander}: one walk in source order. It keeps the textual macro scope
 *       ({@code MacroScope}), strips {@code #[cfg]}-false items, fields, variants, statements,
 *       arms, field initialisers/patterns and parameters, applies {@code #[cfg_attr]}
 *       ({@link dev.rustmem.syntax.expand.CfgEval}), and replaces each invocation by its expansion
 *       walked one level deeper (recursion limit 128, or {@code #![recursion_limit]}).</li>
 *   <li>{@code macro_rules!}: {@code MacroRulesCompiler} turns a definition into
 *       {@code MbeTree} matchers/transcribers; {@code MacroMatcher} matches (first rule wins,
 *       backtracking within a rule, black-box fragments parsed by the {@code Parser} after
 *       rustc's may-begin-with test); {@code Transcriber} substitutes with rustc's repetition
 *       depth rules; {@code ExpansionParser} parses the result as an expression, statements,
 *       items, a type or a pattern, as the invocation's position requires.</li>
 *   <li>Built-ins ({@code Builtins}, {@code FormatMacros}, {@code FormatArgsBuilder}, ...) become
 *       {@code Expr.BuiltinMacro} with parsed {@code BuiltinArgs}, literals ({@code stringify},
 *       {@code concat}, {@code line}, {@code column}, {@code file}, {@code module_path},
 *       {@code cfg}) or {@code Expr.AddrOf} ({@code addr_of}).</li>
 * </ul>
 *
 * <h2>Invariants</h2>
 * <ul>
 *   <li>The result has no {@code MacroCall}, {@code MacroItem}, {@code MacroType} or
 *       {@code MacroPat} except invocations that were reported as errors and
 *       {@code thread_local!} items (kept; {@link dev.rustmem.syntax.expand.ThreadLocalDecl#parse}
 *       gives their declarations). {@code macro_rules!} items stay.</li>
 *   <li>Captured {@code $e:expr} fragments (and {@code $t:ty} ones with a top-level {@code +})
 *       are substituted inside invisible parentheses (see {@code Trees}) so they keep their
 *       precedence; the resulting {@code Paren} nodes (span equal to the inner node's span) are
 *       removed again, so the tree carries the grouping in its structure only.</li>
 *   <li>Spans of expanded code point at the tokens' origin: the macro definition for tokens the
 *       transcriber wrote, the invocation for captured fragments. An {@code Expr.BuiltinMacro}
 *       is the exception: its span is the invocation written in the source, where rustc locates
 *       panics and {@code dbg!} output.</li>
 *   <li>{@code stringify!} prints as rustc 1.95 does: source spacing for the user's tokens,
 *       {@code Spacing::Alone} for tokens a macro body wrote and after substituted fragments,
 *       braces spaced only as written, lines broken at 78 columns by rustc's box rules
 *       ({@code TokenPrinter}, {@code TokenMarks}, {@code PrettyLines}). The test suite checks
 *       this against rustc on generated programs ({@code MacroDiffTest}).</li>
 * </ul>
 *
 * <h2>Supported, simplified, unsupported</h2>
 * <ul>
 *   <li>Textual scoping as rustc: a {@code macro_rules!} is usable after its definition in its
 *       block or module and nested ones; later definitions shadow; {@code #[macro_use] mod}
 *       keeps a module's macros after it. {@code #[macro_export]} macros are reachable as
 *       {@code crate::m!}/{@code $crate::m!} and, more leniently than rustc, by plain name from
 *       anywhere.</li>
 *   <li>Hygiene for local variables only where it matters ({@code Hygiene}): a local the macro
 *       body binds is renamed {@code name#N} when a fragment mentions the same name or a
 *       statement macro would leak it into the caller's block; otherwise names stay as written.
 *       Renderers should show {@code name#N} as {@code name}. Labels and format-string captures
 *       of macro locals are not renamed.</li>
 *   <li>Fragments other than {@code expr} (and {@code +} types) are substituted as plain
 *       tokens, so a forwarded {@code $p:path} or {@code $s:stmt} can be re-matched by a literal
 *       token of another macro, which rustc would refuse.</li>
 *   <li>The matcher backtracks instead of reporting rustc's "local ambiguity" errors, so it
 *       accepts some invocations rustc rejects; on inputs rustc accepts both agree.</li>
 *   <li>{@code #[cfg]} on an expression statement ({@code #[cfg(x)] f();}) is honoured by
 *       reading the attributes back from the source ({@code StmtAttrs}), since
 *       {@code Stmt.ExprStmt} has no attribute list; not for such statements a macro produced,
 *       nor for a block's tail expression.</li>
 *   <li>{@code include!}, {@code include_str!}, {@code include_bytes!}, {@code env!},
 *       {@code option_env!} are reported as unsupported: programs must not read the host.</li>
 * </ul>
 */
package dev.rustmem.syntax.expand;
