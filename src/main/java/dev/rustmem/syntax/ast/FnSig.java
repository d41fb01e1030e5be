package dev.rustmem.syntax.ast;

import dev.rustmem.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * A function signature. The receiver ({@code self}, {@code &mut self}, {@code self: Box<Self>})
 * is the first {@link Param} with {@code selfKind} set.
 */
public record FnSig(Qualifiers qualifiers, Ident name, Generics generics, List<Param> params, boolean variadic,
        Optional<TypeExpr> ret, Span span) {
    public FnSig {
        params = List.copyOf(params);
    }

    /** @param abi {@code Optional.of("C")} for {@code extern "C"} (and for bare {@code extern}) */
    public record Qualifiers(boolean isConst, boolean isAsync, boolean isUnsafe, boolean isSafe, Optional<String> abi) {
        public static Qualifiers none() {
            return new Qualifiers(false, false, false, false, Optional.empty());
        }
    }

    public enum SelfKind { NONE, VALUE, REF, REF_MUT, EXPLICIT }

    /**
     * @param selfKind NONE for an ordinary parameter; otherwise the receiver form, with
     *                 {@code pat} an {@code IdentPat} named {@code self} and {@code ty} the
     *                 written or implied type ({@code Self}, {@code &Self}, ...)
     */
    public record Param(List<Attribute> attrs, SelfKind selfKind, Pat pat, TypeExpr ty, Span span) {
        public Param {
            attrs = List.copyOf(attrs);
        }
    }
}
