package org.openfse.core.card;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The APDU link to one card, given by a driver to a {@link CardProfile}. The driver has selected
 * nothing on the card: the profile sends every command itself. The channel is only valid during
 * the profile call it was given to.
 *
 * @since 1.1
 */
@ProviderType
public interface ApduChannel {

    /**
     * Sends one command APDU (ISO 7816-4 short form) and returns the response, data followed by SW1
     * SW2. The driver handles the transport details (T=0 GET RESPONSE); status words such as
     * {@code 6A82} are returned, not thrown.
     *
     * @throws CardException CARD_REMOVED when the card went away, TIMEOUT when it did not answer in
     *         time, DRIVER_ERROR for other transport failures
     */
    byte[] transmit(byte[] command) throws CardException;
}
