package org.openfse.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The hand-written metatype descriptor must describe {@link DerbyStoreConfig}: same PID, one
 * attribute per method with the same type, default, options; the secrets are PASSWORD (which
 * reflection cannot see: the annotation has CLASS retention).
 */
class MetatypeDescriptorTest {

    private static final Set<String> PASSWORDS = Set.of("networkPassword", "bootPassword");
    private static final Map<Class<?>, String> TYPES = Map.of(String.class, "String", int.class, "Integer",
            boolean.class, "Boolean");

    private static Document descriptor() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(Path.of("OSGI-INF/metatype/org.openfse.store.derby.xml").toFile());
    }

    private static Map<String, Element> attributes() throws Exception {
        NodeList ads = descriptor().getElementsByTagName("AD");
        Map<String, Element> byId = new TreeMap<>();
        for (int i = 0; i < ads.getLength(); i++) {
            Element ad = (Element) ads.item(i);
            byId.put(ad.getAttribute("id"), ad);
        }
        return byId;
    }

    @Test
    void designatesThePidOfTheStore() throws Exception {
        Document doc = descriptor();
        Element ocd = (Element) doc.getElementsByTagName("OCD").item(0);
        Element designate = (Element) doc.getElementsByTagName("Designate").item(0);
        Element object = (Element) designate.getElementsByTagName("Object").item(0);

        assertEquals("http://www.osgi.org/xmlns/metatype/v1.4.0", doc.getDocumentElement().getNamespaceURI());
        assertEquals(DerbyStore.PID, ocd.getAttribute("id"));
        assertEquals(DerbyStore.PID, designate.getAttribute("pid"));
        assertEquals(DerbyStore.PID, object.getAttribute("ocdref"));
    }

    @Test
    void describesEveryAttributeOfTheTypedConfiguration() throws Exception {
        Map<String, Element> byId = attributes();
        Method[] methods = DerbyStoreConfig.class.getDeclaredMethods();

        assertEquals(Arrays.stream(methods).map(Method::getName).sorted().toList(), byId.keySet().stream().toList());
        for (Method method : methods) {
            Element ad = byId.get(method.getName());
            String expectedType = PASSWORDS.contains(method.getName()) ? "Password" : TYPES.get(method.getReturnType());
            assertEquals(expectedType, ad.getAttribute("type"), method.getName());
            assertNotNull(method.getDefaultValue(), method.getName());
            assertEquals(String.valueOf(method.getDefaultValue()), ad.getAttribute("default"), method.getName());
        }
    }

    @Test
    void theModeOffersTheThreeModesTheStoreKnows() throws Exception {
        NodeList options = attributes().get("mode").getElementsByTagName("Option");
        List<String> values = new java.util.ArrayList<>();
        for (int i = 0; i < options.getLength(); i++) {
            values.add(((Element) options.item(i)).getAttribute("value"));
        }
        assertEquals(Arrays.stream(StoreMode.values()).map(StoreMode::configValue).toList(), values);
        assertEquals("1", attributes().get("port").getAttribute("min"));
        assertEquals("65535", attributes().get("port").getAttribute("max"));
    }
}
