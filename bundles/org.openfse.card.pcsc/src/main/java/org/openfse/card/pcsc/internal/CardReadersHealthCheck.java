package org.openfse.card.pcsc.internal;

import org.openfse.core.card.CardReaderService;
import org.openfse.core.health.HealthCheck;
import org.openfse.core.health.HealthResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * "Lecteurs de cartes": the readers the PC/SC driver sees, or why it sees none (pcscd not running,
 * nothing plugged in, pcscd restarted under a JVM that cannot reconnect).
 */
@Component(service = HealthCheck.class)
public final class CardReadersHealthCheck implements HealthCheck {

    static final int ORDER = 50;

    private final PcscContext context;
    private final CardReaderService driver;
    private final boolean demoMode;

    /** Reads the run mode from the framework property {@code openfse.mode} (absent: demo, as on first start). */
    @Activate
    public CardReadersHealthCheck(@Reference PcscContext context,
            @Reference(target = "(" + CardReaderService.DRIVER_PROPERTY + "=" + PcscCardReaderService.DRIVER_ID + ")") CardReaderService driver) {
        this(context, driver, !"production".equals(System.getProperty("openfse.mode", "demo").trim().toLowerCase(java.util.Locale.ROOT)));
    }

    CardReadersHealthCheck(PcscContext context, CardReaderService driver, boolean demoMode) {
        this.context = context;
        this.driver = driver;
        this.demoMode = demoMode;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public HealthResult run() {
        return ReadersCheck.run(context, driver::readers, demoMode);
    }
}
