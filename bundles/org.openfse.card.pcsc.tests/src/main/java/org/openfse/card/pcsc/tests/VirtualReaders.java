package org.openfse.card.pcsc.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openfse.card.demo.virtual.TestCard;
import org.openfse.card.demo.virtual.VpcdCard;
import org.openfse.core.card.CardException;
import org.openfse.core.card.CardReader;
import org.openfse.core.card.CardReaderService;
import org.openfse.core.card.CardType;

/**
 * The two slots of vpcd's default reader (PCSC-TESTING.md §3) seen through the PC/SC driver, and the
 * virtual cards put into them. Cards are always taken out again in {@link #removeAll()}.
 */
final class VirtualReaders {

    /** Reader of port 35963: the Vitale slot. */
    static final String VITALE_SLOT = "Virtual PCD 00 00";
    /** Reader of port 35964: the CPS slot. */
    static final String CPS_SLOT = "Virtual PCD 00 01";
    /** Long enough for pcscd's 400 ms presence polling and the driver's watcher, many times over. */
    static final Duration WAIT = Duration.ofSeconds(10);

    private final List<VpcdCard> inserted = new ArrayList<>();

    static Path output() {
        return Path.of(System.getProperty("openfse.test.output", System.getProperty("java.io.tmpdir")));
    }

    VpcdCard insert(TestCard card, String slot) throws IOException {
        int port = VITALE_SLOT.equals(slot) ? VpcdCard.SLOT_0_PORT : VpcdCard.SLOT_1_PORT;
        VpcdCard vpcd = VpcdCard.insert(card, VpcdCard.DEFAULT_HOST, port, WAIT);
        inserted.add(vpcd);
        return vpcd;
    }

    void removeAll() {
        inserted.forEach(VpcdCard::remove);
        inserted.clear();
    }

    /** Waits until the driver lists both virtual readers, empty (absorbs a card left by an earlier test). */
    static void awaitEmptyReaders(CardReaderService driver) {
        PcscDaemon.waitFor("both virtual readers listed and empty", () -> type(driver, VITALE_SLOT).equals(Optional.of(CardType.NONE))
                && type(driver, CPS_SLOT).equals(Optional.of(CardType.NONE)), WAIT);
    }

    /** The type of the card in a reader as the driver lists it, empty when the reader is not listed. */
    static Optional<CardType> type(CardReaderService driver, String reader) {
        try {
            return driver.readers().stream().filter(r -> r.name().equals(reader)).map(CardReader::card).findFirst();
        } catch (CardException e) {
            return Optional.empty();
        }
    }
}
