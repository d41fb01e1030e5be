package dev.rustmem.render.view;

import dev.rustmem.layout.FieldsShape;
import dev.rustmem.layout.Layout;
import dev.rustmem.layout.LayoutEngine;
import dev.rustmem.layout.TagEncoding;
import dev.rustmem.layout.Variants;
import dev.rustmem.types.AdtDef;
import dev.rustmem.types.FieldDef;
import dev.rustmem.types.Ty;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Builds {@link RustcView}s: the same variants, extents and fields as the full view (see
 * {@link ViewBuilder}), read straight from the engine's layouts into flat arrays. Keeps no state
 * between calls, so one instance may serve several threads (the layout engine is safe to share
 * between threads).
 */
final class RustcViews {
    private final LayoutEngine engine;
    private final Function<Ty, String> printer;

    RustcViews(LayoutEngine engine, Function<Ty, String> printer) {
        this.engine = engine;
        this.printer = printer;
    }

    RustcView of(Ty.Adt adt) {
        Layout layout = engine.layoutOf(adt);
        AdtDef def = adt.def();
        long directTag = -1;
        List<Layout> variantLayouts = null;
        int first = 0;
        int count = 0;
        if (layout.variants() instanceof Variants.Multiple m) {
            if (m.encoding() instanceof TagEncoding.Direct) {
                directTag = m.tag().primitive().size(engine.target());
            }
            variantLayouts = m.variants();
            count = variantLayouts.size();
        } else if (ViewBuilder.listsOneVariant(adt, layout)) {
            first = ((Variants.Single) layout.variants()).index();
            count = 1;
        }
        int capacity = 0;
        for (int k = 0; k < count; k++) {
            capacity += def.variants().get(first + k).fields().size();
        }
        String[] variantNames = new String[count];
        long[] extents = new long[count];
        int[] fieldStart = new int[count + 1];
        String[] names = new String[capacity];
        long[] offsets = new long[capacity];
        long[] sizes = new long[capacity];
        long[] aligns = new long[capacity];
        int f = 0;
        for (int k = 0; k < count; k++) {
            int v = first + k;
            Layout vl = variantLayouts == null ? layout : variantLayouts.get(v);
            List<FieldDef> defs = def.variants().get(v).fields();
            variantNames[k] = Fields.variantName(def, v);
            fieldStart[k] = f;
            long end = 0;
            // Fieldless variants (an enum may have hundreds) need no field types; otherwise, like
            // Fields.ofVariant, a variant without a layout of its own shows no fields.
            if (!defs.isEmpty()) {
                List<Ty> tys = adt.fieldTys(v);
                FieldsShape shape = vl.fields();
                if (shape.fieldCount() == tys.size()) {
                    for (int i = 0; i < tys.size(); i++) {
                        Layout fl = engine.layoutOf(tys.get(i));
                        names[f] = defs.get(i).name();
                        offsets[f] = shape.offset(i);
                        sizes[f] = fl.size();
                        aligns[f] = fl.align();
                        end = Math.max(end, offsets[f] + sizes[f]);
                        f++;
                    }
                }
            }
            extents[k] = EnumViews.extent(end, vl);
        }
        fieldStart[count] = f;
        if (f < capacity) {
            names = Arrays.copyOf(names, f);
            offsets = Arrays.copyOf(offsets, f);
            sizes = Arrays.copyOf(sizes, f);
            aligns = Arrays.copyOf(aligns, f);
        }
        return new RustcView(printer.apply(adt).getBytes(StandardCharsets.UTF_8), layout.size(), layout.align(), def.repr().packed(), def.isStruct(),
                directTag, variantNames, extents, fieldStart, names, offsets, sizes, aligns);
    }
}
