package org.openfse.card.pcsc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.openfse.core.health.HealthResult;

class ReadersCheckTest {

    private static HealthResult check(PcscContext context, boolean demo) {
        PcscTerminals terminals = new PcscTerminals(context, new Profiles(AtrClassifier.installed()), "pcsc");
        return ReadersCheck.run(context, () -> terminals.scan().readers(), demo);
    }

    private static HealthResult check(FakePcsc pcsc) {
        return check(pcsc.context(), false);
    }

    @Test
    void listsTheReadersAndWhatTheyHold() {
        HealthResult result = check(new FakePcsc()
                .reader("Virtual PCD 00 00", HexFormat.of().parseHex("3B751300004309EA9000"))
                .reader("Virtual PCD 00 01", null)
                .reader("Other 00 00", HexFormat.of().parseHex("3B00")));

        assertTrue(result.ok());
        assertEquals("Lecteurs de cartes", result.subject());
        assertEquals("3 lecteurs : Virtual PCD 00 00 (carte Vitale) ; Virtual PCD 00 01 (vide) ; Other 00 00 (carte non reconnue)",
                result.detail());
    }

    @Test
    void oneReaderIsSingular() {
        assertEquals("1 lecteur : R (vide)", check(new FakePcsc().reader("R", null)).detail());
    }

    @Test
    void saysWhenPcscdDoesNotRun() {
        for (FakePcsc pcsc : new FakePcsc[] {new FakePcsc().listFails("SCARD_E_NO_SERVICE"), new FakePcsc().serviceDown(true)}) {
            HealthResult result = check(pcsc);
            assertFalse(result.ok());
            assertTrue(result.detail().startsWith("Le service PC/SC (pcscd) ne fonctionne pas"), result.detail());
        }
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

    @Test
    void saysWhenPcscdRestartedAndTheJvmCannotReconnect() {
        FakePcsc pcsc = new FakePcsc().reader("R", null);
        PcscContext context = new PcscContext(pcsc::factory, () -> false, "no --add-opens");
        assertTrue(check(context, false).ok());
        pcsc.listFails("SCARD_E_NO_SERVICE");

        HealthResult result = check(context, false);

        assertFalse(result.ok());
        assertTrue(result.detail().startsWith("Le service PC/SC (pcscd) a redémarré et OpenFSE ne peut pas s'y reconnecter"),
                result.detail());
        assertTrue(result.detail().contains("--add-opens java.smartcardio/sun.security.smartcardio=ALL-UNNAMED"), result.detail());
    }

    @Test
    void inDemoModeAMissingDaemonIsReportedButNotAnError() {
        HealthResult result = check(new FakePcsc().serviceDown(true).context(), true);

        assertTrue(result.ok());
        assertTrue(result.detail().startsWith("Mode démonstration : les cartes de démonstration sont utilisées. PC/SC : "
                + "Le service PC/SC (pcscd) ne fonctionne pas"), result.detail());
    }
}
