package org.openfse.card.pcsc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import javax.smartcardio.TerminalFactory;
import org.junit.jupiter.api.Test;
import org.openfse.core.health.HealthResult;

class ReadersCheckTest {

    private static HealthResult check(FakePcsc pcsc) {
        TerminalFactory factory = pcsc.factory();
        return ReadersCheck.run(new PcscTerminals(() -> factory, AtrClassifier.installed(), "pcsc"));
    }

    @Test
    void listsTheReadersAndWhatTheyHold() {
        HealthResult result = check(new FakePcsc()
                .reader("Virtual PCD 00 00", HexFormat.of().parseHex("3B751300004309EA9000"))
                .reader("Virtual PCD 00 01", null));

        assertTrue(result.ok());
        assertEquals("Lecteurs de cartes", result.subject());
        assertEquals("2 lecteurs : Virtual PCD 00 00 (carte non reconnue) ; Virtual PCD 00 01 (vide)", result.detail());
    }

    @Test
    void oneReaderIsSingular() {
        HealthResult result = check(new FakePcsc().reader("R", null));

        assertEquals("1 lecteur : R (vide)", result.detail());
    }

    @Test
    void saysWhenPcscdDoesNotRun() {
        HealthResult result = check(new FakePcsc().listFails("SCARD_E_NO_SERVICE"));

        assertFalse(result.ok());
        assertTrue(result.detail().startsWith("Le service PC/SC (pcscd) ne fonctionne pas"), result.detail());
    }

    @Test
    void saysWhenNoReaderIsPluggedIn() {
        HealthResult result = check(new FakePcsc().listFails("SCARD_E_NO_READERS_AVAILABLE"));

        assertFalse(result.ok());
        assertTrue(result.detail().contains("aucun lecteur de cartes n'est branché"), result.detail());
    }

    @Test
    void aDriverFailureIsAResultNotAnException() {
        HealthResult result = check(new FakePcsc().listFails("SCARD_F_COMM_ERROR"));

        assertFalse(result.ok());
        assertTrue(result.detail().startsWith("Le pilote PC/SC a échoué : "), result.detail());
        assertTrue(result.detail().contains("SCARD_F_COMM_ERROR"), result.detail());
    }

    /* The real check on this machine: without PC/SC it says so; with pcscd it lists what it sees. */
    @Test
    void theRealCheckOnThisMachineDescribesThePcscState() {
        HealthResult result = new CardReadersHealthCheck(false).run();

        if ("None".equals(javax.smartcardio.TerminalFactory.getDefault().getType())) {
            assertFalse(result.ok());
            assertTrue(result.detail().startsWith("Le service PC/SC (pcscd) ne fonctionne pas"), result.detail());
        } else {
            assertFalse(result.detail().isBlank());
        }
    }

    @Test
    void inDemoModeAMissingDaemonIsReportedButNotAnError() {
        TerminalFactory factory = new FakePcsc().listFails("SCARD_E_NO_SERVICE").factory();
        HealthResult result = ReadersCheck.run(new PcscTerminals(() -> factory, AtrClassifier.installed(), "pcsc"), true);

        assertTrue(result.ok());
        assertTrue(result.detail().startsWith("Mode démonstration : les cartes de démonstration sont utilisées. PC/SC : Le service PC/SC (pcscd) ne fonctionne pas"), result.detail());
    }

    @Test
    void inProductionModeAMissingDaemonIsAnError() {
        TerminalFactory factory = new FakePcsc().listFails("SCARD_E_NO_SERVICE").factory();
        assertFalse(ReadersCheck.run(new PcscTerminals(() -> factory, AtrClassifier.installed(), "pcsc"), false).ok());
    }
}
