package org.openfse.core.rights;

/**
 * When ADRi (acquisition des droits intégrée) queries the régime (seed 002, "Paramétrage du PS":
 * Appel ciblé / Appel systématique / Appel manuel). The constant names are those of the model's
 * {@code AdriMode} (PractitionerSettings.adriMode), so {@code AdriMode.valueOf(settings.getAdriMode().name())}
 * converts.
 *
 * @since 1.1
 */
public enum AdriMode {
    /** Appel ciblé (default): when the card is stale, at tiers-payant entry, at billing, on request. */
    AUTOMATIC,
    /** Appel systématique: at every occasion, card reads included. */
    SYSTEMATIC,
    /** Appel manuel: only when the user presses the ADRi button. */
    MANUAL;

    /**
     * Whether ADRi is queried on this occasion in this mode.
     *
     * @param trigger the occasion
     * @param cardShowsOpenRights whether the card's own periods show open rights on the day of care
     *        (a card that does not is "périmée" and triggers the automatic mode on a card read)
     */
    public boolean queries(AdriTrigger trigger, boolean cardShowsOpenRights) {
        return switch (this) {
            case SYSTEMATIC -> true;
            case MANUAL -> trigger == AdriTrigger.MANUAL_REQUEST;
            case AUTOMATIC -> trigger != AdriTrigger.CARD_READ || !cardShowsOpenRights;
        };
    }
}
