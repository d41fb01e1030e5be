package dev.rustmem.types;

import dev.rustmem.source.SourceFile;
import dev.rustmem.source.Span;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A struct, enum or union definition (rustc's {@code AdtDef}). Compared by identity. The
 * definition's shape is fixed at construction; field types are produced per instantiation by a
 * {@link FieldTypes} function supplied by the lowering (or by a test), and cached.
 */
public final class AdtDef {
    /** Substitutes a definition's generic arguments into its declared field types. */
    @FunctionalInterface
    public interface FieldTypes {
        /** Field types of variant {@code variant} for these arguments, in declaration order. */
        List<Ty> of(AdtDef def, int variant, List<GenericArg> args);

        /**
         * The identity field types {@code identityTys} with {@code args} in place of the parameters,
         * without the lowering (nothing is interned), or null where only the lowering can tell.
         */
        default List<Ty> substituted(List<Ty> identityTys, List<GenericArg> args) {
            return null;
        }
    }

    private final String name;
    private final String path;
    private final AdtKind kind;
    private final List<GenericParamDef> params;
    private final ReprOptions repr;
    private final List<VariantDef> variants;
    private final List<BigInteger> discriminants;
    private final Optional<BigInteger> validRangeStart;
    private final Optional<BigInteger> validRangeEnd;
    private final Optional<String> langItem;
    private final SourceFile source;
    private final Span span;
    private final FieldTypes fieldTypes;
    /** Field types per variant without generic arguments (see {@link #fieldTys}). */
    private final List<Ty>[] plainFieldTys;
    /** Field types per variant by (immutable) argument list (see {@link #fieldTys}). */
    private final Map<List<GenericArg>, List<Ty>[]> byArgs = new ConcurrentHashMap<>();
    /** Fixed at construction (identity semantics, but cheap and deterministic, unlike the identity hash). */
    private final int hash;
    /** One bit per variant that has fields, read by {@link #fieldTys} without touching the variant objects. */
    private final long[] withFields;
    /** This non-generic definition as a type (null for generic ones); see {@link #asTy()}. */
    private final Ty.Adt asTy;
    private Boolean tailMaybeUnsized;
    /** See {@link #identityArgs()} (an immutable list, published racily but safely). */
    private List<GenericArg> identityArgs;
    /** Set by the lowering; null means false (no default {@code () -> false}: its bootstrap costs a cold run). */
    private java.util.function.BooleanSupplier tailMaybeUnsizedFn;
    /** See {@link #lifetimeParams()}. */
    private int lifetimeParams = -1;

    /**
     * @param path           rustc's printed path, e.g. {@code std::vec::Vec} or {@code inner::Foo}
     * @param discriminants  one value per variant for enums (explicit or implicit), empty otherwise
     * @param validRangeStart {@code #[rustc_layout_scalar_valid_range_start(N)]}
     * @param langItem       {@code #[lang = ".."]}, e.g. {@code unsafe_cell}, {@code phantom_data}, {@code owned_box}
     */
    public AdtDef(String name, String path, AdtKind kind, List<GenericParamDef> params, ReprOptions repr,
            List<VariantDef> variants, List<BigInteger> discriminants, Optional<BigInteger> validRangeStart,
            Optional<BigInteger> validRangeEnd, Optional<String> langItem, SourceFile source, Span span,
            FieldTypes fieldTypes) {
        this.name = Objects.requireNonNull(name);
        this.path = Objects.requireNonNull(path);
        this.kind = Objects.requireNonNull(kind);
        this.params = HashedList.copyOf(params);
        this.repr = Objects.requireNonNull(repr);
        this.variants = HashedList.copyOf(variants);
        this.discriminants = HashedList.copyOf(discriminants);
        this.validRangeStart = validRangeStart;
        this.validRangeEnd = validRangeEnd;
        this.langItem = langItem;
        this.source = source;
        this.span = span;
        this.fieldTypes = Objects.requireNonNull(fieldTypes);
        @SuppressWarnings("unchecked")
        List<Ty>[] plain = new List[Math.max(1, variants.size())];
        this.plainFieldTys = plain;
        this.hash = path.hashCode() * 31 + kind.ordinal();
        this.asTy = this.params.isEmpty() ? new Ty.Adt(this, List.of()) : null;
        this.withFields = new long[(this.variants.size() + 63) >> 6];
        for (int i = 0; i < this.variants.size(); i++) {
            if (!this.variants.get(i).fields().isEmpty()) {
                withFields[i >> 6] |= 1L << i;
            }
        }
        if (kind == AdtKind.ENUM && discriminants.size() != variants.size()) {
            throw new IllegalArgumentException("one discriminant per variant: " + name);
        }
    }

    public String name() { return name; }

    /** rustc's printed path (crate-local items: module path without the crate name). */
    public String path() { return path; }

    public AdtKind kind() { return kind; }

    public boolean isStruct() { return kind == AdtKind.STRUCT; }

    public boolean isEnum() { return kind == AdtKind.ENUM; }

    public boolean isUnion() { return kind == AdtKind.UNION; }

    public List<GenericParamDef> params() { return params; }

    public ReprOptions repr() { return repr; }

    public List<VariantDef> variants() { return variants; }

    public List<BigInteger> discriminants() { return discriminants; }

    public Optional<BigInteger> validRangeStart() { return validRangeStart; }

    public Optional<BigInteger> validRangeEnd() { return validRangeEnd; }

    public Optional<String> langItem() { return langItem; }

    public boolean isLangItem(String item) {
        return langItem.isPresent() && langItem.get().equals(item);
    }

    /** {@code UnsafeCell}/{@code UnsafePinned}: hides the niches of what it contains. */
    public boolean hidesNiches() {
        return isLangItem("unsafe_cell") || isLangItem("unsafe_pinned");
    }

    public SourceFile source() { return source; }

    public Span span() { return span; }

    public boolean isGeneric() { return asTy == null; }

    /**
     * A non-generic definition as a type (always the same object: a file names its types again
     * and again). Throws for a generic definition, which needs arguments.
     */
    public Ty.Adt asTy() {
        if (asTy == null) {
            throw new IllegalStateException("generic definition needs arguments: " + this);
        }
        return asTy;
    }

    /** Whether a variant has fields, answered without touching the variant (enums of hundreds of unit variants). */
    public boolean hasFields(int variant) {
        return (withFields[variant >> 6] & (1L << variant)) != 0;
    }

    /**
     * The first variant at or after {@code from} that has fields, or -1: loops over the variants
     * with fields skip an enum's unit variants a word of bits at a time,
     * {@code for (int v = def.nextWithFields(0); v >= 0; v = def.nextWithFields(v + 1))}.
     */
    public int nextWithFields(int from) {
        int w = from >> 6;
        if (w >= withFields.length) {
            return -1;
        }
        long bits = withFields[w] & (-1L << from);
        while (bits == 0) {
            if (++w == withFields.length) {
                return -1;
            }
            bits = withFields[w];
        }
        return (w << 6) + Long.numberOfTrailingZeros(bits);
    }

    /**
     * Field types of {@code variant} with {@code args} substituted, computed once per argument
     * list and cached. Safe to call from several threads: a race only computes the same
     * immutable list twice, and the array slots publish immutable lists.
     */
    public List<Ty> fieldTys(int variant, List<GenericArg> args) {
        if (!hasFields(variant)) {
            // Fieldless variants (enums of hundreds of them) need no lowering and no cache slot.
            return HashedList.empty();
        }
        if (args.isEmpty()) {
            // The common case (non-generic definitions): an array slot instead of a hashed key.
            List<Ty> plain = plainFieldTys[variant];
            if (plain == null) {
                Speculation.enteringLowering();
                plain = HashedList.copyOf(fieldTypes.of(this, variant, args));
                plainFieldTys[variant] = plain;
            }
            return plain;
        }
        // Argument lists of types cache their hash and are usually the very key stored before.
        List<Ty>[] perVariant = byArgs.get(args);
        if (perVariant != null && perVariant[variant] != null) {
            return perVariant[variant];
        }
        if (Speculation.active()) {
            return speculated(variant, args);
        }
        List<Ty> tys = HashedList.copyOf(fieldTypes.of(this, variant, args));
        if (perVariant == null) {
            @SuppressWarnings("unchecked")
            List<Ty>[] fresh = new List[plainFieldTys.length];
            List<GenericArg> key = HashedList.copyOf(args);
            perVariant = byArgs.putIfAbsent(key, fresh);
            if (perVariant == null) {
                perVariant = fresh;
            }
        }
        perVariant[variant] = tys;
        return tys;
    }

    /**
     * On a speculating thread (see {@link Speculation}), a variant's field types for arguments
     * whose own are not cached yet: the identity field types, if cached, with the arguments put in
     * place of the parameters ({@link FieldTypes#substituted}), neither interned nor cached;
     * {@link Speculation.NotReady} where that cannot be done without the lowering.
     */
    private List<Ty> speculated(int variant, List<GenericArg> args) {
        List<GenericArg> id = identityArgs;
        List<Ty>[] forId = id == null || id.size() != args.size() ? null : byArgs.get(id);
        List<Ty> idTys = forId == null ? null : forId[variant];
        List<Ty> tys = idTys == null ? null : fieldTypes.substituted(idTys, args);
        if (tys == null) {
            Speculation.enteringLowering(); // throws
        }
        return tys;
    }

    /** The identity arguments (each parameter standing for itself), once the lowering has made them; else null. */
    public List<GenericArg> identityArgs() {
        return identityArgs;
    }

    /** Recorded by the lowering, which makes them once per definition. */
    public void setIdentityArgs(List<GenericArg> id) {
        this.identityArgs = HashedList.copyOf(id);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        return o == this;
    }

    /**
     * Whether the last field's declared type is not statically {@code Sized} in the generic
     * definition (rustc's {@code StructKind::MaybeUnsized}): then the tail is never reordered,
     * even in sized instantiations.
     */
    public boolean tailMaybeUnsized() {
        Boolean known = tailMaybeUnsized; // read once: other threads may set it meanwhile (to the same value)
        if (known == null) {
            // (On a speculating thread the function answers without the lowering, or gives up.)
            known = tailMaybeUnsizedFn != null && tailMaybeUnsizedFn.getAsBoolean();
            tailMaybeUnsized = known;
        }
        return known;
    }

    /** How many lifetime parameters the definition declares, or -1 when not recorded (see {@link #setLifetimeParams}). */
    public int lifetimeParams() {
        return lifetimeParams;
    }

    /** Recorded by the lowering before the definition is published (printing shows them as {@code '_}). */
    public void setLifetimeParams(int n) {
        this.lifetimeParams = n;
    }

    /** Set by the lowering before first use; evaluated lazily because it may look at other definitions. */
    public void setTailMaybeUnsized(java.util.function.BooleanSupplier fn) {
        this.tailMaybeUnsizedFn = Objects.requireNonNull(fn);
        this.tailMaybeUnsized = null;
    }

    @Override
    public String toString() {
        return kind.keyword() + " " + path;
    }
}
