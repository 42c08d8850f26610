package org.openfse.card.session.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The hand-written metatype resource agrees with {@link CpsSessionConfig} and its localization exists. */
class CpsSessionMetatypeTest {

    private static final String FILE = "OSGI-INF/metatype/org.openfse.card.session.xml";

    @Test
    void describesThePidWithTheAttributesOfTheAnnotation() throws Exception {
        Element root = parse(FILE).getDocumentElement();
        assertEquals("http://www.osgi.org/xmlns/metatype/v1.4.0", root.getNamespaceURI());
        Element ocd = only(root, "OCD");
        assertEquals(CpsSessionService.PID, ocd.getAttribute("id"));
        NodeList ads = ocd.getElementsByTagName("AD");
        List<Method> methods = Arrays.stream(CpsSessionConfig.class.getDeclaredMethods()).toList();
        assertEquals(methods.size(), ads.getLength(), "one AD per attribute");
        for (int i = 0; i < ads.getLength(); i++) {
            Element ad = (Element) ads.item(i);
            Method method = CpsSessionConfig.class.getDeclaredMethod(ad.getAttribute("id"));
            assertEquals(String.valueOf(method.getDefaultValue()), ad.getAttribute("default"), ad.getAttribute("id"));
            assertEquals("Boolean", ad.getAttribute("type"));
            assertEquals("%" + ad.getAttribute("id") + ".name", ad.getAttribute("name"));
        }
        Element designate = only(root, "Designate");
        assertEquals(CpsSessionService.PID, designate.getAttribute("pid"));
        assertEquals(ocd.getAttribute("id"), only(designate, "Object").getAttribute("ocdref"));
    }

    @Test
    void everyLabelIsLocalizedInFrench() throws Exception {
        Element root = parse(FILE).getDocumentElement();
        Properties labels = new Properties();
        try (InputStream in = resource(root.getAttribute("localization") + ".properties")) {
            labels.load(in);
        }
        Element ocd = only(root, "OCD");
        NodeList ads = ocd.getElementsByTagName("AD");
        for (int i = 0; i < ads.getLength(); i++) {
            Element ad = (Element) ads.item(i);
            for (String label : new String[] {ad.getAttribute("name"), ad.getAttribute("description")}) {
                assertTrue(label.startsWith("%") && labels.containsKey(label.substring(1)), "missing " + label);
            }
        }
        assertTrue(labels.containsKey(ocd.getAttribute("name").substring(1)));
        assertEquals("À la première lecture de la journée", labels.getProperty("askPinAtFirstUseOfDay.name"));
    }

    private static Document parse(String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = resource(path)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = CpsSessionMetatypeTest.class.getClassLoader().getResourceAsStream(path);
        assertNotNull(in, path + " is on the bundle class path");
        return in;
    }

    private static Element only(Element parent, String name) {
        NodeList children = parent.getElementsByTagName(name);
        assertEquals(1, children.getLength(), name);
        return (Element) children.item(0);
    }
}
