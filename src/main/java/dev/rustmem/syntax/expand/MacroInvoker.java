package dev.rustmem.syntax.expand;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.diag.Label;
import dev.rustmem.source.SourceFile;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.MacCall;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One {@code macro_rules!} invocation: match the rules, transcribe the first that matches, and
 * report failures as rustc does ("no rules expected `x`", "unexpected end of macro invocation",
 * with "when calling this macro" on the definition).
 */
final class MacroInvoker {
    /** Inputs with more top-level trees than this are matched on a large stack right away. */
    private static final int LARGE_INPUT = 1000;

    private final Diagnostics diags;
    private final MacroMatcher matcher;
    private final TokenMarks marks;

    MacroInvoker(SourceFile file, Diagnostics diags, TokenMarks marks) {
        this.diags = diags;
        this.marks = marks;
        this.matcher = new MacroMatcher(new ParserFragments(file));
    }

    Optional<Transcriber.Transcription> invoke(MacroDef def, MacCall call) {
        Span close = new Span(Math.max(call.span().start(), call.span().end() - 1), call.span().end());
        Optional<MacroMatcher.Match> m;
        try {
            if (call.tokens().size() > LARGE_INPUT) {
                m = BigStack.run(new Matching(def, call, close));
            } else {
                try {
                    m = matcher.match(def.rules(), call.tokens(), close);
                } catch (StackOverflowError e) {
                    m = BigStack.run(new Matching(def, call, close));
                }
            }
        } catch (MatchAbort abort) {
            diags.addAll(abort.diagnostics());
            return Optional.empty();
        } catch (StackOverflowError e) {
            diags.add(Diagnostic.unsupported("a macro invocation this large", call.span()));
            return Optional.empty();
        }
        if (m.isEmpty()) {
            reportNoMatch(def, call);
            return Optional.empty();
        }
        Diagnostics local = new Diagnostics();
        Transcriber.Transcription out = new Transcriber(local, marks)
                .transcribe(def.rules().get(m.get().rule()).transcriber(), m.get().env());
        diags.addAll(local);
        return local.hasErrors() ? Optional.empty() : Optional.of(out);
    }

    /** {@code matcher.match} for {@link BigStack} (not a lambda: its bootstrap would cost a cold run). */
    private final class Matching implements Supplier<Optional<MacroMatcher.Match>> {
        private final MacroDef def;
        private final MacCall call;
        private final Span close;

        Matching(MacroDef def, MacCall call, Span close) {
            this.def = def;
            this.call = call;
            this.close = close;
        }

        @Override
        public Optional<MacroMatcher.Match> get() {
            return matcher.match(def.rules(), call.tokens(), close);
        }
    }

    private void reportNoMatch(MacroDef def, MacCall call) {
        MacroMatcher.Failure f = matcher.failure();
        Diagnostic d;
        if (f == null) {
            d = Diagnostic.error("no rules expected this token in macro call", call.span(), "");
        } else if (f.found().isEmpty()) {
            d = Diagnostic.error("unexpected end of macro invocation", f.span(), "missing tokens in macro arguments");
        } else {
            d = Diagnostic.error("no rules expected " + f.found().get(), f.span(),
                    "no rules expected this token in macro call");
        }
        d = d.withSecondary(new Label(def.headerSpan(), "when calling this macro"));
        if (f != null && f.expected().isPresent()) {
            d = d.withNote("while trying to match " + f.expected().get());
        }
        if (f != null && f.forwarded()) {
            d = d.withNote("captured metavariables except for `:tt`, `:ident` and `:lifetime` cannot be compared to "
                    + "other tokens").withHelp("try using `:tt` instead in the macro definition");
        }
        diags.add(d);
    }
}
