package org.openfse.core.rights;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The régime's online rights server as seen by OpenFSE. The payer simulator
 * ({@code org.openfse.simulator}) registers one that answers for the demo and test cards; a
 * certified SESAM-Vitale engine registers the real one with a higher {@code service.ranking}.
 *
 * <p>Implementations clip every period of the answer to {@link AdriQuery#window()}.
 *
 * @since 1.1
 */
@ConsumerType
public interface AdriGateway {

    /** Service property naming the gateway ({@code simulator}, ...). */
    String ID_PROPERTY = "openfse.adri";

    /**
     * Asks the régime for the beneficiary's rights.
     *
     * @throws AdriException when the beneficiary is unknown, the régime has no ADRi, or the server fails
     */
    AdriResponse query(AdriQuery query) throws AdriException;
}
