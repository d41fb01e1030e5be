package dev.rustmem.syntax.ast;

import dev.rustmem.source.Span;
import java.util.List;
import java.util.Optional;

/** Items: module-level declarations, also allowed inside blocks, impls and traits (associated items). */
public sealed interface Item {
    List<Attribute> attrs();

    Span span();

    <R> R accept(Visitor<R> v);

    interface Visitor<R> {
        R visitStruct(Struct i);
        R visitEnum(Enum i);
        R visitUnion(Union i);
        R visitTypeAlias(TypeAlias i);
        R visitFn(Fn i);
        R visitImpl(Impl i);
        R visitTrait(Trait i);
        R visitConst(Const i);
        R visitStatic(Static i);
        R visitUse(Use i);
        R visitMod(Mod i);
        R visitMacroRules(MacroRules i);
        R visitMacroItem(MacroItem i);
        R visitExternCrate(ExternCrate i);
        R visitExternBlock(ExternBlock i);
    }

    record Struct(List<Attribute> attrs, Visibility vis, Ident name, Generics generics, VariantData data, Span span)
            implements Item {
        public Struct { attrs = List.copyOf(attrs); }
        public <R> R accept(Visitor<R> v) { return v.visitStruct(this); }
    }

    record Enum(List<Attribute> attrs, Visibility vis, Ident name, Generics generics, List<Variant> variants,
            Span span) implements Item {
        public Enum {
            attrs = List.copyOf(attrs);
            variants = List.copyOf(variants);
        }
        public <R> R accept(Visitor<R> v) { return v.visitEnum(this); }
    }

    record Union(List<Attribute> attrs, Visibility vis, Ident name, Generics generics, List<FieldDecl> fields,
            Span span) implements Item {
        public Union {
            attrs = List.copyOf(attrs);
            fields = List.copyOf(fields);
        }
        public <R> R accept(Visitor<R> v) { return v.visitUnion(this); }
    }

    /** {@code type X<T> = ...;} or, in traits, {@code type Item: Bound;} (no value). */
    record TypeAlias(List<Attribute> attrs, Visibility vis, Ident name, Generics generics, List<GenericBound> bounds,
            Optional<TypeExpr> ty, Span span) implements Item {
        public TypeAlias {
            attrs = List.copyOf(attrs);
            bounds = List.copyOf(bounds);
        }
        public <R> R accept(Visitor<R> v) { return v.visitTypeAlias(this); }
    }

    /** A function; {@code body} is empty for trait method declarations and foreign functions. */
    record Fn(List<Attribute> attrs, Visibility vis, FnSig sig, Optional<Block> body, Span span) implements Item {
        public Fn { attrs = List.copyOf(attrs); }
        public Ident name() { return sig.name(); }
        public <R> R accept(Visitor<R> v) { return v.visitFn(this); }
    }

    /** {@code impl<G> Trait for Ty { items }} ({@code negative}: {@code impl !Send for T}). */
    record Impl(List<Attribute> attrs, boolean unsafe, Generics generics, boolean negative, Optional<Path> traitRef,
            TypeExpr selfTy, List<Item> items, Span span) implements Item {
        public Impl {
            attrs = List.copyOf(attrs);
            items = List.copyOf(items);
        }
        public <R> R accept(Visitor<R> v) { return v.visitImpl(this); }
    }

    record Trait(List<Attribute> attrs, Visibility vis, boolean unsafe, boolean auto, Ident name, Generics generics,
            List<GenericBound> supertraits, List<Item> items, Span span) implements Item {
        public Trait {
            attrs = List.copyOf(attrs);
            supertraits = List.copyOf(supertraits);
            items = List.copyOf(items);
        }
        public <R> R accept(Visitor<R> v) { return v.visitTrait(this); }
    }

    /** {@code const NAME: T = v;} ({@code _} allowed as name); value empty in traits. */
    record Const(List<Attribute> attrs, Visibility vis, Ident name, Generics generics, TypeExpr ty,
            Optional<Expr> value, Span span) implements Item {
        public Const { attrs = List.copyOf(attrs); }
        public <R> R accept(Visitor<R> v) { return v.visitConst(this); }
    }

    record Static(List<Attribute> attrs, Visibility vis, boolean mutable, Ident name, TypeExpr ty,
            Optional<Expr> value, Span span) implements Item {
        public Static { attrs = List.copyOf(attrs); }
        public <R> R accept(Visitor<R> v) { return v.visitStatic(this); }
    }

    record Use(List<Attribute> attrs, Visibility vis, UseTree tree, Span span) implements Item {
        public Use { attrs = List.copyOf(attrs); }
        public <R> R accept(Visitor<R> v) { return v.visitUse(this); }
    }

    /** {@code mod name { items }}, or {@code mod name;} (items empty: rustmem reads one file). */
    record Mod(List<Attribute> attrs, Visibility vis, boolean unsafe, Ident name, Optional<List<Item>> items,
            Span span) implements Item {
        public Mod { attrs = List.copyOf(attrs); }
        public <R> R accept(Visitor<R> v) { return v.visitMod(this); }
    }

    /** {@code macro_rules! name { (matcher) => { transcriber }; ... }}: the body is kept as tokens. */
    record MacroRules(List<Attribute> attrs, Ident name, TokenTree.Delimited body, Span span) implements Item {
        public MacroRules { attrs = List.copyOf(attrs); }
        public <R> R accept(Visitor<R> v) { return v.visitMacroRules(this); }
    }

    /** A macro invocation in item position, e.g. {@code thread_local! { .. }} or a user macro. */
    record MacroItem(List<Attribute> attrs, MacCall mac, Span span) implements Item {
        public MacroItem { attrs = List.copyOf(attrs); }
        public <R> R accept(Visitor<R> v) { return v.visitMacroItem(this); }
    }

    record ExternCrate(List<Attribute> attrs, Visibility vis, Ident name, Optional<Ident> rename, Span span)
            implements Item {
        public ExternCrate { attrs = List.copyOf(attrs); }
        public <R> R accept(Visitor<R> v) { return v.visitExternCrate(this); }
    }

    /** {@code unsafe extern "C" { fn f(); static X: u8; }}. */
    record ExternBlock(List<Attribute> attrs, boolean unsafe, Optional<String> abi, List<Item> items, Span span)
            implements Item {
        public ExternBlock {
            attrs = List.copyOf(attrs);
            items = List.copyOf(items);
        }
        public <R> R accept(Visitor<R> v) { return v.visitExternBlock(this); }
    }
}
