package org.openfse.ui.tests;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The real OpenFSE workbench (E4Application with the product's branding: Application.e4xmi, CSS,
 * model fragments of the installed specialty bundles) running on its own UI thread, so that the
 * test thread can drive it like a user through {@code SwtDriver}.
 */
final class RunningWorkbench implements AutoCloseable {

    private static final Map<String, String> BRANDING = Map.of(
            "applicationXMI", "org.openfse.ui/Application.e4xmi",
            "applicationCSS", "platform:/plugin/org.openfse.ui/css/openfse.css",
            "appName", "OpenFSE",
            "clearPersistedState", "true");

    private final E4Application application = new E4Application();
    private final CompletableFuture<Display> display = new CompletableFuture<>();
    private final CompletableFuture<Object> exit = new CompletableFuture<>();

    private RunningWorkbench() {
    }

    static RunningWorkbench start() {
        RunningWorkbench workbench = new RunningWorkbench();
        Thread ui = new Thread(workbench::runUi, "openfse-ui");
        ui.setDaemon(true);
        ui.start();
        return workbench;
    }

    private void runUi() {
        try {
            // E4Application takes Display.getDefault(): creating it here makes this thread the UI thread.
            display.complete(new Display());
            exit.complete(application.start(new Context()));
        } catch (Throwable e) {
            display.completeExceptionally(e);
            exit.completeExceptionally(e);
        }
    }

    Display display(Duration timeout) throws Exception {
        return display.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether the UI loop ended with an error, for diagnostics. */
    boolean failed() {
        return exit.isCompletedExceptionally();
    }

    @Override
    public void close() throws Exception {
        Display current = display.getNow(null);
        if (current != null && !current.isDisposed()) {
            current.syncExec(application::stop);
            exit.get(30, TimeUnit.SECONDS);
        }
    }

    /** The branding a product launch would give. */
    private static final class Context implements IApplicationContext {

        private final Bundle branding = FrameworkUtil.getBundle(RunningWorkbench.class);

        @Override
        public Map<String, Object> getArguments() {
            return Map.of(IApplicationContext.APPLICATION_ARGS, new String[] {"-clearPersistedState"});
        }

        @Override
        public void applicationRunning() {
            // no splash screen
        }

        @Override
        public String getBrandingApplication() {
            return "org.eclipse.e4.ui.workbench.swt.E4Application";
        }

        @Override
        public String getBrandingName() {
            return "OpenFSE";
        }

        @Override
        public String getBrandingDescription() {
            return "OpenFSE";
        }

        @Override
        public String getBrandingId() {
            return "org.openfse.ui.product";
        }

        @Override
        public String getBrandingProperty(String key) {
            return BRANDING.get(key);
        }

        @Override
        public Bundle getBrandingBundle() {
            return branding;
        }

        @Override
        public void setResult(Object result, IApplication application) {
            // the result is read from start()
        }
    }
}
