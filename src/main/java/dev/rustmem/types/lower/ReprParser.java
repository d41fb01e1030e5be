package dev.rustmem.types.lower;

import dev.rustmem.diag.Code;
import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.diag.Label;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Attribute;
import dev.rustmem.syntax.ast.Literal;
import dev.rustmem.syntax.ast.Meta;
import dev.rustmem.types.AdtKind;
import dev.rustmem.types.ReprOptions;
import dev.rustmem.types.Ty;
import dev.rustmem.types.resolve.Prims;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Parses {@code #[repr(..)]} into {@link ReprOptions} (rustc_attr_parsing's repr parser plus
 * rustc_passes' {@code check_repr}), reporting rustc 1.95's errors: E0552, E0589, E0693, E0517,
 * E0566, E0084, E0587, E0634, E0692. Several {@code align} hints take the largest.
 */
final class ReprParser {
    private static final Set<String> INTS = Set.of("i8", "u8", "i16", "u16", "i32", "u32", "i64", "u64", "i128",
            "u128", "isize", "usize");
    private static final String VALID = "valid reprs are `Rust` (default), `C`, `align`, `packed`, `transparent`, "
            + "`simd`, `i8`, `u8`, `i16`, `u16`, `i32`, `u32`, `i64`, `u64`, `i128`, `u128`, `isize`, `usize`";
    /** rustc's limit: {@code repr(align)} at most 2^29. */
    private static final long MAX_ALIGN = 1L << 29;

    private final Diagnostics diags;
    private final List<Span> ints = new ArrayList<>();
    private final List<Span> others = new ArrayList<>();
    private Span transparentAt;
    private Span packedAt;
    private Span alignAt;
    private Span cAt;
    private Optional<Ty> intTy = Optional.empty();
    private boolean c;
    private boolean simd;
    private Optional<Long> pack = Optional.empty();
    private Optional<Long> align = Optional.empty();

    ReprParser(Diagnostics diags) {
        this.diags = diags;
    }

    /**
     * @param head     the item's head span ({@code enum E})
     * @param itemSpan the item without attributes, for "not an enum" labels
     */
    ReprOptions parse(List<Attribute> attrs, AdtKind kind, boolean noVariants, Span head, Span itemSpan) {
        for (Attribute a : attrs) {
            if (a.name().equals("repr") && a.meta() instanceof Meta.ListMeta l) {
                for (Meta m : l.items()) {
                    hint(m, head);
                }
            }
        }
        check(kind, noVariants, head, itemSpan);
        return new ReprOptions(intTy, c, simd, transparentAt != null, pack, align);
    }

    private void hint(Meta m, Span head) {
        String name = m.name();
        if (m instanceof Meta.Word) {
            if (INTS.contains(name)) {
                ints.add(m.span());
                if (intTy.isEmpty()) {
                    var prim = Prims.byName(name);
                    intTy = prim.isPresent() ? Optional.of(prim.get().ty()) : Optional.empty();
                }
            } else if (name.equals("C")) {
                c = true;
                cAt = m.span();
                others.add(m.span());
            } else if (name.equals("Rust")) {
                others.add(m.span());
            } else if (name.equals("transparent")) {
                transparentAt = m.span();
            } else if (name.equals("simd")) {
                simd = true;
                others.add(m.span());
            } else if (name.equals("packed")) {
                packed(1, m.span(), head);
            } else {
                unrecognized(m.span());
            }
        } else if (m instanceof Meta.ListMeta l && (name.equals("align") || name.equals("packed"))) {
            Optional<BigInteger> n = l.items().size() == 1 && l.items().get(0) instanceof Meta.Lit lit
                    && lit.value() instanceof Literal.Int i && i.suffix().isEmpty() ? Optional.of(i.value())
                    : Optional.empty();
            Span argAt = l.items().isEmpty() ? l.span() : l.items().get(0).span();
            if (n.isEmpty()) {
                diags.add(Diagnostic.error(Code.E0693, "incorrect `repr(" + name + ")` attribute format: `" + name
                        + "` expects a literal integer as argument", argAt, ""));
                return;
            }
            BigInteger v = n.get();
            if (v.signum() <= 0 || v.bitCount() != 1) {
                diags.add(Diagnostic.error(Code.E0589, "invalid `repr(" + name + ")` attribute: not a power of two",
                        argAt, ""));
            } else if (v.compareTo(BigInteger.valueOf(MAX_ALIGN)) > 0) {
                diags.add(Diagnostic.error(Code.E0589, "invalid `repr(" + name + ")` attribute: larger than 2^29",
                        argAt, ""));
            } else if (name.equals("align")) {
                alignAt = m.span();
                others.add(m.span());
                align = Optional.of(Math.max(align.orElse(1L), v.longValue()));
            } else {
                packed(v.longValue(), m.span(), head);
            }
        } else {
            unrecognized(m.span());
        }
    }

    private void packed(long n, Span at, Span head) {
        if (pack.isPresent() && pack.get() != n) {
            diags.add(Diagnostic.error(Code.E0634, "type has conflicting packed representation hints", head, ""));
        }
        pack = Optional.of(pack.isPresent() ? Math.min(pack.get(), n) : n);
        packedAt = at;
        others.add(at);
    }

    private void unrecognized(Span at) {
        Span word = new Span(at.start(), at.end());
        diags.add(Diagnostic.error(Code.E0552, "unrecognized representation hint", word, "")
                .withHelp(VALID)
                .withNote("for more information, visit "
                        + "<https://doc.rust-lang.org/reference/type-layout.html?highlight=repr#representations>"));
    }

    private void check(AdtKind kind, boolean noVariants, Span head, Span itemSpan) {
        if (kind != AdtKind.ENUM) {
            for (Span s : ints) {
                diags.add(Diagnostic.error(Code.E0517, "attribute should be applied to an enum", s, "")
                        .withSecondary(new Label(itemSpan, "not an enum")));
            }
        }
        if (kind == AdtKind.ENUM && packedAt != null) {
            diags.add(Diagnostic.error(Code.E0517, "attribute should be applied to a struct or union", packedAt, "")
                    .withSecondary(new Label(itemSpan, "not a struct or union")));
        }
        if (ints.size() > 1) {
            Diagnostic d = Diagnostic.error(Code.E0566, "conflicting representation hints", ints.get(0), "");
            for (Span s : ints.subList(1, ints.size())) {
                d = d.withSecondary(new Label(s, ""));
            }
            diags.add(d);
        }
        if (kind == AdtKind.ENUM && noVariants && (c || !ints.isEmpty())) {
            Span at = c ? cAt : ints.get(0);
            diags.add(Diagnostic.error(Code.E0084, "unsupported representation for zero-variant enum", at, "")
                    .withSecondary(new Label(head, "zero-variant enum")));
        }
        if (packedAt != null && alignAt != null) {
            diags.add(Diagnostic.error(Code.E0587, "type has conflicting packed and align representation hints",
                    head, ""));
        }
        if (transparentAt != null && (!others.isEmpty() || !ints.isEmpty())) {
            Diagnostic d = Diagnostic.error(Code.E0692, "transparent " + kind.keyword()
                    + " cannot have other repr hints", transparentAt, "");
            List<Span> rest = new ArrayList<>(others);
            rest.addAll(ints);
            rest.sort((x, y) -> Integer.compare(x.start(), y.start()));
            for (Span s : rest) {
                d = d.withSecondary(new Label(s, ""));
            }
            diags.add(d);
        }
    }
}
