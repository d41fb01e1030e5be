package dev.rustmem.render.view;

import dev.rustmem.layout.FieldsShape;
import dev.rustmem.layout.Layout;
import dev.rustmem.layout.LayoutEngine;
import dev.rustmem.layout.TargetDataLayout;
import dev.rustmem.types.AdtDef;
import dev.rustmem.types.Ty;
import dev.rustmem.types.VariantDef;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The fields of one variant (or of a struct, tuple, array, pointer) as {@link Row.Field}s in
 * declaration order, with offsets from the given layout and sizes from each field's own layout.
 */
final class Fields {
    private final LayoutEngine engine;
    private final Function<Ty, String> printer;

    // No caches of its own, so that a view builder holds no shared mutable state: the engine
    // and the definitions already cache layouts and field types, thread-safely.
    Fields(LayoutEngine engine, Function<Ty, String> printer) {
        this.engine = engine;
        this.printer = printer;
    }

    TargetDataLayout target() {
        return engine.target();
    }

    Layout layoutOf(Ty ty) {
        return engine.layoutOf(ty);
    }

    Function<Ty, String> printer() {
        return printer;
    }

    /** {@code adt.fieldTys(variant)}. */
    List<Ty> fieldTys(Ty.Adt adt, int variant) {
        return adt.fieldTys(variant);
    }

    /** Fields of variant {@code variant} of an ADT, placed by {@code layout} (that variant's layout). */
    List<Row.Field> ofVariant(Ty.Adt adt, int variant, Layout layout) {
        VariantDef vdef = adt.def().variants().get(variant);
        List<Ty> tys = fieldTys(adt, variant);
        if (layout.fields().fieldCount() != tys.size()) {
            // An uninhabited variant without a layout of its own (rustc keeps one, but be robust).
            return List.of();
        }
        List<Row.Field> out = new ArrayList<>(tys.size());
        for (int i = 0; i < tys.size(); i++) {
            out.add(field(layout.fields().offset(i), vdef.fields().get(i).name(), tys.get(i)));
        }
        return out;
    }

    /** Fields of a type that has a single variant: structs, unions, tuples, arrays, pointers, scalars. */
    List<Row.Field> ofSingle(Ty ty, Layout layout, int variant) {
        if (ty instanceof Ty.Adt adt) {
            return adt.def().variants().isEmpty() ? List.of() : ofVariant(adt, variant, layout);
        }
        if (ty instanceof Ty.Tuple t) {
            List<Row.Field> out = new ArrayList<>();
            for (int i = 0; i < t.elems().size(); i++) {
                out.add(field(layout.fields().offset(i), Integer.toString(i), t.elems().get(i)));
            }
            return out;
        }
        if (ty instanceof Ty.Array a) {
            Layout elem = layoutOf(a.elem());
            return List.of(new Row.Field(0, layout.size(), elem.align(), "[0.." + a.len() + "]",
                    printer.apply(a.elem()), false));
        }
        if (ty instanceof Ty.Slice s) {
            Layout elem = layoutOf(s.elem());
            return List.of(new Row.Field(0, 0, elem.align(), "[0..]", printer.apply(s.elem()), true));
        }
        if (ty instanceof Ty.Str) {
            return List.of(new Row.Field(0, 0, 1, "[0..]", "u8", true));
        }
        if (ty instanceof Ty.Dynamic) {
            return List.of(new Row.Field(0, 0, layout.align(), "(value)", printer.apply(ty), true));
        }
        if ((ty instanceof Ty.Ref || ty instanceof Ty.RawPtr) && layout.fields() instanceof FieldsShape.Arbitrary f
                && f.fieldCount() == 2) {
            return widePointer(ty, layout);
        }
        return List.of(new Row.Field(0, layout.size(), layout.align(), "(value)", printer.apply(ty), false));
    }

    /** {@code &[T]}, {@code &str}, {@code &dyn Trait}: data pointer plus length or vtable pointer. */
    private List<Row.Field> widePointer(Ty ty, Layout layout) {
        Ty pointee = ty instanceof Ty.Ref r ? r.pointee() : ((Ty.RawPtr) ty).pointee();
        long ptr = engine.target().pointerSize();
        long align = engine.target().pointerAlign();
        String meta = pointee instanceof Ty.Dynamic ? "&'static VTable" : "usize";
        String metaName = pointee instanceof Ty.Dynamic ? "(vtable)" : "(len)";
        return List.of(
                new Row.Field(layout.fields().offset(0), ptr, align, "(data)", "*const " + printer.apply(pointee), false),
                new Row.Field(layout.fields().offset(1), ptr, align, metaName, meta, false));
    }

    Row.Field field(long offset, String name, Ty ty) {
        Layout fl = layoutOf(ty);
        return new Row.Field(offset, fl.size(), fl.align(), name, printer.apply(ty), !fl.isSized());
    }

    static String variantName(AdtDef def, int variant) {
        if (def.variants().isEmpty()) {
            return def.name();
        }
        String n = def.variants().get(variant).name();
        return n.isEmpty() ? def.name() : n;
    }
}
