package org.openfse.card.demo.virtual;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The vpcd wire protocol of PCSC-TESTING.md §4, against a fake vpcd in the test. */
class VpcdCardTest {

    private static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.replace(" ", ""));
    }

    @Test
    void answersGetAtrIgnoresPowerCodesAndAnswersApdus() throws Exception {
        try (FakeVpcd vpcd = new FakeVpcd();
                VpcdCard card = VpcdCard.insert(TestCards.demoCps(), "127.0.0.1", vpcd.port(), Duration.ofSeconds(5))) {
            vpcd.acceptCard();
            vpcd.send(hex("04"));
            // docs/card-profile.md, "ATR": the test CPS card.
            assertArrayEquals(hex("3B 7A 13 00 00 4F 46 53 45 2D 43 50 53 30 31"), vpcd.receive());
            vpcd.send(hex("01"));
            vpcd.send(hex("00 A4 04 00 08 F0 4F 46 53 45 43 50 53"));
            // Power on got no answer: the next frame is the SELECT's.
            assertArrayEquals(hex("90 00"), vpcd.receive());
            vpcd.send(hex("00 20 00 81"));
            assertArrayEquals(hex("63 C3"), vpcd.receive());
            assertEquals(2, card.commandCount());
            assertTrue(card.inserted());
        }
    }

    @Test
    void removingClosesTheConnection() throws Exception {
        try (FakeVpcd vpcd = new FakeVpcd()) {
            VpcdCard card = VpcdCard.insert(TestCards.demoVitale(), "127.0.0.1", vpcd.port(), Duration.ofSeconds(5));
            vpcd.acceptCard();
            card.remove();
            assertEquals(-1, vpcd.read());
            assertFalse(card.inserted());
        }
    }

    @Test
    void aPulledCardLeavesInsteadOfAnswering() throws Exception {
        try (FakeVpcd vpcd = new FakeVpcd();
                VpcdCard card = VpcdCard.insert(TestCards.demoVitale(), "127.0.0.1", vpcd.port(), Duration.ofSeconds(5))) {
            vpcd.acceptCard();
            card.pullAtCommand(2);
            vpcd.send(hex("00 A4 04 00 0B F0 4F 46 53 45 56 49 54 41 4C 45"));
            assertArrayEquals(hex("90 00"), vpcd.receive());
            vpcd.send(hex("04"));
            assertEquals(15, vpcd.receive().length, "control codes do not count as commands");
            vpcd.send(hex("00 A4 02 0C 02 01 01"));
            assertEquals(-1, vpcd.read());
            assertTrue(card.awaitRemoved(Duration.ofSeconds(5)));
        }
    }

    @Test
    void aClosedPortIsReportedAfterTheWait() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        ConnectException e = assertThrows(ConnectException.class,
                () -> VpcdCard.insert(TestCards.unknown(), "127.0.0.1", port, Duration.ofMillis(200)));
        assertTrue(e.getMessage().contains("pcscd"), e.getMessage());
    }
}
