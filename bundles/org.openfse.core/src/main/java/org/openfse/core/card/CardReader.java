package org.openfse.core.card;

import java.util.Objects;

/**
 * A snapshot of one reader.
 *
 * @param name the reader name as the driver reports it (PC/SC name, or the demo reader's)
 * @param driverId the {@link CardReaderService#driverId()} of the driver that sees it
 * @param card the card in the reader, {@link CardType#NONE} when empty
 */
public record CardReader(String name, String driverId, CardType card) {
    public CardReader {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(driverId, "driverId");
        Objects.requireNonNull(card, "card");
    }
}
