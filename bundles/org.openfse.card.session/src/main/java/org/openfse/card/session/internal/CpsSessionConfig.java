package org.openfse.card.session.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration PID {@value CpsSessionService#PID}: when the CPS PIN is asked (seed 002, "Demande du
 * code CPS": at the first use of the card reader in the day, and at each transmission).
 *
 * <p>The build does not generate metatype from these annotations, so the same definition is written
 * in {@code OSGI-INF/metatype/org.openfse.card.session.xml}; {@code CpsSessionMetatypeTest} checks that
 * both agree.
 */
@ObjectClassDefinition(id = CpsSessionService.PID, name = "%session.name", description = "%session.description",
        localization = "OSGI-INF/l10n/metatype")
@interface CpsSessionConfig {

    /** Ask the PIN at the first card use of the day (then the session keeps the CPS). */
    @AttributeDefinition(name = "%askPinAtFirstUseOfDay.name", description = "%askPinAtFirstUseOfDay.description", required = false)
    boolean askPinAtFirstUseOfDay() default true;

    /** Ask the PIN again before each transmission, even with a session open. */
    @AttributeDefinition(name = "%askPinAtTransmission.name", description = "%askPinAtTransmission.description", required = false)
    boolean askPinAtTransmission() default true;
}
