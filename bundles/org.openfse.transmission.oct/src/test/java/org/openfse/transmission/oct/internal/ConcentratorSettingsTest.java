package org.openfse.transmission.oct.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Concentrator rows of seed 002, section XI.A: AreaSante Oui / Oui, Sicorfe Non / Non. */
class ConcentratorSettingsTest {

    private static final String SECRET = "0ct-S3cr3t";

    private static Map<String, Object> areaSante() {
        Map<String, Object> values = new HashMap<>();
        values.put("id", "areasante");
        values.put("name", "AreaSante");
        values.put("teletransmission", true);
        values.put("pec", true);
        values.put("host", "oct.exemple.fr");
        values.put("user", "opticien42");
        values.put("password", SECRET);
        return values;
    }

    private static ConcentratorSettings settings(Map<String, Object> values) throws InvalidSettingsException {
        return ConcentratorSettings.from(ConfigProxy.of(ConcentratorConfig.class, values));
    }

    private static InvalidSettingsException invalid(Map<String, Object> values) {
        return assertThrows(InvalidSettingsException.class, () -> settings(values));
    }

    private static List<String> codes(InvalidSettingsException e) {
        return e.problems().stream().map(p -> p.attribute() + ":" + p.code()).toList();
    }

    @Test
    void teletransmittingConcentratorWithDefaults() throws InvalidSettingsException {
        ConcentratorSettings settings = settings(areaSante());

        assertEquals("areasante", settings.id());
        assertEquals("AreaSante", settings.name());
        assertTrue(settings.teletransmission());
        assertTrue(settings.pec());
        assertEquals("oct.exemple.fr", settings.host());
        assertEquals(443, settings.port());
        assertEquals(SECRET, settings.password());
        // project defaults (the seed does not show them)
        assertFalse(settings.blockWhileDocumentsMissing());
        assertFalse(settings.autoLettrageAfterRsp());
        assertTrue(settings.defaultNormB2());
        assertTrue(settings.integrateRspAfterTransmission());
        assertTrue(settings.checkRegimeAcceptsTeletransmission());
        assertFalse(settings.topM());
    }

    @Test
    void concentratorWithoutTeletransmissionNeedsNoEndpoint() throws InvalidSettingsException {
        ConcentratorSettings settings = settings(Map.of("id", "sicorfe", "name", "Sicorfe", "teletransmission", false));

        assertFalse(settings.teletransmission());
        assertFalse(settings.pec());
        assertEquals("", settings.host());
        assertEquals("", settings.user());
        assertEquals("", settings.password());
    }

    @Test
    void teletransmissionNeedsAHost() {
        Map<String, Object> values = areaSante();
        values.put("host", " ");
        assertEquals(List.of("host:host.blank"), codes(invalid(values)));
    }

    @Test
    void hostMustLookLikeAHost() {
        Map<String, Object> values = areaSante();
        values.put("host", "https://oct.exemple.fr/api");
        assertEquals(List.of("host:host.invalid"), codes(invalid(values)));
        values.put("teletransmission", false);
        assertEquals(List.of("host:host.invalid"), codes(invalid(values)), "checked even when not used yet");
    }

    @Test
    void portMustBeBetween1And65535() throws InvalidSettingsException {
        for (int bad : new int[] {0, 65536, -443}) {
            Map<String, Object> values = areaSante();
            values.put("port", bad);
            assertEquals(List.of("port:port.range"), codes(invalid(values)), "port " + bad);
        }
        Map<String, Object> values = areaSante();
        values.put("port", 65535);
        assertEquals(65535, settings(values).port());
    }

    @Test
    void idIsRequiredShapedAndNotTheMailTransport() {
        Map<String, Object> values = areaSante();
        values.remove("id");
        assertEquals(List.of("id:id.blank"), codes(invalid(values)));
        for (String bad : List.of("area sante", "-area", "areasante/1", "a".repeat(33), "é")) {
            values.put("id", bad);
            assertEquals(List.of("id:id.invalid"), codes(invalid(values)), bad);
        }
        for (String reserved : List.of("mail", "MAIL", " Mail ")) {
            values.put("id", reserved);
            assertEquals(List.of("id:id.reserved"), codes(invalid(values)), reserved);
        }
    }

    @Test
    void idAllowsLettersDigitsDotDashUnderscore() throws InvalidSettingsException {
        Map<String, Object> values = areaSante();
        values.put("id", " Area_Sante-2.0 ");
        assertEquals("Area_Sante-2.0", settings(values).id());
        values.put("id", "a".repeat(32));
        assertEquals(32, settings(values).id().length());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        InvalidSettingsException e = invalid(Map.of("port", 0));

        assertEquals(List.of("id:id.blank", "name:name.blank", "host:host.blank", "port:port.range"), codes(e));
        assertEquals(ConcentratorConfig.FACTORY_PID, e.pid());
    }

    @Test
    void messagesAreFrench() {
        Map<String, Object> values = areaSante();
        values.put("id", "mail");
        values.put("port", 0);

        assertEquals(List.of("L'identifiant « mail » est réservé au transport par messagerie ; choisissez-en un autre.",
                "Le port du concentrateur doit être compris entre 1 et 65535 (valeur saisie : 0)."),
                invalid(values).messages(Locale.FRENCH));
    }

    @Test
    void everyProblemCodeHasAMessage() {
        Map<String, Object> shapes = areaSante();
        shapes.put("id", "a b");
        shapes.put("host", "a b");
        for (InvalidSettingsException e : List.of(invalid(Map.of("port", 0)), invalid(shapes))) {
            for (int i = 0; i < e.problems().size(); i++) {
                String message = e.messages(Locale.FRENCH).get(i);
                assertNotEquals(e.problems().get(i).code(), message, "missing message");
                assertFalse(message.contains("{"), message);
            }
        }
    }

    @Test
    void toStringNeverShowsThePassword() throws InvalidSettingsException {
        String text = settings(areaSante()).toString();

        assertFalse(text.contains(SECRET), text);
        assertTrue(text.contains("password=(hidden)"), text);
        assertTrue(text.contains("endpoint=oct.exemple.fr:443"), text);
    }

    @Test
    void settingsAreValuesAndThePasswordCounts() throws InvalidSettingsException {
        Map<String, Object> changed = areaSante();
        changed.put("password", "other");

        assertEquals(settings(areaSante()), settings(areaSante()));
        assertNotEquals(settings(areaSante()), settings(changed));
    }
}
