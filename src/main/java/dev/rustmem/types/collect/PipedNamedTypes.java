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
    private static final Object DEFINITION = new Object();
    private static final Object ALIAS = new Object();
    private static final Object WRITTEN = new Object();
    private static final Object[] END = new Object[0];

    private final NamedTypesBuilder builder;
    private final BlockingQueue<Object[]> queue = new LinkedBlockingQueue<>();
    private final Thread worker;
    private volatile Throwable failure;
    /** Events of the batch being filled: kind, type, name or written type, span or text function. */
    private Object[] batch = new Object[4 * BATCH];
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
        add(DEFINITION, ty, name, span);
    }

    @Override
    public void alias(Ty ty, String name, Span span) {
        add(ALIAS, ty, name, span);
    }

    @Override
    public void written(Ty ty, TypeExpr te, Function<TypeExpr, Optional<String>> text) {
        add(WRITTEN, ty, te, text);
    }

    private void add(Object kind, Ty ty, Object a, Object b) {
        Object[] bt = batch;
        int i = filled;
        bt[i] = kind;
        bt[i + 1] = ty;
        bt[i + 2] = a;
        bt[i + 3] = b;
        filled = i + 4;
        if (filled == bt.length) {
            send();
        }
    }

    private void send() {
        Object[] full = batch;
        if (filled < full.length) {
            full = java.util.Arrays.copyOf(full, filled);
        }
        queue.add(full);
        batch = new Object[4 * BATCH];
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
        @SuppressWarnings("unchecked")
        public void run() {
            try {
                while (true) {
                    Object[] bt = take();
                    if (bt == END) {
                        return;
                    }
                    for (int i = 0; i < bt.length; i += 4) {
                        Ty ty = (Ty) bt[i + 1];
                        if (bt[i] == WRITTEN) {
                            builder.written(ty, (TypeExpr) bt[i + 2], (Function<TypeExpr, Optional<String>>) bt[i + 3]);
                        } else if (bt[i] == DEFINITION) {
                            builder.definition(ty, (String) bt[i + 2], (Span) bt[i + 3]);
                        } else {
                            builder.alias(ty, (String) bt[i + 2], (Span) bt[i + 3]);
                        }
                    }
                }
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }

        private Object[] take() {
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
