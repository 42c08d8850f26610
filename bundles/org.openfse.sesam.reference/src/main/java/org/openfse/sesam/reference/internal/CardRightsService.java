package org.openfse.sesam.reference.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openfse.core.Period;
import org.openfse.core.card.Beneficiary;
import org.openfse.core.rights.RightsService;
import org.openfse.core.rights.RightsStatus;
import org.openfse.core.rights.RightsStatus.Source;
import org.openfse.core.rights.RightsStatus.State;
import org.osgi.service.component.annotations.Component;

/**
 * AMO rights from the periods carried by the card (DOMAIN.md, "Rights"): OPEN with the first
 * period, in card order, that contains the day of care; CLOSED when the card holds periods but
 * none contains it; UNKNOWN when it holds none. The source is always {@link Source#CARD}.
 *
 * <p>It makes no ADRi query: an engine that provides ADRi registers its own {@link RightsService}.
 */
@Component(service = RightsService.class)
public final class CardRightsService implements RightsService {

    @Override
    public RightsStatus rightsOn(Beneficiary beneficiary, LocalDate careDay) {
        Objects.requireNonNull(beneficiary, "beneficiary");
        Objects.requireNonNull(careDay, "careDay");
        List<Period> periods = beneficiary.rights();
        if (periods.isEmpty()) {
            return new RightsStatus(State.UNKNOWN, Optional.empty(), Source.CARD);
        }
        return periods.stream()
                .filter(period -> period.contains(careDay))
                .findFirst()
                .map(period -> new RightsStatus(State.OPEN, Optional.of(period), Source.CARD))
                .orElseGet(() -> new RightsStatus(State.CLOSED, Optional.empty(), Source.CARD));
    }
}
