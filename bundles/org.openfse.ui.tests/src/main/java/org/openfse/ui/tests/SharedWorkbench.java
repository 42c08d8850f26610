package org.openfse.ui.tests;

import java.time.Duration;
import org.openfse.testing.e4.RunningWorkbench;
import org.openfse.testing.swt.SwtDriver;
import org.openfse.ui.api.UiIds;

/**
 * The one workbench of this test run, shared by the test classes: an E4 workbench started a second
 * time in the same JVM misses its model fragments and its event handlers, so it is started once,
 * by the first class that needs it, and ends with the test JVM (its UI thread is a daemon).
 */
final class SharedWorkbench {

    private static RunningWorkbench workbench;
    private static SwtDriver driver;

    private SharedWorkbench() {
    }

    /** The driver of the running workbench, starting it and waiting for its window the first time. */
    static synchronized SwtDriver driver() throws Exception {
        if (driver == null) {
            workbench = RunningWorkbench.start();
            driver = new SwtDriver(workbench.display(Duration.ofSeconds(60)), UiIds.WIDGET_KEY, Duration.ofSeconds(30));
            driver.waitForShell("OpenFSE");
        }
        return driver;
    }
}
