package org.openfse.core.events;

/**
 * Event Admin topics published by OpenFSE services. Properties of each event are named
 * by the constants of this class.
 */
public final class Topics {

    /** Prefix of every OpenFSE topic. */
    public static final String PREFIX = "org/openfse/";

    /** A card reader appeared. Property {@link #READER}. */
    public static final String CARD_READER_ADDED = PREFIX + "card/READER_ADDED";
    /** A card reader disappeared. Property {@link #READER}. */
    public static final String CARD_READER_REMOVED = PREFIX + "card/READER_REMOVED";
    /** A card was inserted. Properties {@link #READER}, {@link #CARD_TYPE}. */
    public static final String CARD_INSERTED = PREFIX + "card/INSERTED";
    /** A card was removed. Property {@link #READER}. */
    public static final String CARD_REMOVED = PREFIX + "card/REMOVED";
    /** Every card topic. */
    public static final String CARD_ALL = PREFIX + "card/*";

    /** An invoice changed state. Properties {@link #INVOICE}, {@link #FROM}, {@link #TO}. */
    public static final String INVOICE_STATE_CHANGED = PREFIX + "invoice/STATE_CHANGED";
    /** A lot changed state. Properties {@link #LOT}, {@link #FROM}, {@link #TO}. */
    public static final String LOT_STATE_CHANGED = PREFIX + "lot/STATE_CHANGED";
    /** A return file (ARL, NOEMIE) was stored and read. Property {@link #FILE}. */
    public static final String RETURN_FILE_IMPORTED = PREFIX + "returns/IMPORTED";

    /** Reader name, a {@code String}. */
    public static final String READER = "reader";
    /** Card type, the name of a {@link org.openfse.core.card.CardType}. */
    public static final String CARD_TYPE = "cardType";
    /** Invoice number, the 9-digit {@code String}. */
    public static final String INVOICE = "invoice";
    /** Lot number, a {@code String}. */
    public static final String LOT = "lot";
    /** File name, a {@code String}. */
    public static final String FILE = "file";
    /** Previous state name. */
    public static final String FROM = "from";
    /** New state name. */
    public static final String TO = "to";

    private Topics() {
    }
}
