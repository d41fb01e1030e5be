package dev.rustmem.types.resolve;

import dev.rustmem.syntax.ast.Item;

/** A trait impl ({@code impl<T> Trait for Ty { type Name = ..; }}) and the scope it is written in. */
public record ImplDef(Item.Impl item, ModuleData scope) {}
