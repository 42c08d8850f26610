package org.openfse.transmission.mail.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The hand-written metatype says what {@link MailSettings} says (surefire runs in the bundle folder). */
class MetatypeXmlTest {

    private static final Path BUNDLE = Path.of("").toAbsolutePath();

    @Test
    void metatypeDescribesMailSettings() throws Exception {
        MetatypeXml xml = new MetatypeXml(BUNDLE.resolve("OSGI-INF/metatype/org.openfse.transmission.mail.xml"));

        assertEquals(MailSettings.PID, xml.ocd.getAttribute("id"));
        Element designate = MetatypeXml.only(xml.metaData, "Designate");
        assertEquals(MailSettings.PID, designate.getAttribute("pid"));
        assertEquals("", designate.getAttribute("factoryPid"));
        assertEquals(MailSettings.PID, MetatypeXml.only(designate, "Object").getAttribute("ocdref"));
        xml.assertMatches(MailSettings.class);
        xml.assertLabelsLocalized(BUNDLE);
        // what reflection cannot see (CLASS retention): the secret is a PASSWORD, ports are 1..65535
        assertEquals("Password", xml.attributes.get("password").getAttribute("type"));
        for (String port : new String[] {"smtpPort", "pop3Port"}) {
            assertEquals("1", xml.attributes.get(port).getAttribute("min"));
            assertEquals("65535", xml.attributes.get(port).getAttribute("max"));
        }
    }

    /** Felix Metatype reads label files as ISO-8859-1: accents must survive that reading. */
    @Test
    void labelsReadAsIso88591KeepTheirAccents() throws Exception {
        java.util.Properties labels = new java.util.Properties();
        try (java.io.Reader reader = java.nio.file.Files.newBufferedReader(BUNDLE.resolve("OSGI-INF/l10n/mail.properties"),
                java.nio.charset.StandardCharsets.ISO_8859_1)) {
            labels.load(reader);
        }
        assertEquals("Envoi des lots par SMTP et réception des retours (ARL, NOEMIE) par POP3.", labels.getProperty("mail.description"));
    }
}
