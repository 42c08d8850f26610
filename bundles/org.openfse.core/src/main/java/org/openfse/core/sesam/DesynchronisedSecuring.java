package org.openfse.core.sesam;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Désynchronisé securing in two steps (DOMAIN.md, "Secure modes"; seed 004). An engine that supports
 * it registers this service besides {@link SesamEngine} (the reference engine does, with the same
 * {@code service.ranking}).
 *
 * <p>{@link SesamEngine#secure} with {@link SecureMode#DESYNCHRONISE} does both steps at once and
 * therefore needs the CPS as well as the Vitale card.
 *
 * @since 1.1
 */
@ConsumerType
public interface DesynchronisedSecuring {

    /** {@link SesamEngine#id()} of the engine behind this service. */
    String engineId();

    /**
     * First step: fixes the content with the Vitale card present; no CPS needed (a CPE suffices).
     *
     * @param request mode {@link SecureMode#DESYNCHRONISE}
     * @throws SecuringException VITALE_REQUIRED when the card is absent, MODE_NOT_SUPPORTED for another mode
     */
    PendingSecuring begin(SecureRequest request) throws SecuringException;

    /**
     * Second step: seals the pending invoice with the practitioner's CPS.
     *
     * @param psNumber the practitioner whose CPS is authenticated now
     * @param cpsAuthenticated whether that CPS is present with its PIN verified
     * @return the secured invoice, mode {@link SecureMode#DESYNCHRONISE}, verifiable by {@link SesamEngine#verify}
     * @throws SecuringException CPS_REQUIRED, PS_MISMATCH (another practitioner's CPS), CONTENT_CHANGED
     *         (the pending invoice was changed or comes from another engine or key)
     */
    SecuredInvoice complete(PendingSecuring pending, String psNumber, boolean cpsAuthenticated) throws SecuringException;

    /** Whether the pending invoice is unchanged since the first step. */
    boolean verify(PendingSecuring pending);
}
