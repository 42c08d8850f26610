package org.openfse.transmission.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The hand-written metatype resource agrees with {@link TransmissionConfig} and its localization exists. */
class TransmissionMetatypeTest {

    private static final String NS = "http://www.osgi.org/xmlns/metatype/v1.4.0";

    @Test
    void describesPidOrgOpenfseTransmissionWithItsOneAttribute() throws Exception {
        Document metatype = parse("OSGI-INF/metatype/org.openfse.transmission.xml");
        Element root = metatype.getDocumentElement();
        assertEquals(NS, root.getNamespaceURI());
        assertEquals("MetaData", root.getLocalName());

        Element ocd = only(root, "OCD");
        assertEquals("org.openfse.transmission", ocd.getAttribute("id"));
        assertEquals(TransportRegistryImpl.PID, ocd.getAttribute("id"));

        Element ad = only(ocd, "AD");
        assertEquals("defaultTransport", ad.getAttribute("id"));
        assertEquals(TransmissionConfig.class.getMethod(ad.getAttribute("id")).getDefaultValue(), ad.getAttribute("default"));
        assertEquals("String", ad.getAttribute("type"));
        assertEquals("false", ad.getAttribute("required"));
        assertEquals(1, TransmissionConfig.class.getDeclaredMethods().length, "one attribute in both");

        Element designate = only(root, "Designate");
        assertEquals(TransportRegistryImpl.PID, designate.getAttribute("pid"));
        assertEquals(ocd.getAttribute("id"), only(designate, "Object").getAttribute("ocdref"));
    }

    @Test
    void everyLabelIsLocalizedInFrench() throws Exception {
        Element root = parse("OSGI-INF/metatype/org.openfse.transmission.xml").getDocumentElement();
        Properties labels = new Properties();
        try (InputStream in = resource(root.getAttribute("localization") + ".properties")) {
            // read as Felix Metatype reads it: Properties.load(InputStream), ISO-8859-1
            labels.load(in);
        }
        Element ocd = only(root, "OCD");
        Element ad = only(ocd, "AD");
        for (String label : new String[] {ocd.getAttribute("name"), ocd.getAttribute("description"),
            ad.getAttribute("name"), ad.getAttribute("description")}) {
            assertTrue(label.startsWith("%"), label);
            assertTrue(labels.containsKey(label.substring(1)), "missing " + label);
        }
        assertEquals("Transport par défaut", labels.getProperty("defaultTransport.name"));
        assertEquals("Télétransmission", labels.getProperty("transmission.name"));
    }

    private static Document parse(String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = resource(path)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = TransmissionMetatypeTest.class.getClassLoader().getResourceAsStream(path);
        assertNotNull(in, path + " is on the bundle class path");
        return in;
    }

    private static Element only(Element parent, String name) {
        NodeList children = parent.getElementsByTagName(name);
        assertEquals(1, children.getLength(), name);
        return (Element) children.item(0);
    }
}
