package org.openfse.core.sesam;

import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Secures invoices (FSE, DRE). OpenFSE ships an open reference engine that seals with a
 * local test key, so that tampering is detected but no legal signature is produced; a
 * certified SESAM-Vitale engine registers with a higher {@code service.ranking} and wins.
 *
 * <p>Since 1.1: désynchronisé in two steps is {@link DesynchronisedSecuring}; {@link #secure} in
 * {@link SecureMode#DESYNCHRONISE} does both steps at once. The "Vérification du taux" and the
 * forçages are {@link RateCheckService}.
 */
@ConsumerType
public interface SesamEngine {

    /** Stable identifier, stored with each secured invoice. */
    String id();

    /** Whether the engine is certified by the GIE SESAM-Vitale (its signatures are legal). */
    boolean certified();

    /** The modes this engine can secure in. */
    Set<SecureMode> supportedModes();

    /**
     * Secures one invoice.
     *
     * @throws SecuringException when the mode's conditions are not met (cards, attachment)
     */
    SecuredInvoice secure(SecureRequest request) throws SecuringException;

    /** Whether the seal still matches the content (the invoice was not changed since). */
    boolean verify(SecuredInvoice invoice);
}
