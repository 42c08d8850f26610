package org.openfse.core.rights;

import org.osgi.annotation.versioning.ProviderType;

/**
 * AMO rights with ADRi (DOMAIN.md, "Rights"; seed 002). The reference SESAM engine provides it and
 * asks the highest-ranked {@link AdriGateway} (the payer simulator in the demo).
 *
 * <p>Rules:
 * <ol>
 * <li>{@link AdriMode#queries(AdriTrigger, boolean)} decides whether ADRi is asked (automatique: stale
 * card, tiers payant, billing, request; systématique: always; manuel: on request only).</li>
 * <li>ADRi answers for one year back from {@code today}, {@code today} included
 * ({@link org.openfse.core.Period#yearBefore}). A day of care outside that window (older than a year,
 * or after today) is not asked: {@link RightsAnswer.Outcome#ACT_OUT_OF_WINDOW}.</li>
 * <li>When ADRi answers, the status is OPEN with the covering period, or CLOSED, source ADRI.</li>
 * <li>Otherwise the card's periods answer (as {@link RightsService}), source CARD, with a French
 * message saying why ADRi did not.</li>
 * </ol>
 * Nothing is cached: an answer is valid on the day it was asked ({@link AdriResponse#currentOn}).
 *
 * @since 1.1
 */
@ProviderType
public interface AdriRightsService {

    /** The rights on the day of care, asking ADRi when the mode calls for it. Never throws for ADRi failures. */
    RightsAnswer rights(RightsQuery query);

    /** The French label of an ADRi mode ("Appel ciblé", "Appel systématique", "Appel manuel"). */
    String label(AdriMode mode);
}
