package dev.rustmem.types.resolve;

import dev.rustmem.syntax.ast.Crate;

/**
 * One crate: the user's file or a bundled std crate ({@code core}, {@code alloc}, {@code std},
 * {@code hashbrown}).
 *
 * @param name    the crate's name as other crates refer to it
 * @param user    the user's crate: its items print without the crate name
 * @param prelude the module path of the implicit prelude glob, e.g. {@code std::prelude::rust_2024}
 */
public final class CrateData {
    private final String name;
    private final Crate ast;
    private final boolean user;
    private final String prelude;
    private ModuleData root;

    public CrateData(String name, Crate ast, boolean user, String prelude) {
        this.name = name;
        this.ast = ast;
        this.user = user;
        this.prelude = prelude;
    }

    public String name() { return name; }

    public Crate ast() { return ast; }

    public boolean isUser() { return user; }

    public String prelude() { return prelude; }

    public ModuleData root() { return root; }

    void setRoot(ModuleData root) { this.root = root; }

    @Override
    public String toString() {
        return name;
    }
}
