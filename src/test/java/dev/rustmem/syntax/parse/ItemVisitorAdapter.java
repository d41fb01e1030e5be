package dev.rustmem.syntax.parse;

import dev.rustmem.syntax.ast.Item;

/** Test helper: every visit fails unless overridden. */
abstract class ItemVisitorAdapter<R> implements Item.Visitor<R> {
    private R fail(Item i) {
        throw new AssertionError("unexpected " + i.getClass().getSimpleName());
    }

    public R visitStruct(Item.Struct i) { return fail(i); }
    public R visitEnum(Item.Enum i) { return fail(i); }
    public R visitUnion(Item.Union i) { return fail(i); }
    public R visitTypeAlias(Item.TypeAlias i) { return fail(i); }
    public R visitFn(Item.Fn i) { return fail(i); }
    public R visitImpl(Item.Impl i) { return fail(i); }
    public R visitTrait(Item.Trait i) { return fail(i); }
    public R visitConst(Item.Const i) { return fail(i); }
    public R visitStatic(Item.Static i) { return fail(i); }
    public R visitUse(Item.Use i) { return fail(i); }
    public R visitMod(Item.Mod i) { return fail(i); }
    public R visitMacroRules(Item.MacroRules i) { return fail(i); }
    public R visitMacroItem(Item.MacroItem i) { return fail(i); }
    public R visitExternCrate(Item.ExternCrate i) { return fail(i); }
    public R visitExternBlock(Item.ExternBlock i) { return fail(i); }
}
