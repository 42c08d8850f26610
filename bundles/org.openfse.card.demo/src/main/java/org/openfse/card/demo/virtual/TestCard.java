package org.openfse.card.demo.virtual;

/**
 * A smart card in software: its ATR and its answers to command APDUs. {@link VpcdCard} plugs one
 * into the PC/SC daemon; the in-process demo reader talks to one directly. Implementations are
 * thread-safe.
 */
public interface TestCard {

    /** A short English description for logs ("OpenFSE test Vitale card 468920691"). */
    String description();

    /** The answer to reset. */
    byte[] atr();

    /** Power on, power off or reset: the card forgets its selection and a verified PIN. */
    void reset();

    /**
     * Answers one command APDU.
     *
     * @return the response: data, then SW1 SW2
     */
    byte[] process(byte[] command);
}
