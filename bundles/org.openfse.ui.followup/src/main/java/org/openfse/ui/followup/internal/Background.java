package org.openfse.ui.followup.internal;

import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Widget;

/**
 * Runs the work of a screen in a {@link Job} (never on the UI thread) and brings the result or the
 * failure back to the UI thread, unless the screen was closed meanwhile. A failure is logged in
 * English with its cause and shown in French.
 */
final class Background {

    private static final System.Logger LOG = System.getLogger(Background.class.getName());

    private final UISynchronize sync;
    private final Widget owner;

    Background(UISynchronize sync, Widget owner) {
        this.sync = sync;
        this.owner = owner;
    }

    /** Progress reported by the work: step done of total, with a French message. */
    interface Progress {
        void worked(int done, int total, String message);
    }

    <R> void run(String name, Function<Progress, R> work, Consumer<R> done, Consumer<String> failed, Progress onUi) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(name, IProgressMonitor.UNKNOWN);
                Progress progress = (step, total, message) -> {
                    monitor.subTask(message);
                    ui(() -> onUi.worked(step, total, message));
                };
                try {
                    R result = work.apply(progress);
                    ui(() -> done.accept(result));
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.ERROR, name + " failed", e);
                    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    ui(() -> failed.accept(message));
                } finally {
                    monitor.done();
                }
                return Status.OK_STATUS;
            }
        };
        job.setUser(false);
        job.schedule();
    }

    <R> void run(String name, java.util.function.Supplier<R> work, Consumer<R> done, Consumer<String> failed) {
        run(name, progress -> work.get(), done, failed, (a, b, c) -> { });
    }

    /**
     * Like {@link #run(String, java.util.function.Supplier, Consumer, Consumer)} for a list that is
     * searched again and again: only the answer to the latest search of {@code list} is shown, an
     * older one finishing later is dropped.
     */
    <R> void latest(String list, java.util.function.Supplier<R> work, Consumer<R> done, Consumer<String> failed) {
        long ticket = searches.computeIfAbsent(list, key -> new java.util.concurrent.atomic.AtomicLong()).incrementAndGet();
        java.util.function.BooleanSupplier current = () -> searches.get(list).get() == ticket;
        run(list, work, result -> {
            if (current.getAsBoolean()) {
                done.accept(result);
            }
        }, message -> {
            if (current.getAsBoolean()) {
                failed.accept(message);
            }
        });
    }

    private final java.util.Map<String, java.util.concurrent.atomic.AtomicLong> searches = new java.util.concurrent.ConcurrentHashMap<>();

    private void ui(Runnable runnable) {
        sync.asyncExec(() -> {
            if (!owner.isDisposed()) {
                runnable.run();
            }
        });
    }
}
