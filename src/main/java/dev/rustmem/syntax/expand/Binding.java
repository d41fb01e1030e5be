package dev.rustmem.syntax.expand;

import java.util.List;

/** A meta-variable's match, rustc's {@code NamedMatch}: one fragment, or one entry per repetition. */
sealed interface Binding {
    record One(Fragment fragment) implements Binding {}

    record Seq(List<Binding> items) implements Binding {
        public Seq {
            items = List.copyOf(items);
        }
    }
}
