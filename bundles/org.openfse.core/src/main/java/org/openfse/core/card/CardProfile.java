package org.openfse.core.card;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Decodes the content of one family of cards: which cards it knows (by ATR), how to read the Vitale
 * and CPS data and how to present the PIN, all over APDUs. A driver such as the PC/SC one keeps the
 * transport (readers, presence, APDU exchange) and hands the decoding to the profiles registered as
 * services, highest {@code service.ranking} first.
 *
 * <p>OpenFSE ships the reference profile of its own test cards (docs/card-profile.md). The content
 * of real Vitale and CPS cards is decoded by certified SESAM-Vitale libraries, which would plug in as
 * another profile.
 *
 * <p>Methods are called off the UI thread, with the card held by the driver for the call.
 *
 * @since 1.1
 */
@ConsumerType
public interface CardProfile {

    /** Service property naming the profile. */
    String ID_PROPERTY = "openfse.card.profile";

    /** Stable identifier of the profile. */
    String id();

    /**
     * The type of a card with this ATR, when this profile can read it.
     *
     * @param atr the answer to reset, never empty
     * @return empty when the profile does not know this card
     */
    Optional<CardType> classify(byte[] atr);

    /**
     * Reads a Vitale card this profile classified as {@link CardType#VITALE}.
     *
     * @throws CardException UNKNOWN_CARD when the card does not hold what the profile expects, or the
     *         reasons of {@link ApduChannel#transmit(byte[])}
     */
    VitaleCard readVitale(ApduChannel channel) throws CardException;

    /**
     * Reads the public part of a CPS card this profile classified as {@link CardType#CPS}.
     *
     * @throws CardException as {@link #readVitale(ApduChannel)}
     */
    CpsCard readCps(ApduChannel channel) throws CardException;

    /**
     * Presents the PIN (ISO 7816 VERIFY). The profile does not keep the PIN nor copies of it.
     *
     * @throws CardException WRONG_PIN with the tries left, PIN_BLOCKED, or the reasons of
     *         {@link #readVitale(ApduChannel)}
     */
    void verifyPin(ApduChannel channel, char[] pin) throws CardException;

    /**
     * The PIN tries left, without presenting a PIN.
     *
     * @return {@code 0} when blocked, {@code -1} when the card cannot tell
     * @throws CardException as {@link #readVitale(ApduChannel)}
     */
    int pinTriesLeft(ApduChannel channel) throws CardException;
}
