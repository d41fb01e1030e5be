package dev.rustmem.types.collect;

import dev.rustmem.source.Span;
import dev.rustmem.syntax.ast.TypeExpr;
import dev.rustmem.types.NamedType;
import dev.rustmem.types.Ty;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/**
 * A {@link NamedTypesBuilder} fed on a second thread: the walk of a large crate hands the types it
 * meets over in batches and goes on lowering, while the builder dedups, labels and lists them
 * (about a tenth of the walk's time) on the other core. The builder gets the same calls in the
 * same order, so the result is the one the walk would have built itself.
 *
 * <p>The builder prints types, which can lower a definition's default arguments; that lowering
 * takes the lowering context's lock, which the walk holds for each item it lowers (see
 * {@link CrateWalker#items}). Not for use by more than one sending thread.
 */
public final class PipedNamedTypes implements NamedTypesSink {
    private static final int BATCH = 512;
    private static final Event[] END = new Event[0];

    /** One call to pass on: a definition or alias (name, span) or a written type (te, text). */
    private static final class Event {
        final int kind;
        final Ty ty;
        final String name;
        final Span span;
        final TypeExpr te;
        final Function<TypeExpr, Optional<String>> text;

        Event(int kind, Ty ty, String name, Span span, TypeExpr te, Function<TypeExpr, Optional<String>> text) {
            this.kind = kind;
            this.ty = ty;
            this.name = name;
            this.span = span;
            this.te = te;
            this.text = text;
        }
    }

    private static final int DEFINITION = 0;
    private static final int ALIAS = 1;
    private static final int WRITTEN = 2;

    private final NamedTypesBuilder builder;
    private final BlockingQueue<Event[]> queue = new LinkedBlockingQueue<>();
    private final Thread worker;
    private volatile Throwable failure;
    private Event[] batch = new Event[BATCH];
    private int filled;
    private List<NamedType> result;

    public PipedNamedTypes(NamedTypesBuilder builder) {
        this.builder = builder;
        this.worker = new Thread(new Drain(), "rustmem-named-types");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void definition(Ty ty, String name, Span span) {
        add(new Event(DEFINITION, ty, name, span, null, null));
    }

    @Override
    public void alias(Ty ty, String name, Span span) {
        add(new Event(ALIAS, ty, name, span, null, null));
    }

    @Override
    public void written(Ty ty, TypeExpr te, Function<TypeExpr, Optional<String>> text) {
        add(new Event(WRITTEN, ty, null, null, te, text));
    }

    private void add(Event e) {
        batch[filled++] = e;
        if (filled == batch.length) {
            send();
        }
    }

    private void send() {
        queue.add(filled == batch.length ? batch : java.util.Arrays.copyOf(batch, filled));
        batch = new Event[BATCH];
        filled = 0;
    }

    /** Waits for the builder to take every type sent, and returns its result. */
    @Override
    public List<NamedType> result() {
        if (result == null) {
            if (filled > 0) {
                send();
            }
            queue.add(END);
            boolean interrupted = false;
            while (true) {
                try {
                    worker.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            Throwable t = failure;
            if (t instanceof RuntimeException re) {
                throw re;
            } else if (t != null) {
                throw (Error) t;
            }
            result = builder.result();
        }
        return result;
    }

    /** The worker: batches in order until {@link #END}. */
    private final class Drain implements Runnable {
        @Override
        public void run() {
            try {
                while (true) {
                    Event[] bt = take();
                    if (bt == END) {
                        return;
                    }
                    for (int i = 0; i < bt.length; i++) {
                        pass(bt[i]);
                    }
                }
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }

        /** One call per event: compiled early, where the loop above would run interpreted for long. */
        private void pass(Event e) {
            if (e.kind == WRITTEN) {
                builder.written(e.ty, e.te, e.text);
            } else if (e.kind == DEFINITION) {
                builder.definition(e.ty, e.name, e.span);
            } else {
                builder.alias(e.ty, e.name, e.span);
            }
        }

        private Event[] take() {
            while (true) {
                try {
                    return queue.take();
                } catch (InterruptedException e) {
                    // only the JVM's shutdown would interrupt a daemon: keep draining
                }
            }
        }
    }
}
