package org.openfse.testing.e4;

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
 * and the model fragments of whatever specialty UI bundles are installed) running on its own UI
 * thread, so that a test thread can drive it like a user through
 * {@link org.openfse.testing.swt.SwtDriver}. SWT on GTK accepts any thread as the UI thread, as
 * long as it is the only one.
 */
public final class RunningWorkbench implements AutoCloseable {

    /** The branding properties of the product {@code org.openfse.ui.product} (org.openfse.ui/plugin.xml). */
    public static final Map<String, String> BRANDING = Map.of(
            "applicationXMI", "org.openfse.ui/Application.e4xmi",
            "applicationCSS", "platform:/plugin/org.openfse.ui/css/openfse.css",
            "appName", "OpenFSE",
            "clearPersistedState", "true");

    private final E4Application application = new E4Application();
    private final CompletableFuture<Display> display = new CompletableFuture<>();
    private final CompletableFuture<Object> exit = new CompletableFuture<>();

    private RunningWorkbench() {
    }

    /** Starts the workbench on a new daemon thread {@code openfse-ui}; returns at once. */
    public static RunningWorkbench start() {
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

    /** The workbench's display, once created. */
    public Display display(Duration timeout) throws Exception {
        return display.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether the UI loop ended with an error, for diagnostics. */
    public boolean failed() {
        return exit.isCompletedExceptionally();
    }

    /** Closes the workbench as Fichier > Quitter does and waits for its UI loop to end. */
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

        private final Bundle branding = brandingBundle();

        private static Bundle brandingBundle() {
            for (Bundle bundle : FrameworkUtil.getBundle(E4Application.class).getBundleContext().getBundles()) {
                if ("org.openfse.ui".equals(bundle.getSymbolicName())) {
                    return bundle;
                }
            }
            throw new IllegalStateException("org.openfse.ui is not installed");
        }

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
