package org.openfse.core.card;

import java.util.Optional;
import org.openfse.core.events.Topics;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The practitioner's CPS session: the PIN policy and the CPS authenticated with it.
 *
 * <p>Policy (seed 002, "Demande du code CPS"): the PIN is asked at the first card use of the day and
 * at transmission; both are configurable. The PIN is never stored: {@link #authenticate} presents it
 * to the card and clears the array. After three wrong PINs the card blocks itself
 * ({@link CardException.Reason#PIN_BLOCKED}). The session keeps the authenticated CPS until the card
 * is removed from its reader, its reader goes away, the day ends or {@link #close()} is called.
 *
 * <p>The session posts {@link #TOPIC_OPENED} and {@link #TOPIC_CLOSED} (under {@link Topics#CARD_ALL}),
 * with the property {@link Topics#READER}.
 *
 * @since 1.1
 */
@ProviderType
public interface CpsSession {

    /** A CPS was authenticated. */
    String TOPIC_OPENED = Topics.PREFIX + "card/CPS_SESSION_OPENED";
    /** The session ended (card removed, day over, closed). */
    String TOPIC_CLOSED = Topics.PREFIX + "card/CPS_SESSION_CLOSED";

    /** What the PIN would be asked for. */
    enum Purpose {
        /** Reading a card (Vitale or CPS) during the day. */
        CARD_USE,
        /** Sending invoices (télétransmission). */
        TRANSMISSION
    }

    /** The CPS authenticated today and still in its reader, if any. */
    Optional<CpsAuthentication> current();

    /** Whether the PIN must be asked before an operation of this purpose, under the configured policy. */
    boolean pinRequired(Purpose purpose);

    /**
     * Reads the CPS card in a reader, presents the PIN and opens the session with it. Blocks on the
     * card: never call on the UI thread.
     *
     * @param driver the driver that sees the reader
     * @param reader the reader holding the CPS card
     * @param pin the PIN digits; cleared (filled with zeros) before this method returns, whatever happens
     * @throws CardException WRONG_PIN with the tries left, PIN_BLOCKED, or the reasons of
     *         {@link CardReaderService#readCps(String)}; the previous session is closed in every case
     */
    CpsAuthentication authenticate(CardReaderService driver, String reader, char[] pin) throws CardException;

    /** Ends the session now. */
    void close();
}
