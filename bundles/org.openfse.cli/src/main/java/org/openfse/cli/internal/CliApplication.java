package org.openfse.cli.internal;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.openfse.core.command.CliCommand;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Entry point of {@code openfse cli}. Equinox creates this class from the extension registry, not
 * from DS, so it is the one place that bridges to the service registry: it waits for the
 * {@link CommandDispatcher} component and hands it the arguments. Everything else is DS.
 */
public final class CliApplication implements IApplication {

    private static final long SERVICE_TIMEOUT_SECONDS = 30;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        context.applicationRunning();
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        BundleContext bundleContext = FrameworkUtil.getBundle(CliApplication.class).getBundleContext();
        ServiceTracker<CommandDispatcher, CommandDispatcher> tracker = new ServiceTracker<>(bundleContext, CommandDispatcher.class, null);
        tracker.open();
        try {
            CommandDispatcher dispatcher = tracker.waitForService(TimeUnit.SECONDS.toMillis(SERVICE_TIMEOUT_SECONDS));
            if (dispatcher == null) {
                System.err.println(CliMessages.get("cli.noDispatcher"));
                return Integer.valueOf(CliCommand.FAILED);
            }
            int code = dispatcher.dispatch(List.of(args), System.out, System.err);
            System.out.flush();
            return Integer.valueOf(code);
        } finally {
            tracker.close();
        }
    }

    @Override
    public void stop() {
        // Nothing to release: commands run to completion in start().
    }
}
