package dev.rustmem.types;

import dev.rustmem.diag.Diagnostics;
import dev.rustmem.source.SourceFile;
import dev.rustmem.syntax.ast.Crate;
import java.util.List;
import java.util.Optional;

/**
 * The semantic model of one user file together with the bundled std, for one target's cfg:
 * resolved definitions ({@link AdtDef}s), type aliases, and every type the file names.
 * User errors become diagnostics; this class never throws for bad input.
 */
public final class TyCtxt {
    private TyCtxt() {}

    /** Resolves and lowers an (already macro-expanded) crate. Errors go to {@code diags}. */
    public static TyCtxt load(Crate crate, Cfg cfg, Diagnostics diags) {
        throw new UnsupportedOperationException("TyCtxt not written yet");
    }

    /** A context with only std, for {@code --type} without a file. */
    public static TyCtxt stdOnly(Cfg cfg, Diagnostics diags) {
        throw new UnsupportedOperationException("TyCtxt not written yet");
    }

    /**
     * What `rustmem layout` reports, deduplicated by type, in source order: non-generic
     * definitions and aliases first as they appear, then concrete instantiations named anywhere
     * (signatures, bodies, turbofish, casts, let types, expanded macros).
     */
    public List<NamedType> namedTypes() {
        throw new UnsupportedOperationException("TyCtxt not written yet");
    }

    /** Parses and lowers a type written on the command line, in the crate root's scope. */
    public Optional<Ty> resolveTypeText(SourceFile text, Diagnostics diags) {
        throw new UnsupportedOperationException("TyCtxt not written yet");
    }

    /** A std or user definition by rustc's printed path, e.g. {@code std::boxed::Box}. */
    public Optional<AdtDef> adtByPath(String path) {
        throw new UnsupportedOperationException("TyCtxt not written yet");
    }

    public TyPrinter printer() {
        throw new UnsupportedOperationException("TyCtxt not written yet");
    }
}
