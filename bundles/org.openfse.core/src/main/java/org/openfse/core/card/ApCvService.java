package org.openfse.core.card;

import java.time.Duration;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Reads a patient's Vitale data through the "application carte Vitale" (ApCV) on their phone,
 * instead of the physical card.
 *
 * <p>OpenFSE ships no implementation: ApCV needs a provider approved by the GIE SESAM-Vitale and its
 * online services. A provider bundle registers this service; until one does, screens say that ApCV
 * is not available and offer the physical card. A registered provider that cannot work now (no
 * network, enrolment missing) answers {@code false} to {@link #available()} and fails reads with
 * {@link CardException.Reason#NOT_AVAILABLE}.
 *
 * @since 1.1
 */
@ConsumerType
public interface ApCvService {

    /** Service property naming the provider. */
    String PROVIDER_PROPERTY = "openfse.apcv.provider";

    /** Stable identifier of the provider. */
    String providerId();

    /** Whether the service can be used now. May block briefly; never call on the UI thread. */
    boolean available();

    /**
     * Waits for the patient to present the app and returns the Vitale data it gives. The data has the
     * shape of a card read; its {@link VitaleCard#kind()} says what the provider knows.
     *
     * @param practitioner the authenticated CPS that vouches for the request
     * @param timeout how long to wait for the patient
     * @throws CardException NOT_AVAILABLE, TIMEOUT, DRIVER_ERROR
     */
    VitaleCard read(CpsAuthentication practitioner, Duration timeout) throws CardException;
}
