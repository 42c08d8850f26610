package org.openfse.core.card;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A card reader driver: the PC/SC driver, the in-process demo driver, or a third-party one.
 *
 * <p>Several drivers may be registered at once. Consumers take the one with the highest
 * {@code service.ranking} (the PC/SC driver ranks above the demo driver) or select one with
 * a {@code (openfse.card.driver=ID)} target filter.
 *
 * <p><b>Events.</b> Drivers post the {@code card/*} events of {@link org.openfse.core.events.Topics}
 * through the OSGi Event Admin when readers and cards come and go: {@code READER_ADDED} and
 * {@code READER_REMOVED} with the property {@code reader}; {@code INSERTED} with {@code reader} and
 * {@code cardType} (a {@link CardType} name); {@code REMOVED} with {@code reader}. A reader that
 * disappears with a card in it gives {@code REMOVED} then {@code READER_REMOVED}. Events are posted
 * asynchronously and may arrive a fraction of a second after the change.
 *
 * <p><b>Threads and time.</b> Every method may block on the hardware; none may be called on the UI
 * thread. Each operation is bounded by the driver's timeout and then fails with
 * {@link CardException.Reason#TIMEOUT}. An operation reads everything or nothing: a card pulled out
 * during a read gives {@link CardException.Reason#CARD_REMOVED}, never a partial result.
 *
 * <p>Failures are {@link CardException}s whose {@link CardException.Reason} a screen turns into a
 * French message; a driver never shows UI itself.
 */
@ConsumerType
public interface CardReaderService {

    /** Service property naming the driver, for target filters. */
    String DRIVER_PROPERTY = "openfse.card.driver";

    /** Stable identifier of the driver ({@code pcsc}, {@code demo}). */
    String driverId();

    /**
     * The readers connected now, with the card each one holds.
     *
     * @return an empty list when no reader is connected or when the reader service itself is absent
     *         (the PC/SC daemon does not run: the driver's health check tells the two apart); never
     *         {@code null}
     * @throws CardException {@link CardException.Reason#DRIVER_ERROR} when the driver fails in another way
     */
    List<CardReader> readers() throws CardException;

    /**
     * Reads the Vitale card in a reader.
     *
     * @throws CardException NO_READER, NO_CARD, CARD_REMOVED, UNKNOWN_CARD (not a Vitale card or
     *         no profile to decode it), TIMEOUT
     */
    VitaleCard readVitale(String reader) throws CardException;

    /**
     * Reads the public part of the CPS card in a reader.
     *
     * @throws CardException as {@link #readVitale(String)}
     */
    CpsCard readCps(String reader) throws CardException;

    /**
     * Presents the PIN to the CPS card (ISO 7816 VERIFY). The PIN is not kept by the driver.
     *
     * @param pin the digits; the caller clears the array afterwards
     * @throws CardException WRONG_PIN with the tries left, PIN_BLOCKED, or the reasons of
     *         {@link #readVitale(String)}
     */
    void verifyPin(String reader, char[] pin) throws CardException;

    /**
     * How many PIN tries the CPS card in a reader has left, without presenting a PIN (ISO 7816
     * VERIFY without data). The default answers {@code -1}: the driver cannot tell.
     *
     * @return the tries left, {@code 0} when the card is blocked, {@code -1} when unknown
     * @throws CardException as {@link #readVitale(String)}
     * @since 1.1
     */
    default int pinTriesLeft(String reader) throws CardException {
        return -1;
    }
}
