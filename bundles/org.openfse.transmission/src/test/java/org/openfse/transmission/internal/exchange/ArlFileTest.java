package org.openfse.transmission.internal.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The ARL record of docs/oct-protocol.md section 5, written here by hand position by position. */
class ArlFileTest {

    private static byte[] record(String status, String code) {
        String text = "ARL" + status + "992604231" + "349" + "025" + "240528" + code
                + String.format("%-48s", "L025.B2") + String.format("%-51s", "LOT ACCEPTE");
        assertEquals(128, text.length());
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void readsEveryField() {
        ArlFile arl = ArlFile.read(record("P", "0000")).orElseThrow();

        assertTrue(arl.positive());
        assertEquals("992604231", arl.psNumber());
        assertEquals(25, arl.lotNumber());
        assertEquals("0000", arl.code());
        assertEquals("L025.B2", arl.fileName());
        assertEquals("LOT ACCEPTE", arl.message());
        assertFalse(ArlFile.read(record("N", "0002")).orElseThrow().positive());
    }

    @Test
    void aLineEndIsAcceptedAndAnythingElseIsNotAnArl() {
        byte[] withCrLf = (new String(record("P", "0000"), StandardCharsets.US_ASCII) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        assertTrue(ArlFile.read(withCrLf).isPresent());
        assertTrue(ArlFile.read(record("X", "0000")).isEmpty());
        assertTrue(ArlFile.read(record("P", "00A0")).isEmpty());
        assertTrue(ArlFile.read("000 NOEMIE".getBytes(StandardCharsets.US_ASCII)).isEmpty());
    }

    @Test
    void theArlsOfAReceiveAreHandledBeforeTheReturnsWhateverTheirOrderInTheInbox(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        java.nio.file.Path noemie = java.nio.file.Files.write(folder.resolve("A-RSP025.NOE"),
                ("000" + " ".repeat(125)).getBytes(StandardCharsets.US_ASCII));
        java.nio.file.Path arl = java.nio.file.Files.write(folder.resolve("L025.B2.ARL"), record("P", "0000"));
        java.nio.file.Path other = java.nio.file.Files.write(folder.resolve("B-other.txt"), new byte[0]);

        assertEquals(java.util.List.of(arl, noemie, other), ExchangeEngine.acknowledgementsFirst(java.util.List.of(noemie, arl, other)));
    }
}
