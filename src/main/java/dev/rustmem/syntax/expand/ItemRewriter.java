package dev.rustmem.syntax.expand;

import static dev.rustmem.syntax.expand.AstRewriter.rewrapped;

import dev.rustmem.syntax.ast.Attribute;
import dev.rustmem.syntax.ast.Block;
import dev.rustmem.syntax.ast.Expr;
import dev.rustmem.syntax.ast.FieldDecl;
import dev.rustmem.syntax.ast.FnSig;
import dev.rustmem.syntax.ast.GenericBound;
import dev.rustmem.syntax.ast.Generics;
import dev.rustmem.syntax.ast.Item;
import dev.rustmem.syntax.ast.Item.*;
import dev.rustmem.syntax.ast.Path;
import dev.rustmem.syntax.ast.Pat;
import dev.rustmem.syntax.ast.TypeExpr;
import dev.rustmem.syntax.ast.Variant;
import dev.rustmem.syntax.ast.VariantData;
import java.util.List;
import java.util.Optional;

/**
 * Rebuilds an item from its rewritten children (nested item lists go through
 * {@link AstRewriter#items}, so macros inside impls, traits and modules are seen); part of
 * {@link AstRewriter}.
 */
final class ItemRewriter implements Item.Visitor<Item> {
    private final AstRewriter r;
    private final TypeRewriter t;

    ItemRewriter(AstRewriter r) {
        this.r = r;
        this.t = r.types();
    }

    private List<Attribute> a(Item i) {
        return r.attrs(i.attrs());
    }

    public Item visitStruct(Struct i) {
        var attrs = a(i);
        Generics g = t.generics(i.generics());
        VariantData d = data(i.data());
        return attrs == i.attrs() && g == i.generics() && d == i.data() ? i
                : new Struct(attrs, i.vis(), i.name(), g, d, i.span());
    }

    public Item visitEnum(Item.Enum i) {
        var attrs = a(i);
        Generics g = t.generics(i.generics());
        List<Variant> vs = variants(i.variants());
        return attrs == i.attrs() && g == i.generics() && vs == i.variants() ? i
                : new Item.Enum(attrs, i.vis(), i.name(), g, vs, i.span());
    }

    private List<Variant> variants(List<Variant> vs) {
        ListRewrite<Variant> out = new ListRewrite<>(vs);
        for (int i = 0; i < vs.size(); i++) {
            Variant v = vs.get(i);
            if (r.keep(v.attrs())) {
                out.add(variant(v));
            } else {
                out.drop();
            }
        }
        return out.result();
    }

    private Variant variant(Variant v) {
        var va = r.attrs(v.attrs());
        VariantData d = data(v.data());
        Optional<Expr> disc = r.optExpr(v.discriminant());
        return va == v.attrs() && d == v.data() && disc == v.discriminant() ? v
                : new Variant(va, v.name(), d, disc, v.span());
    }

    public Item visitUnion(Union i) {
        var attrs = a(i);
        Generics g = t.generics(i.generics());
        List<FieldDecl> fs = fields(i.fields());
        return attrs == i.attrs() && g == i.generics() && fs == i.fields() ? i
                : new Union(attrs, i.vis(), i.name(), g, fs, i.span());
    }

    private VariantData data(VariantData d) {
        if (d instanceof VariantData.Named n) {
            List<FieldDecl> fs = fields(n.fields());
            return fs == n.fields() ? d : new VariantData.Named(fs, n.span());
        } else if (d instanceof VariantData.Tuple tu) {
            List<FieldDecl> fs = fields(tu.fields());
            return fs == tu.fields() ? d : new VariantData.Tuple(fs, tu.span());
        }
        return d;
    }

    private List<FieldDecl> fields(List<FieldDecl> fs) {
        ListRewrite<FieldDecl> out = new ListRewrite<>(fs);
        for (int i = 0; i < fs.size(); i++) {
            FieldDecl f = fs.get(i);
            if (r.keep(f.attrs())) {
                out.add(field(f));
            } else {
                out.drop();
            }
        }
        return out.result();
    }

    private FieldDecl field(FieldDecl f) {
        var attrs = r.attrs(f.attrs());
        TypeExpr ty = r.type(f.ty());
        Optional<Expr> d = r.optExpr(f.dflt());
        return attrs == f.attrs() && ty == f.ty() && d == f.dflt() ? f
                : new FieldDecl(attrs, f.vis(), f.name(), ty, d, f.span());
    }

    public Item visitTypeAlias(TypeAlias i) {
        var attrs = a(i);
        Generics g = t.generics(i.generics());
        List<GenericBound> bs = t.bounds(i.bounds());
        Optional<TypeExpr> ty = r.optType(i.ty());
        return attrs == i.attrs() && g == i.generics() && bs == i.bounds() && ty == i.ty() ? i
                : new TypeAlias(attrs, i.vis(), i.name(), g, bs, ty, i.span());
    }

    public Item visitFn(Fn i) {
        var attrs = a(i);
        FnSig sig = sig(i.sig());
        Optional<Block> body = r.optBlock(i.body());
        return attrs == i.attrs() && sig == i.sig() && body == i.body() ? i
                : new Fn(attrs, i.vis(), sig, body, i.span());
    }

    private FnSig sig(FnSig s) {
        Generics g = t.generics(s.generics());
        List<FnSig.Param> ps = params(s.params());
        Optional<TypeExpr> ret = r.optType(s.ret());
        return g == s.generics() && ps == s.params() && ret == s.ret() ? s
                : new FnSig(s.qualifiers(), s.name(), g, ps, s.variadic(), ret, s.span());
    }

    private List<FnSig.Param> params(List<FnSig.Param> ps) {
        ListRewrite<FnSig.Param> out = new ListRewrite<>(ps);
        for (int i = 0; i < ps.size(); i++) {
            FnSig.Param p = ps.get(i);
            if (r.keep(p.attrs())) {
                out.add(param(p));
            } else {
                out.drop();
            }
        }
        return out.result();
    }

    private FnSig.Param param(FnSig.Param p) {
        var attrs = r.attrs(p.attrs());
        Pat pat = r.pat(p.pat());
        TypeExpr ty = r.type(p.ty());
        return attrs == p.attrs() && pat == p.pat() && ty == p.ty() ? p
                : new FnSig.Param(attrs, p.selfKind(), pat, ty, p.span());
    }

    public Item visitImpl(Impl i) {
        var attrs = a(i);
        Generics g = t.generics(i.generics());
        Optional<Path> tr = i.traitRef().isEmpty() ? i.traitRef() : rewrapped(i.traitRef(), t.path(i.traitRef().get()));
        TypeExpr self = r.type(i.selfTy());
        List<Item> items = r.items(i.items());
        return attrs == i.attrs() && g == i.generics() && tr == i.traitRef() && self == i.selfTy()
                && items == i.items() ? i
                : new Impl(attrs, i.unsafe(), g, i.negative(), tr, self, items, i.span());
    }

    public Item visitTrait(Trait i) {
        var attrs = a(i);
        Generics g = t.generics(i.generics());
        List<GenericBound> sup = t.bounds(i.supertraits());
        List<Item> items = r.items(i.items());
        return attrs == i.attrs() && g == i.generics() && sup == i.supertraits() && items == i.items() ? i
                : new Trait(attrs, i.vis(), i.unsafe(), i.auto(), i.name(), g, sup, items, i.span());
    }

    public Item visitConst(Const i) {
        var attrs = a(i);
        Generics g = t.generics(i.generics());
        TypeExpr ty = r.type(i.ty());
        Optional<Expr> v = r.optExpr(i.value());
        return attrs == i.attrs() && g == i.generics() && ty == i.ty() && v == i.value() ? i
                : new Const(attrs, i.vis(), i.name(), g, ty, v, i.span());
    }

    public Item visitStatic(Static i) {
        var attrs = a(i);
        TypeExpr ty = r.type(i.ty());
        Optional<Expr> v = r.optExpr(i.value());
        return attrs == i.attrs() && ty == i.ty() && v == i.value() ? i
                : new Static(attrs, i.vis(), i.mutable(), i.name(), ty, v, i.span());
    }

    public Item visitUse(Use i) {
        var attrs = a(i);
        return attrs == i.attrs() ? i : new Use(attrs, i.vis(), i.tree(), i.span());
    }

    public Item visitMod(Mod i) {
        var attrs = a(i);
        Optional<List<Item>> items = i.items().isEmpty() ? i.items() : rewrapped(i.items(), r.items(i.items().get()));
        return attrs == i.attrs() && items == i.items() ? i
                : new Mod(attrs, i.vis(), i.unsafe(), i.name(), items, i.span());
    }

    public Item visitMacroRules(MacroRules i) {
        var attrs = a(i);
        return attrs == i.attrs() ? i : new MacroRules(attrs, i.name(), i.body(), i.span());
    }

    public Item visitMacroItem(MacroItem i) {
        var attrs = a(i);
        return attrs == i.attrs() ? i : new MacroItem(attrs, i.mac(), i.span());
    }

    public Item visitExternCrate(ExternCrate i) {
        var attrs = a(i);
        return attrs == i.attrs() ? i : new ExternCrate(attrs, i.vis(), i.name(), i.rename(), i.span());
    }

    public Item visitExternBlock(ExternBlock i) {
        var attrs = a(i);
        List<Item> items = r.items(i.items());
        return attrs == i.attrs() && items == i.items() ? i
                : new ExternBlock(attrs, i.unsafe(), i.abi(), items, i.span());
    }
}
