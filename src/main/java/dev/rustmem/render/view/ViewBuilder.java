package dev.rustmem.render.view;

import dev.rustmem.layout.FieldsShape;
import dev.rustmem.layout.Layout;
import dev.rustmem.layout.LayoutEngine;
import dev.rustmem.layout.Variants;
import dev.rustmem.types.AdtDef;
import dev.rustmem.types.NamedType;
import dev.rustmem.types.Ty;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.Optional;

/**
 * Builds {@link TypeView}s from types and their layouts. This is the only place in the renderer
 * that talks to the layout engine: field layouts, niches and the hypothetical layouts behind the
 * advice are all resolved here, so that renderers are pure functions of the view.
 */
public final class ViewBuilder {
    private final Fields fields;
    private final EnumViews enums;
    private final Niches niches;
    private final AdviceBuilder advice;
    private final RustcViews rustcViews;
    /** Rustc views made while the load ran, or null. */
    private final ViewsAhead ahead;

    /** @param printer rustc's spelling of a type (normally {@code TyPrinter::print}) */
    public ViewBuilder(LayoutEngine engine, Function<Ty, String> printer, BoxFactory boxes) {
        this(engine, printer, boxes, null);
    }

    /** @param ahead rustc views made ahead ({@link #rustcView} takes them from there first), or null */
    public ViewBuilder(LayoutEngine engine, Function<Ty, String> printer, BoxFactory boxes, ViewsAhead ahead) {
        this.fields = new Fields(engine, printer);
        this.enums = new EnumViews(fields);
        this.niches = new Niches(fields);
        this.advice = new AdviceBuilder(fields, boxes);
        this.rustcViews = new RustcViews(engine, printer);
        this.ahead = ahead;
    }

    /** The view of a reported type, introduced as it was named; throws {@code LayoutException}. */
    public TypeView build(NamedType nt) {
        String name = fields.printer().apply(nt.ty());
        return build(nt.ty(), name, header(nt, name), true);
    }

    /**
     * The full view of a type in a report's rustc list, without header or advice (libraries and
     * tests; {@code rustmem layout --format rustc} prints from {@link #rustcView}).
     */
    public TypeView buildForRustc(Ty ty) {
        return build(ty, fields.printer().apply(ty), "", false);
    }

    /**
     * The lean view of an ADT for the rustc format (what {@code rustmem layout --format rustc}
     * prints); throws {@code LayoutException}. Safe to call from several threads at once.
     */
    public RustcView rustcView(Ty.Adt adt) {
        RustcView made = ahead == null ? null : ahead.of(adt);
        return made != null ? made : rustcViews.of(adt);
    }

    /** The full view of any type under the given header, without advice. */
    public TypeView build(Ty ty, String header) {
        return build(ty, fields.printer().apply(ty), header, false);
    }

    /** @param withAdvice compute advice (lays out hypothetical types) */
    private TypeView build(Ty ty, String name, String header, boolean withAdvice) {
        Layout layout = fields.layoutOf(ty);
        TypeKind kind = kindOf(ty);
        boolean packed = ty instanceof Ty.Adt a && a.def().repr().packed();
        Optional<NicheView> niche = niches.of(ty, layout);
        List<Advice> adv = withAdvice ? advice.adviceFor(ty, layout) : List.of();
        long size = layout.size();
        if (layout.variants() instanceof Variants.Multiple m && ty instanceof Ty.Adt adt) {
            TagView tag = enums.tag(adt, layout, m);
            List<VariantView> variants = enums.variants(adt, layout, m, tag);
            List<List<Row>> all = new ArrayList<>();
            for (VariantView v : variants) {
                all.add(v.rows());
            }
            long data = Rows.dataBytes(all, size);
            return new TypeView(header, name, kind, layout.isSized(), layout.uninhabited(), size, layout.align(), packed, List.of(), List.of(),
                    Optional.of(tag), variants, niche, data, size - data, adv);
        }
        int index = layout.variants() instanceof Variants.Single s ? s.index() : 0;
        List<Row.Field> fs = fields.ofSingle(ty, layout, index);
        List<Row> rows = Rows.inMemoryOrder(fs, size);
        List<VariantView> variants = List.of();
        if (ty instanceof Ty.Adt adt && listsOneVariant(adt, layout)) {
            variants = List.of(new VariantView(Fields.variantName(adt.def(), index), index,
                    EnumViews.extent(fs, layout), layout.uninhabited(), rows, fs));
        }
        long data = Rows.dataBytes(List.of(rows), size);
        return new TypeView(header, name, kind, layout.isSized(), layout.uninhabited(), size, layout.align(), packed, rows, fs,
                Optional.empty(), variants, niche, data, size - data, adv);
    }

    /**
     * Whether rustc lists the one variant of an ADT with a single-variant layout (structs and
     * unions under their own name): yes unless it has no variants or lays out as a bare scalar.
     */
    static boolean listsOneVariant(Ty.Adt adt, Layout layout) {
        return !adt.def().variants().isEmpty() && !(layout.fields() instanceof FieldsShape.Primitive);
    }

    private static String header(NamedType nt, String printed) {
        switch (nt.origin()) {
            case DEFINITION:
                if (nt.ty() instanceof Ty.Adt a) {
                    return a.def().kind().keyword() + " " + printed;
                }
                return printed;
            case ALIAS:
                return "type " + nt.label() + " = " + printed;
            default:
                return printed;
        }
    }

    static TypeKind kindOf(Ty ty) {
        if (ty instanceof Ty.Adt a) {
            AdtDef d = a.def();
            return d.isStruct() ? TypeKind.STRUCT : d.isEnum() ? TypeKind.ENUM : TypeKind.UNION;
        }
        if (ty instanceof Ty.Tuple) {
            return TypeKind.TUPLE;
        }
        if (ty instanceof Ty.Array) {
            return TypeKind.ARRAY;
        }
        if (ty instanceof Ty.Slice) {
            return TypeKind.SLICE;
        }
        if (ty instanceof Ty.Str) {
            return TypeKind.STR;
        }
        if (ty instanceof Ty.Ref || ty instanceof Ty.RawPtr) {
            return TypeKind.POINTER;
        }
        if (ty instanceof Ty.FnPtr) {
            return TypeKind.FN_PTR;
        }
        if (ty instanceof Ty.Dynamic) {
            return TypeKind.DYN;
        }
        if (ty instanceof Ty.Never) {
            return TypeKind.NEVER;
        }
        return TypeKind.PRIMITIVE;
    }
}
