package org.openfse.ui.internal.invoice;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import org.eclipse.e4.core.di.extensions.Service;
import org.openfse.core.billing.BillingService;
import org.openfse.core.card.CardReaderService;
import org.openfse.core.card.CpsSession;
import org.openfse.core.rights.AdriRightsService;
import org.openfse.core.sesam.RateCheckService;
import org.openfse.core.store.Store;
import org.openfse.core.tariff.TariffEngine;
import org.openfse.refdata.ReferenceData;
import org.openfse.ui.api.LppCatalog;
import org.openfse.ui.internal.CardDrivers;
import org.openfse.ui.internal.RunMode;

/**
 * The OSGi services an invoice screen uses, injected by e4 (dynamic: a service that comes or goes
 * is seen at the next use). Made with {@code ContextInjectionFactory.make} from the part's context.
 */
public final class InvoiceServices {

    private volatile TariffEngine tariff;
    private volatile BillingService billing;
    private volatile RateCheckService rates;
    private volatile Store store;
    private volatile CpsSession session;
    private volatile List<CardReaderService> drivers = List.of();
    private volatile ReferenceData referenceData;
    private volatile AdriRightsService adri;
    private final Map<LocalDate, LppCatalog> catalogs = new ConcurrentHashMap<>();

    @Inject
    void setTariff(@org.eclipse.e4.core.di.annotations.Optional @Service TariffEngine value) {
        tariff = value;
    }

    @Inject
    void setBilling(@org.eclipse.e4.core.di.annotations.Optional @Service BillingService value) {
        billing = value;
    }

    @Inject
    void setRates(@org.eclipse.e4.core.di.annotations.Optional @Service RateCheckService value) {
        rates = value;
    }

    @Inject
    void setStore(@org.eclipse.e4.core.di.annotations.Optional @Service Store value) {
        store = value;
    }

    @Inject
    void setSession(@org.eclipse.e4.core.di.annotations.Optional @Service CpsSession value) {
        session = value;
    }

    @Inject
    void setDrivers(@org.eclipse.e4.core.di.annotations.Optional @Service List<CardReaderService> value) {
        drivers = value == null ? List.of() : List.copyOf(value);
    }

    @Inject
    void setReferenceData(@org.eclipse.e4.core.di.annotations.Optional @Service ReferenceData value) {
        referenceData = value;
        catalogs.clear();
    }

    @Inject
    void setAdri(@org.eclipse.e4.core.di.annotations.Optional @Service AdriRightsService value) {
        adri = value;
    }

    /** Rights with ADRi (acquisition des droits intégrée), when a SESAM engine provides it. */
    public Optional<AdriRightsService> adri() {
        return Optional.ofNullable(adri);
    }

    public Optional<TariffEngine> tariff() {
        return Optional.ofNullable(tariff);
    }

    public Optional<BillingService> billing() {
        return Optional.ofNullable(billing);
    }

    public Optional<RateCheckService> rates() {
        return Optional.ofNullable(rates);
    }

    public Optional<Store> store() {
        return Optional.ofNullable(store);
    }

    public Optional<CpsSession> session() {
        return Optional.ofNullable(session);
    }

    /** The card driver the screens use (demo cards in demo mode). */
    public Optional<CardReaderService> driver() {
        return CardDrivers.choose(drivers, RunMode.current());
    }

    /** The optical LPP codes in force on a day, loaded once per day from the reference data. */
    public Optional<LppCatalog> lppCatalog(LocalDate day) {
        ReferenceData data = referenceData;
        if (data == null) {
            return Optional.empty();
        }
        return Optional.of(catalogs.computeIfAbsent(day, d -> LppCatalog.optics(data, d)));
    }
}
