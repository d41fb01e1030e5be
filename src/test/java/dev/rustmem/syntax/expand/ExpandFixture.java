package dev.rustmem.syntax.expand;

import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.DiagnosticRenderer;
import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.parse.ParseResult;
import dev.rustmem.syntax.parse.Parser;
import dev.rustmem.types.Cfg;
import java.util.List;
import java.util.Set;

/** Parses and expands a source text; the located diagnostics of both steps. */
record ExpandFixture(SourceFile file, Crate crate, List<String> errors) {
    static final Cfg LINUX = new Cfg(Set.of("unix", "debug_assertions", "panic=unwind"),
            Set.of("target_os=linux", "target_pointer_width=64", "target_arch=x86_64", "panic=unwind"));

    static ExpandFixture of(String name, String text) {
        SourceFile file = new SourceFile(name, text);
        ParseResult<Crate> parsed = Parser.parseCrate(file);
        DiagnosticRenderer r = new DiagnosticRenderer(file);
        if (parsed.diagnostics().hasErrors()) {
            throw new AssertionError("parse errors: " + parsed.diagnostics().sorted().stream().map(r::located).toList());
        }
        ParseResult<Crate> expanded = MacroExpander.expand(parsed.value(), LINUX);
        List<String> errors = expanded.diagnostics().sorted().stream().map(r::located).toList();
        return new ExpandFixture(file, expanded.value(), errors);
    }

    static ExpandFixture of(String text) {
        return of("main.rs", text);
    }

    String render() {
        return new AstText(file).crate(crate);
    }

    List<Diagnostic> diagnostics() {
        SourceFile f = file;
        ParseResult<Crate> parsed = Parser.parseCrate(f);
        return MacroExpander.expand(parsed.value(), LINUX).diagnostics().sorted();
    }
}
