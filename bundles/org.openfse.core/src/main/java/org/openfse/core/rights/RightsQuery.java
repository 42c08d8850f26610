package org.openfse.core.rights;

import java.time.LocalDate;
import java.util.Objects;
import org.openfse.core.Nir;
import org.openfse.core.card.Beneficiary;

/**
 * A question to {@link AdriRightsService}: are the beneficiary's AMO rights open on the day of care,
 * asked on this occasion under the practitioner's ADRi mode.
 *
 * @param insuredNir the NIR of the insured person who holds the card
 * @param beneficiary as read from the card or the folder (its periods are the card's answer)
 * @param actDay the day of care
 * @param today the day of the question (ADRi covers one year back from it)
 * @param mode the practitioner's ADRi mode (model PractitionerSettings.adriMode)
 * @param trigger the occasion
 * @since 1.1
 */
public record RightsQuery(Nir insuredNir, Beneficiary beneficiary, LocalDate actDay, LocalDate today, AdriMode mode,
        AdriTrigger trigger) {
    public RightsQuery {
        Objects.requireNonNull(insuredNir, "insuredNir");
        Objects.requireNonNull(beneficiary, "beneficiary");
        Objects.requireNonNull(actDay, "actDay");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(trigger, "trigger");
    }
}
