package dev.rustmem.types.resolve;

import dev.rustmem.syntax.ast.Ident;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.ast.PathSegment;
import dev.rustmem.syntax.ast.UseTree;
import java.util.ArrayList;
import java.util.List;

/** Flattens a {@code use} tree into one {@link Import} per imported name or glob, added to the owner module. */
final class UseFlattener {
    private UseFlattener() {}

    static void flatten(ModuleData owner, Item.Use use) {
        walk(owner, use, use.tree(), List.of(), false);
    }

    private static void walk(ModuleData owner, Item.Use use, UseTree tree, List<Ident> prefix, boolean global) {
        if (tree instanceof UseTree.Simple s) {
            List<Ident> segs = join(prefix, s.prefix().segments());
            boolean g = global || s.prefix().global();
            boolean self = !segs.isEmpty() && segs.get(segs.size() - 1).name().equals("self") && segs.size() > 1;
            if (self) {
                segs = segs.subList(0, segs.size() - 1);
            }
            if (segs.isEmpty()) {
                return;
            }
            String name = s.rename().isPresent() ? s.rename().get().name() : segs.get(segs.size() - 1).name();
            owner.addImport(new Import(owner, segs, g, name, false, self, use.vis().kind(), s.span(), prefix.size()));
        } else if (tree instanceof UseTree.Glob gl) {
            List<Ident> segs = join(prefix, gl.prefix().segments());
            if (!segs.isEmpty()) {
                owner.addImport(new Import(owner, segs, global || gl.prefix().global(), "*", true, false, use.vis().kind(),
                        gl.span(), prefix.size()));
            }
        } else if (tree instanceof UseTree.Nested n) {
            List<Ident> segs = join(prefix, n.prefix().segments());
            for (UseTree t : n.trees()) {
                walk(owner, use, t, segs, global || n.prefix().global());
            }
        } else {
            throw new AssertionError(tree);
        }
    }

    private static List<Ident> join(List<Ident> prefix, List<PathSegment> more) {
        List<Ident> r = new ArrayList<>(prefix);
        for (PathSegment s : more) {
            r.add(s.name());
        }
        return r;
    }
}
