package org.openfse.sesam.reference.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openfse.core.Period;
import org.openfse.core.rights.AdriException;
import org.openfse.core.rights.AdriGateway;
import org.openfse.core.rights.AdriMode;
import org.openfse.core.rights.AdriQuery;
import org.openfse.core.rights.AdriResponse;
import org.openfse.core.rights.AdriRightsService;
import org.openfse.core.rights.RightsAnswer;
import org.openfse.core.rights.RightsAnswer.Outcome;
import org.openfse.core.rights.RightsQuery;
import org.openfse.core.rights.RightsStatus;
import org.openfse.core.rights.RightsStatus.Source;
import org.openfse.core.rights.RightsStatus.State;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Rights with ADRi (DOMAIN.md, "Rights"; seed 002), following the rules of {@link AdriRightsService}:
 * the mode decides whether to ask; a day of care outside one year back from today is not asked; a
 * failed or refused query falls back to the card's periods with a French message. The highest-ranked
 * {@link AdriGateway} answers (the payer simulator in the demo); without one, ADRi is unavailable.
 */
@Component(service = AdriRightsService.class)
public final class AdriRightsResolver implements AdriRightsService {

    private static final Logger LOG = Logger.getLogger(AdriRightsResolver.class.getName());

    private final Optional<AdriGateway> gateway;
    private final Messages messages;

    @Activate
    public AdriRightsResolver(@Reference(name = "gateway", cardinality = ReferenceCardinality.OPTIONAL,
            policyOption = ReferencePolicyOption.GREEDY) AdriGateway gateway) {
        this(Optional.ofNullable(gateway), Messages.load());
    }

    AdriRightsResolver(Optional<AdriGateway> gateway, Messages messages) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public RightsAnswer rights(RightsQuery query) {
        Objects.requireNonNull(query, "query");
        LocalDate act = query.actDay();
        RightsStatus card = cardStatus(query.beneficiary().rights(), act);
        if (!query.mode().queries(query.trigger(), card.state() == State.OPEN)) {
            return new RightsAnswer(card, Outcome.NOT_QUERIED, Optional.empty(), Optional.empty());
        }
        Period window = Period.yearBefore(query.today());
        if (!window.contains(act)) {
            LOG.info(() -> "ADRi not asked: act day " + act + " outside the window " + window.from() + ".." + query.today());
            return fallback(card, Outcome.ACT_OUT_OF_WINDOW, messages.format("adri.outOfWindow", Messages.day(act),
                    Messages.day(window.from()), Messages.day(query.today())));
        }
        if (gateway.isEmpty()) {
            LOG.warning("ADRi unavailable: no AdriGateway service is registered");
            return fallback(card, Outcome.UNAVAILABLE, messages.format("adri.unavailable"));
        }
        try {
            AdriResponse response = gateway.get().query(new AdriQuery(query.insuredNir(), query.beneficiary(), query.today()));
            RightsStatus status = response.rights().stream()
                    .filter(p -> p.contains(act))
                    .findFirst()
                    .map(p -> new RightsStatus(State.OPEN, Optional.of(p), Source.ADRI))
                    .orElseGet(() -> new RightsStatus(State.CLOSED, Optional.empty(), Source.ADRI));
            return new RightsAnswer(status, Outcome.QUERIED, Optional.of(response), Optional.empty());
        } catch (AdriException e) {
            LOG.log(Level.WARNING, "ADRi query failed (" + e.reason() + "): " + e.getMessage());
            return e.reason() == AdriException.Reason.UNKNOWN_BENEFICIARY
                    ? fallback(card, Outcome.UNKNOWN_BENEFICIARY, messages.format("adri.unknownBeneficiary"))
                    : fallback(card, Outcome.UNAVAILABLE, messages.format("adri.unavailable"));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "ADRi gateway failed", e);
            return fallback(card, Outcome.UNAVAILABLE, messages.format("adri.unavailable"));
        }
    }

    @Override
    public String label(AdriMode mode) {
        return messages.format("AdriMode." + mode.name());
    }

    private static RightsAnswer fallback(RightsStatus card, Outcome outcome, String message) {
        return new RightsAnswer(card, outcome, Optional.empty(), Optional.of(message));
    }

    private static RightsStatus cardStatus(List<Period> periods, LocalDate day) {
        if (periods.isEmpty()) {
            return new RightsStatus(State.UNKNOWN, Optional.empty(), Source.CARD);
        }
        return periods.stream().filter(p -> p.contains(day)).findFirst()
                .map(p -> new RightsStatus(State.OPEN, Optional.of(p), Source.CARD))
                .orElseGet(() -> new RightsStatus(State.CLOSED, Optional.empty(), Source.CARD));
    }
}
