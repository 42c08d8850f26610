package org.openfse.card.pcsc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openfse.card.demo.virtual.TestCards;
import org.openfse.card.demo.virtual.VpcdCard;
import org.openfse.core.card.CardException;
import org.openfse.core.card.CardException.Reason;
import org.openfse.core.card.CardReaderService;
import org.openfse.core.events.Topics;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * pcscd stops and starts again under the running driver: the readers go away with their card and come
 * back, and cards are read again, without restarting the JVM (the JDK's dead PC/SC context is reset).
 */
@ExtendWith({BundleContextExtension.class, ServiceExtension.class})
class PcscdRestartTest {

    private static PcscDaemon pcscd;
    private static CardEvents events;

    @InjectService(filter = "(openfse.card.driver=pcsc)", timeout = 10_000)
    CardReaderService driver;

    @BeforeAll
    static void startPcscd(@InjectBundleContext BundleContext context) throws IOException {
        pcscd = PcscDaemon.start(VirtualReaders.output().resolve("pcscd-restart.log"));
        events = new CardEvents(context, "Virtual PCD");
    }

    @AfterAll
    static void stopPcscd() {
        if (events != null) {
            events.close();
        }
        if (pcscd != null) {
            pcscd.stop();
        }
    }

    @Test
    void theDriverFollowsTheDaemonDownAndBackUp() throws Exception {
        VirtualReaders.awaitEmptyReaders(driver);
        VirtualReaders readers = new VirtualReaders();
        try {
            events.clear();
            VpcdCard first = readers.insert(TestCards.demoVitale(), VirtualReaders.VITALE_SLOT);
            events.await(Topics.CARD_INSERTED, VirtualReaders.VITALE_SLOT, "VITALE", VirtualReaders.WAIT);

            pcscd.stop();
            events.await(Topics.CARD_REMOVED, VirtualReaders.VITALE_SLOT, null, VirtualReaders.WAIT);
            events.await(Topics.CARD_READER_REMOVED, VirtualReaders.VITALE_SLOT, null, VirtualReaders.WAIT);
            events.await(Topics.CARD_READER_REMOVED, VirtualReaders.CPS_SLOT, null, VirtualReaders.WAIT);
            assertEquals(List.of(), driver.readers());
            assertEquals(Reason.NO_READER, assertThrows(CardException.class, () -> driver.readVitale(VirtualReaders.VITALE_SLOT)).reason());
            first.awaitRemoved(VirtualReaders.WAIT);

            pcscd.restart();
            events.await(Topics.CARD_READER_ADDED, VirtualReaders.VITALE_SLOT, null, VirtualReaders.WAIT);
            events.await(Topics.CARD_READER_ADDED, VirtualReaders.CPS_SLOT, null, VirtualReaders.WAIT);

            readers.insert(TestCards.demoVitale(), VirtualReaders.VITALE_SLOT);
            events.await(Topics.CARD_INSERTED, VirtualReaders.VITALE_SLOT, "VITALE", VirtualReaders.WAIT);
            assertEquals(3, driver.readVitale(VirtualReaders.VITALE_SLOT).beneficiaries().size());
        } finally {
            readers.removeAll();
        }
        VirtualReaders.awaitEmptyReaders(driver);
    }
}
