package dev.rustmem.cli;

import dev.rustmem.diag.Diagnostics;
import dev.rustmem.layout.EngineOracle;
import dev.rustmem.layout.LayoutEngine;
import dev.rustmem.layout.Target;
import dev.rustmem.render.text.RustcRenderer;
import dev.rustmem.render.text.TableRenderer;
import dev.rustmem.render.view.BoxFactory;
import dev.rustmem.render.view.ReportBuilder;
import dev.rustmem.render.view.ViewBuilder;
import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.Crate;
import dev.rustmem.syntax.expand.MacroExpander;
import dev.rustmem.syntax.parse.Parser;
import dev.rustmem.types.NamedType;
import dev.rustmem.types.StdDefs;
import dev.rustmem.types.TyCtxt;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * JIT warm-up for large inputs. A cold JVM runs each method interpreted until its C1 compilation
 * is done; on a large file the main thread spends a third of its time that way. While the main
 * thread parses the user's file, the second core runs the whole pipeline once on a small bundled
 * sample ({@code /dev/rustmem/sample.rs}, also the launcher's class-data training input), so that
 * the resolver, the lowering, the layout engine and the renderer are compiled by the time the main
 * thread needs them. It shares no state with the real run (its own std definitions, type
 * context, layout engine and output, which is discarded) and changes nothing the user sees.
 */
final class Warmup {
    /** Inputs at least this long (in chars) are worth it: a small file is done before it would help. */
    static final int MIN_INPUT = 256 * 1024;

    private Warmup() {}

    /** Runs the sample through parse, load, layout, views and the given format's renderer. */
    static long run(Target target, Format format) {
        SourceFile sample = new SourceFile("sample.rs", sampleText());
        Crate parsed = Parser.parseCrate(sample).value();
        Crate expanded = MacroExpander.expand(parsed, target.cfg()).value();
        LayoutEngine engine = new LayoutEngine(target.dl());
        Diagnostics diags = new Diagnostics();
        TyCtxt tcx = TyCtxt.load(expanded, StdDefs.bundled(target.cfg()), diags, new EngineOracle(engine));
        if (diags.hasErrors()) {
            throw new IllegalStateException("the warm-up sample has errors: " + diags.all().get(0).message());
        }
        List<NamedType> named = ReportedTypes.fromFile(tcx, sample).types();
        for (int i = 0; i < named.size(); i++) {
            engine.layoutOf(named.get(i).ty());
        }
        Counting out = new Counting();
        try {
            if (format == Format.RUSTC) {
                new RustcRenderer().render(new ReportBuilder(new ViewBuilder(engine, tcx.printer()::print,
                        BoxFactory.NONE)).rustcViews(named), out);
            } else {
                String text = new TableRenderer().render(new ReportBuilder(new ViewBuilder(engine,
                        tcx.printer()::print, BoxFactory.of(tcx))).buildForTable(target.triple(), named));
                out.count += text.length();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.count;
    }

    private static String sampleText() {
        try (InputStream in = Warmup.class.getResourceAsStream("/dev/rustmem/sample.rs")) {
            if (in == null) {
                throw new IllegalStateException("missing resource /dev/rustmem/sample.rs");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Discards the output, counting its bytes. */
    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
