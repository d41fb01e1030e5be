package dev.rustmem.types.lower;

import dev.rustmem.diag.Code;
import dev.rustmem.diag.Diagnostic;
import dev.rustmem.diag.Diagnostics;
import dev.rustmem.diag.Label;
import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Variant;
import dev.rustmem.syntax.ast.VariantData;
import dev.rustmem.types.IntTy;
import dev.rustmem.types.ReprOptions;
import dev.rustmem.types.Ty;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * An enum's discriminant values (rustc's {@code AdtDef::discriminants}): explicit ones are
 * const-evaluated in the repr's integer type ({@code isize} by default), implicit ones are the
 * previous value plus one. Reports E0732, E0370 (overflow of an implicit value) and E0081
 * (duplicates), with rustc 1.95's labels.
 */
final class Discriminants {
    /** 0..1023, shared: most enums count up from 0 (one BigInteger per variant was most of the cost). */
    private static final BigInteger[] SMALL = new BigInteger[1024];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = BigInteger.valueOf(i);
        }
    }

    private final LoweringCtxt cx;
    private final Diagnostics diags;

    Discriminants(LoweringCtxt cx, Diagnostics diags) {
        this.cx = cx;
        this.diags = diags;
    }

    /** @param head the enum's head span, for errors only (found when one is reported) */
    List<BigInteger> compute(List<Variant> variants, ReprOptions repr, Env env, java.util.function.Supplier<Span> head,
            String enumName) {
        Ty ty = repr.intTy().orElse(new Ty.Int(IntTy.ISIZE));
        IntRange range = cx.range(ty).orElseThrow();
        checkExplicitOnNonUnit(variants, repr, head);
        BigInteger[] out = new BigInteger[variants.size()];
        BigInteger prev = null;
        for (int i = 0; i < out.length; i++) {
            Variant v = variants.get(i);
            BigInteger d;
            if (v.discriminant().isPresent()) {
                d = cx.consts().eval(v.discriminant().get(), ty, env, diags).orElse(BigInteger.ZERO);
            } else if (prev == null) {
                d = BigInteger.ZERO;
            } else {
                d = successor(prev);
                if (!range.contains(d)) {
                    diags.add(Diagnostic.error(Code.E0370, "enum discriminant overflowed", v.name().span(),
                            "overflowed on value after " + prev).withNote("explicitly set `" + v.name().name() + " = "
                            + range.wrap(d) + "` if that is desired outcome"));
                    d = range.wrap(d);
                }
            }
            out[i] = d;
            prev = d;
        }
        List<BigInteger> values = List.of(out);
        checkDuplicates(variants, values, head);
        return values;
    }

    private static BigInteger successor(BigInteger prev) {
        if (prev.bitLength() < 63) {
            long next = prev.longValue() + 1;
            return next >= 0 && next < SMALL.length ? SMALL[(int) next] : BigInteger.valueOf(next);
        }
        return prev.add(BigInteger.ONE);
    }

    private void checkExplicitOnNonUnit(List<Variant> variants, ReprOptions repr, java.util.function.Supplier<Span> head) {
        if (repr.intTy().isPresent() || repr.c()) {
            return;
        }
        boolean nonUnit = false;
        boolean explicit = false;
        for (int i = 0; i < variants.size(); i++) {
            Variant v = variants.get(i);
            nonUnit |= !(v.data() instanceof VariantData.Unit);
            explicit |= v.discriminant().isPresent();
        }
        if (!nonUnit || !explicit) {
            return;
        }
        for (Variant v : variants) {
            if (nonUnit && v.discriminant().isPresent() && !(v.data() instanceof VariantData.Unit)) {
                diags.add(Diagnostic.error(Code.E0732, "`#[repr(inttype)]` must be specified for enums with explicit "
                        + "discriminants and non-unit variants", head.get(), "").withSecondary(new Label(
                        v.discriminant().get().span(), "explicit discriminant on non-unit variant specified here")));
                return;
            }
        }
    }

    /** rustc's {@code detect_discriminant_duplicate}: one error per repeated value. */
    private void checkDuplicates(List<Variant> variants, List<BigInteger> values, java.util.function.Supplier<Span> head) {
        // The pairwise scan below (rustc's order of errors and labels) is quadratic: enums of
        // hundreds of variants only pay for it when some value is repeated. Increasing values
        // (the usual case) are distinct without hashing them.
        boolean increasing = true;
        for (int i = 1; i < values.size() && increasing; i++) {
            increasing = values.get(i - 1).compareTo(values.get(i)) < 0;
        }
        if (increasing || new HashSet<>(values).size() == values.size()) {
            return;
        }
        List<Integer> live = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            live.add(i);
        }
        for (int i = 0; i < live.size(); i++) {
            BigInteger v = values.get(live.get(i));
            Diagnostic err = null;
            int o = i + 1;
            while (o < live.size()) {
                if (values.get(live.get(o)).equals(v)) {
                    if (err == null) {
                        err = label(Diagnostic.error(Code.E0081, "discriminant value `" + v
                                + "` assigned more than once", head.get(), ""), variants, live.get(i), v);
                    }
                    err = label(err, variants, live.get(o), v);
                    live.set(o, live.get(live.size() - 1));
                    live.remove(live.size() - 1);
                } else {
                    o++;
                }
            }
            if (err != null) {
                diags.add(err);
            }
        }
    }

    private static Diagnostic label(Diagnostic d, List<Variant> variants, int idx, BigInteger v) {
        Variant var = variants.get(idx);
        if (var.discriminant().isPresent()) {
            return d.withSecondary(new Label(var.discriminant().get().span(), "`" + v + "` assigned here"));
        }
        // Implicit values count from the last explicit one, or from the first variant.
        Optional<Integer> start = idx == 0 ? Optional.empty() : Optional.of(0);
        for (int j = idx - 1; j >= 0; j--) {
            if (variants.get(j).discriminant().isPresent()) {
                start = Optional.of(j);
                break;
            }
        }
        if (start.isPresent()) {
            int dist = idx - start.get();
            Variant ev = variants.get(start.get());
            d = d.withSecondary(new Label(ev.name().span(), "discriminant for `" + var.name().name()
                    + "` incremented from this startpoint (`" + ev.name().name() + "` + " + dist + " variant"
                    + (dist > 1 ? "s" : "") + " later => `" + var.name().name() + "` = " + v + ")"));
        }
        return d.withSecondary(new Label(var.name().span(), "`" + v + "` assigned here"));
    }
}
