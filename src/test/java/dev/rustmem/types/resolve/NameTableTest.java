package dev.rustmem.types.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.Visibility;
import org.junit.jupiter.api.Test;

/** A module's names: the first binding of a name stays, lookups compare contents, the table grows. */
class NameTableTest {
    private static Binding binding(String name) {
        return new Binding(new Def.Missing(name, "std::" + name), Visibility.Kind.PUBLIC, null, Span.at(0), false);
    }

    @Test
    void firstBindingWinsAndTheTableGrows() {
        NameTable t = new NameTable(1);
        for (int i = 0; i < 500; i++) {
            assertThat(t.putIfAbsent("N" + i, binding("N" + i))).isNull();
        }
        Binding again = binding("N7");
        assertThat(t.putIfAbsent("N7", again)).isNotSameAs(again);
        assertThat(t.size()).isEqualTo(500);
        for (int i = 0; i < 500; i++) {
            // A different String object with the same characters finds the name.
            assertThat(t.get(new String("N" + i)).def().name()).isEqualTo("N" + i);
        }
        assertThat(t.get("N500")).isNull();
    }
}
