package dev.rustmem.render.view;

import dev.rustmem.layout.Layout;
import dev.rustmem.layout.Niche;
import dev.rustmem.layout.Variants;
import dev.rustmem.types.Ty;
import java.util.List;
import java.util.Optional;

/** Describes a layout's largest niche and finds the field (or tag) that holds it. */
final class Niches {
    private final Fields fields;

    Niches(Fields fields) {
        this.fields = fields;
    }

    Optional<NicheView> of(Ty ty, Layout layout) {
        if (layout.largestNiche().isEmpty()) {
            return Optional.empty();
        }
        Niche n = layout.largestNiche().get();
        String holder = holder(ty, layout, n.offset(), "");
        return Optional.of(new NicheView(n.offset(), n.primitive().size(fields.target()),
                Scalars.spell(n.primitive()), n.valid().start(), n.valid().end(), n.available(fields.target()),
                holder));
    }

    /**
     * Follows the niche down through single-variant fields to the innermost field whose own
     * largest niche is at the same place; an enum with a tag stops the walk (the niche is its tag).
     */
    private String holder(Ty ty, Layout layout, long offset, String path) {
        if (layout.variants() instanceof Variants.Multiple) {
            return path.isEmpty() ? "tag" : path + " (tag of " + fields.printer().apply(ty) + ")";
        }
        int variant = ((Variants.Single) layout.variants()).index();
        if (ty instanceof Ty.Array a) {
            // rustc takes an array's niche from its first element.
            Layout el = fields.layoutOf(a.elem());
            if (a.len() > 0 && el.largestNiche().isPresent() && el.largestNiche().get().offset() == offset) {
                return holder(a.elem(), el, offset, path + "[0]");
            }
        } else {
            List<Ty> tys = fieldTys(fields, ty, variant);
            if (layout.fields().fieldCount() == tys.size()) {
                for (int i = 0; i < tys.size(); i++) {
                    long at = layout.fields().offset(i);
                    Layout fl = fields.layoutOf(tys.get(i));
                    if (fl.largestNiche().isPresent() && at + fl.largestNiche().get().offset() == offset) {
                        return holder(tys.get(i), fl, offset - at, path + "." + fieldName(ty, variant, i));
                    }
                }
            }
        }
        return path.isEmpty() ? fields.printer().apply(ty) : path + " (" + fields.printer().apply(ty) + ")";
    }

    private static String fieldName(Ty ty, int variant, int field) {
        if (ty instanceof Ty.Adt adt) {
            return adt.def().variants().get(variant).fields().get(field).name();
        }
        return Integer.toString(field);
    }

    private static List<Ty> fieldTys(Fields fields, Ty ty, int variant) {
        if (ty instanceof Ty.Adt adt && !adt.def().variants().isEmpty()) {
            return fields.fieldTys(adt, variant);
        }
        if (ty instanceof Ty.Tuple t) {
            return t.elems();
        }
        return List.of();
    }
}
