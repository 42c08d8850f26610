package org.openfse.transmission.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The hand-written metatype of PID org.openfse.lots agrees with {@link LotsConfig}, and is localized. */
class LotsMetatypeTest {

    @Test
    void everyAttributeAgreesWithTheAnnotation() throws Exception {
        Element root = parse("OSGI-INF/metatype/org.openfse.lots.xml").getDocumentElement();
        Element ocd = (Element) root.getElementsByTagName("OCD").item(0);
        assertEquals(LotServiceImpl.PID, ocd.getAttribute("id"));
        NodeList ads = ocd.getElementsByTagName("AD");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < ads.getLength(); i++) {
            Element ad = (Element) ads.item(i);
            String id = ad.getAttribute("id");
            ids.add(id);
            Method method = LotsConfig.class.getMethod(id);
            assertEquals(String.valueOf(method.getDefaultValue()), ad.getAttribute("default"), id);
            assertEquals(method.getReturnType() == int.class ? "Integer" : "String", ad.getAttribute("type"), id);
            // @AttributeDefinition has CLASS retention: names and options are compared with the source by hand
            assertEquals("%" + id + ".name", ad.getAttribute("name"), id);
            NodeList options = ad.getElementsByTagName("Option");
            StringBuilder values = new StringBuilder();
            for (int o = 0; o < options.getLength(); o++) {
                values.append(((Element) options.item(o)).getAttribute("value")).append(' ');
            }
            assertEquals(switch (id) {
                case "noAckAction" -> "RESEND MANUAL ";
                case "lotMarking" -> "R T D ";
                default -> "";
            }, values.toString(), id);
        }
        assertEquals(Arrays.stream(LotsConfig.class.getDeclaredMethods()).map(Method::getName).collect(
                java.util.stream.Collectors.toSet()), ids);
        Element designate = (Element) root.getElementsByTagName("Designate").item(0);
        assertEquals(LotServiceImpl.PID, designate.getAttribute("pid"));
    }

    @Test
    void everyLabelIsLocalizedInFrench() throws Exception {
        Element root = parse("OSGI-INF/metatype/org.openfse.lots.xml").getDocumentElement();
        Properties labels = new Properties();
        try (InputStream in = resource(root.getAttribute("localization") + ".properties")) {
            labels.load(in);
        }
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            for (String attribute : new String[] {"name", "description", "label"}) {
                String label = e.getAttribute(attribute);
                if (label.startsWith("%")) {
                    assertTrue(labels.containsKey(label.substring(1)), "missing " + label);
                }
            }
        }
        assertEquals("Délai d'attente de l'ARL (heures)", labels.getProperty("ackDelayHours.name"));
    }

    private static Document parse(String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = resource(path)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = LotsMetatypeTest.class.getClassLoader().getResourceAsStream(path);
        assertNotNull(in, path);
        return in;
    }
}
