package org.openfse.transmission.mail.internal;

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

class MailOptionsTest {

    private static final String SECRET = "S3cr3t-Pa55";

    private static Map<String, Object> valid() {
        Map<String, Object> values = new HashMap<>();
        values.put("smtpHost", "smtp.exemple.fr");
        values.put("pop3Host", "pop.exemple.fr");
        values.put("user", "cabinet");
        values.put("password", SECRET);
        values.put("senderAddress", "cabinet@exemple.fr");
        return values;
    }

    private static MailOptions options(Map<String, Object> values) throws InvalidSettingsException {
        return MailOptions.from(ConfigProxy.of(MailSettings.class, values));
    }

    private static InvalidSettingsException invalid(Map<String, Object> values) {
        return assertThrows(InvalidSettingsException.class, () -> options(values));
    }

    private static List<String> codes(InvalidSettingsException e) {
        return e.problems().stream().map(p -> p.attribute() + ":" + p.code()).toList();
    }

    @Test
    void defaultsAreSubmissionWithStartTlsAndPop3OverTls() throws InvalidSettingsException {
        MailOptions options = options(valid());

        assertEquals(587, options.smtpPort());
        assertEquals(MailSecurity.STARTTLS, options.smtpSecurity());
        assertEquals(995, options.pop3Port());
        assertEquals(MailSecurity.TLS, options.pop3Security());
        assertEquals("smtp.exemple.fr", options.smtpHost());
        assertEquals(SECRET, options.password());
    }

    @Test
    void textIsTrimmedButThePasswordIsKeptAsGiven() throws InvalidSettingsException {
        Map<String, Object> values = valid();
        values.put("smtpHost", "  smtp.exemple.fr ");
        values.put("user", " cabinet ");
        values.put("password", " with spaces ");
        values.put("senderAddress", " cabinet@exemple.fr ");

        MailOptions options = options(values);

        assertEquals("smtp.exemple.fr", options.smtpHost());
        assertEquals("cabinet", options.user());
        assertEquals("cabinet@exemple.fr", options.senderAddress());
        assertEquals(" with spaces ", options.password());
    }

    @Test
    void portsMustBeBetween1And65535() throws InvalidSettingsException {
        for (int bad : new int[] {0, -1, 65536}) {
            Map<String, Object> values = valid();
            values.put("smtpPort", bad);
            values.put("pop3Port", bad);
            assertEquals(List.of("smtpPort:port.range", "pop3Port:port.range"), codes(invalid(values)), "port " + bad);
        }
        Map<String, Object> values = valid();
        values.put("smtpPort", 1);
        values.put("pop3Port", 65535);
        MailOptions options = options(values);
        assertEquals(1, options.smtpPort());
        assertEquals(65535, options.pop3Port());
    }

    @Test
    void hostsMustBeGivenAndLookLikeAHost() {
        Map<String, Object> values = valid();
        values.put("smtpHost", "   ");
        values.remove("pop3Host");
        assertEquals(List.of("smtpHost:host.blank", "pop3Host:host.blank"), codes(invalid(values)));

        values = valid();
        values.put("smtpHost", "smtp exemple.fr");
        values.put("pop3Host", "pop3://pop.exemple.fr");
        assertEquals(List.of("smtpHost:host.invalid", "pop3Host:host.invalid"), codes(invalid(values)));
    }

    @Test
    void ipAddressesAreHosts() throws InvalidSettingsException {
        Map<String, Object> values = valid();
        values.put("smtpHost", "192.168.1.10");
        values.put("pop3Host", "[2001:db8::1]");
        assertEquals("[2001:db8::1]", options(values).pop3Host());
    }

    @Test
    void senderAddressMustHaveTheShapeOfAnAddress() throws InvalidSettingsException {
        for (String bad : List.of("cabinet", "cabinet@", "@exemple.fr", "cabinet@exemple", "ca binet@exemple.fr",
                "a@b@exemple.fr", "cabinet@exemple..fr")) {
            Map<String, Object> values = valid();
            values.put("senderAddress", bad);
            assertEquals(List.of("senderAddress:address.invalid"), codes(invalid(values)), bad);
        }
        Map<String, Object> values = valid();
        values.put("senderAddress", "dr.martin+lots@cabinet-martin.exemple.fr");
        assertEquals("dr.martin+lots@cabinet-martin.exemple.fr", options(values).senderAddress());
        values.put("senderAddress", "");
        assertEquals(List.of("senderAddress:address.blank"), codes(invalid(values)));
    }

    @Test
    void userPasswordAndSecurityAreRequired() {
        Map<String, Object> values = valid();
        values.put("user", "");
        values.put("password", "");
        values.put("smtpSecurity", null);
        assertEquals(List.of("smtpSecurity:security.missing", "user:user.blank", "password:password.blank"),
                codes(invalid(values)));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        InvalidSettingsException e = invalid(Map.of());

        assertEquals(List.of("smtpHost:host.blank", "pop3Host:host.blank", "user:user.blank", "password:password.blank",
                "senderAddress:address.blank"), codes(e));
        assertEquals(MailSettings.PID, e.pid());
    }

    @Test
    void messagesAreFrench() {
        Map<String, Object> values = valid();
        values.put("smtpPort", 70000);
        values.put("senderAddress", "cabinet");
        InvalidSettingsException e = invalid(values);

        assertEquals(List.of("Le port SMTP doit être compris entre 1 et 65535 (valeur saisie : 70000).",
                "L'adresse d'expédition n'est pas valable : « cabinet » (forme attendue : nom@domaine.fr)."),
                e.messages(Locale.FRENCH));
        // no other translation yet: any locale gets the French base file, never the JVM default's
        assertEquals(e.messages(Locale.FRENCH), e.messages(Locale.ENGLISH));
    }

    @Test
    void everyProblemCodeHasAMessage() {
        InvalidSettingsException all = invalid(Map.of("smtpHost", "a b", "smtpPort", 0, "smtpSecurity", MailSecurity.TLS,
                "senderAddress", "x"));
        InvalidSettingsException blanks = invalid(Map.of("smtpSecurity", MailSecurity.TLS));
        Map<String, Object> nullSecurity = new HashMap<>(valid());
        nullSecurity.put("pop3Security", null);
        for (InvalidSettingsException e : List.of(all, blanks, invalid(nullSecurity))) {
            for (int i = 0; i < e.problems().size(); i++) {
                String message = e.messages(Locale.FRENCH).get(i);
                assertNotEquals(e.problems().get(i).code(), message, "missing message");
                assertFalse(message.contains("{"), message);
            }
        }
    }

    @Test
    void toStringNeverShowsThePassword() throws InvalidSettingsException {
        MailOptions options = options(valid());

        String text = options.toString();

        assertFalse(text.contains(SECRET), text);
        assertTrue(text.contains("smtp.exemple.fr:587 STARTTLS"), text);
        assertTrue(text.contains("password=(hidden)"), text);
    }

    @Test
    void exceptionMessageNeverShowsValues() {
        Map<String, Object> values = valid();
        values.put("senderAddress", SECRET); // a password typed in the wrong field
        InvalidSettingsException e = invalid(values);

        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
        assertTrue(e.getMessage().contains("senderAddress (address.invalid)"), e.getMessage());
    }

    @Test
    void equalSettingsGiveEqualOptionsAndAPasswordChangeDoesNot() throws InvalidSettingsException {
        Map<String, Object> changed = valid();
        changed.put("password", "other");

        assertEquals(options(valid()), options(valid()));
        assertNotEquals(options(valid()), options(changed));
    }
}
