package org.openfse.card.pcsc.internal;

import javax.smartcardio.TerminalFactory;
import org.openfse.core.health.HealthCheck;
import org.openfse.core.health.HealthResult;
import org.osgi.service.component.annotations.Component;

/**
 * "Lecteurs de cartes". It scans PC/SC itself rather than calling the driver service, because
 * the driver answers "no reader" both when pcscd is down and when nothing is plugged in, and the
 * check must tell the two apart.
 */
@Component(service = HealthCheck.class)
public final class CardReadersHealthCheck implements HealthCheck {

    static final int ORDER = 50;

    private final PcscTerminals terminals =
            new PcscTerminals(TerminalFactory::getDefault, AtrClassifier.installed(), PcscCardReaderService.DRIVER_ID);

    private final boolean demoMode;

    /** Reads the run mode from the framework property {@code openfse.mode} (absent: demo, as on first start). */
    public CardReadersHealthCheck() {
        this(!"production".equals(System.getProperty("openfse.mode", "demo").trim().toLowerCase(java.util.Locale.ROOT)));
    }

    CardReadersHealthCheck(boolean demoMode) {
        this.demoMode = demoMode;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public HealthResult run() {
        return ReadersCheck.run(terminals, demoMode);
    }
}
