package org.openfse.transmission.internal.exchange;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.openfse.core.lot.LotService;
import org.openfse.core.returns.ReturnImport;
import org.openfse.core.transport.ExchangeProgress;
import org.openfse.core.transport.ExchangeReport;
import org.openfse.core.transport.ExchangeService;
import org.openfse.core.transport.TransportRegistry;
import org.openfse.core.transport.TransportRouter;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * "Envoyer et recevoir" ({@link ExchangeEngine}). Received files go to {@code <data>/inbox}, the
 * data folder being the framework property {@code openfse.data} (else {@code ~/.openfse}). NOEMIE
 * returns go to the returns import when it is installed, else they wait in {@code inbox/new}.
 */
@Component(service = ExchangeService.class)
public final class ExchangeServiceImpl implements ExchangeService {

    private final ExchangeEngine engine;
    private volatile ReturnImport returnImport;

    @Activate
    public ExchangeServiceImpl(@Reference LotService lots, @Reference TransportRegistry transports,
            @Reference TransportRouter router, BundleContext context) {
        this.engine = new ExchangeEngine(lots, transports, router,
                dataFolder(context.getProperty("openfse.data"), System.getProperty("user.home")).resolve("inbox"),
                () -> Optional.ofNullable(returnImport), "system", Clock.systemUTC(), Checkpoint.NONE);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setReturnImport(ReturnImport service) {
        returnImport = service;
    }

    void unsetReturnImport(ReturnImport service) {
        if (returnImport == service) {
            returnImport = null;
        }
    }

    static Path dataFolder(String configured, String userHome) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.strip()).toAbsolutePath().normalize();
        }
        return Path.of(userHome, ".openfse").toAbsolutePath().normalize();
    }

    @Override
    public ExchangeReport sendAndReceive(ExchangeProgress progress) {
        ExchangeReport sent = engine.send(progress);
        ExchangeReport received = engine.receive(progress);
        return new ExchangeReport(sent.lots(), received.received(), received.problems());
    }

    @Override
    public ExchangeReport send(ExchangeProgress progress) {
        return engine.send(progress);
    }

    @Override
    public ExchangeReport receive(ExchangeProgress progress) {
        return engine.receive(progress);
    }
}
