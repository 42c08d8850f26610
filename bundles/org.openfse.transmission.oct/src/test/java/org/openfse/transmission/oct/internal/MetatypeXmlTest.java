package org.openfse.transmission.oct.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The hand-written metatype says what {@link ConcentratorConfig} says (surefire runs in the bundle folder). */
class MetatypeXmlTest {

    private static final Path BUNDLE = Path.of("").toAbsolutePath();

    @Test
    void metatypeDescribesConcentratorConfig() throws Exception {
        MetatypeXml xml = new MetatypeXml(BUNDLE.resolve("OSGI-INF/metatype/org.openfse.transmission.oct.xml"));

        assertEquals(ConcentratorConfig.FACTORY_PID, xml.ocd.getAttribute("id"));
        Element designate = MetatypeXml.only(xml.metaData, "Designate");
        assertEquals(ConcentratorConfig.FACTORY_PID, designate.getAttribute("factoryPid"));
        assertEquals("", designate.getAttribute("pid"));
        assertEquals(ConcentratorConfig.FACTORY_PID, MetatypeXml.only(designate, "Object").getAttribute("ocdref"));
        xml.assertMatches(ConcentratorConfig.class);
        xml.assertLabelsLocalized(BUNDLE);
        // what reflection cannot see (CLASS retention): the secret is a PASSWORD, the port is 1..65535
        assertEquals("Password", xml.attributes.get("password").getAttribute("type"));
        assertEquals("1", xml.attributes.get("port").getAttribute("min"));
        assertEquals("65535", xml.attributes.get("port").getAttribute("max"));
        for (String optional : new String[] {"host", "user", "password"}) {
            assertEquals("false", xml.attributes.get(optional).getAttribute("required"), optional);
        }
    }

    /** Felix Metatype reads label files as ISO-8859-1: accents must survive that reading. */
    @Test
    void labelsReadAsIso88591KeepTheirAccents() throws Exception {
        java.util.Properties labels = new java.util.Properties();
        try (java.io.Reader reader = java.nio.file.Files.newBufferedReader(BUNDLE.resolve("OSGI-INF/l10n/oct.properties"),
                java.nio.charset.StandardCharsets.ISO_8859_1)) {
            labels.load(reader);
        }
        assertEquals("Identifiant stable du concentrateur (lettres, chiffres, point, tiret ou souligné). « mail » est réservé.", labels.getProperty("id.description"));
    }
}
