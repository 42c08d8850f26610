package org.openfse.simulator.internal.adri;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openfse.core.Period;
import org.openfse.core.card.Beneficiary;
import org.openfse.core.card.ExemptionPeriod;
import org.openfse.core.rights.AdriException;
import org.openfse.core.rights.AdriGateway;
import org.openfse.core.rights.AdriQuery;
import org.openfse.core.rights.AdriResponse;
import org.osgi.service.component.annotations.Component;

/**
 * The ADRi server of the "Caisse de TEST" ({@link AdriRecords}). It answers for régime 01 only, finds
 * the beneficiary by the insured NIR, birth date and rank, and clips every period to one year back
 * from the query day (seed 002). Ranked low: a certified engine's real gateway wins.
 */
@Component(service = AdriGateway.class, property = {AdriGateway.ID_PROPERTY + "=simulator",
        "service.ranking:Integer=-100"})
public final class SimulatedAdriGateway implements AdriGateway {

    private static final String GENERAL_REGIME = "01";

    @Override
    public AdriResponse query(AdriQuery query) throws AdriException {
        Objects.requireNonNull(query, "query");
        Beneficiary beneficiary = query.beneficiary();
        if (!GENERAL_REGIME.equals(beneficiary.amoRegime())) {
            throw new AdriException(AdriException.Reason.REGIME_NOT_SUPPORTED,
                    "the simulated caisse answers for régime 01 only, not " + beneficiary.amoRegime());
        }
        AdriRecords.Entry entry = AdriRecords.ENTRIES.get(AdriRecords.key(query.insuredNir().body(),
                beneficiary.birthDate(), beneficiary.birthRank()));
        if (entry == null) {
            throw new AdriException(AdriException.Reason.UNKNOWN_BENEFICIARY, "no beneficiary born "
                    + beneficiary.birthDate() + " rank " + beneficiary.birthRank() + " for this insured NIR");
        }
        Period window = query.window();
        List<Period> rights = entry.rights().stream().flatMap(p -> clip(p, window).stream()).toList();
        List<ExemptionPeriod> exemptions = entry.exemptions().stream()
                .flatMap(e -> clip(e.period(), window).map(p -> new ExemptionPeriod(p, e.ald(), e.situation())).stream())
                .toList();
        return new AdriResponse(query.queryDay(), window, entry.regime(), entry.fund(), entry.centre(), rights,
                entry.amoService(), exemptions, entry.alsaceMoselle(), entry.maternityEnd());
    }

    /** The part of {@code period} inside {@code window}, if any. */
    static Optional<Period> clip(Period period, Period window) {
        LocalDate windowEnd = window.to().orElseThrow();
        LocalDate from = period.from().isBefore(window.from()) ? window.from() : period.from();
        LocalDate to = period.to().filter(end -> end.isBefore(windowEnd)).orElse(windowEnd);
        return from.isAfter(to) ? Optional.empty() : Optional.of(Period.of(from, to));
    }
}
