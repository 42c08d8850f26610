package org.openfse.core.rights;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer of {@link AdriRightsService}: the rights status (whose {@link RightsStatus#source()}
 * says card or ADRi), what happened with ADRi, and a French message for the user when ADRi was
 * wanted but could not answer.
 *
 * @param status the rights on the day of care; source {@code ADRI} when ADRi answered, {@code CARD} otherwise
 * @param outcome what happened with ADRi
 * @param adri the ADRi answer, when it was queried successfully
 * @param message French text for the user when {@code outcome} is not {@code QUERIED} nor {@code NOT_QUERIED}
 * @since 1.1
 */
public record RightsAnswer(RightsStatus status, Outcome outcome, Optional<AdriResponse> adri, Optional<String> message) {

    public RightsAnswer {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(adri, "adri");
        Objects.requireNonNull(message, "message");
    }

    /** What happened with ADRi. */
    public enum Outcome {
        /** ADRi answered; the status comes from it. */
        QUERIED,
        /** The mode did not call for ADRi on this occasion; the status comes from the card. */
        NOT_QUERIED,
        /**
         * The day of care lies outside the one-year-back window of a query made today (or after
         * today): ADRi cannot answer for it; the status comes from the card.
         */
        ACT_OUT_OF_WINDOW,
        /** The régime does not know the beneficiary; the status comes from the card. */
        UNKNOWN_BENEFICIARY,
        /** No ADRi server, the régime has none, or it failed; the status comes from the card. */
        UNAVAILABLE
    }
}
