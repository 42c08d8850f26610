package org.openfse.transmission.oct.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads a hand-written metatype file of the bundle (OSGI-INF/metatype) and compares it with the
 * configuration annotation type: same attribute ids, types, defaults and enum options, and every
 * %label present in the localization file. (The annotations' own names, min/max and PASSWORD type
 * have CLASS retention and cannot be read here; callers check those in the XML directly.)
 */
final class MetatypeXml {

    final Element metaData;
    final Element ocd;
    final Map<String, Element> attributes = new LinkedHashMap<>();

    MetatypeXml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document;
        try (InputStream in = Files.newInputStream(file)) {
            document = factory.newDocumentBuilder().parse(in);
        }
        metaData = document.getDocumentElement();
        assertEquals("http://www.osgi.org/xmlns/metatype/v1.4.0", metaData.getNamespaceURI());
        ocd = only(metaData, "OCD");
        NodeList ads = ocd.getElementsByTagName("AD");
        for (int i = 0; i < ads.getLength(); i++) {
            Element ad = (Element) ads.item(i);
            attributes.put(ad.getAttribute("id"), ad);
        }
    }

    static Element only(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        assertEquals(1, nodes.getLength(), "one " + tag);
        return (Element) nodes.item(0);
    }

    /** Checks the attributes against the annotation type's methods. */
    void assertMatches(Class<?> configType) {
        List<Method> methods = Arrays.stream(configType.getDeclaredMethods()).toList();
        assertEquals(new TreeSet<>(methods.stream().map(Method::getName).toList()), new TreeSet<>(attributes.keySet()),
                "attribute ids");
        for (Method method : methods) {
            Element ad = attributes.get(method.getName());
            Class<?> type = method.getReturnType();
            String expectedType = type == int.class ? "Integer" : type == boolean.class ? "Boolean" : "String";
            if (!ad.getAttribute("type").equals("Password")) {
                assertEquals(expectedType, ad.getAttribute("type"), method.getName());
            } else {
                assertEquals(String.class, type, method.getName());
            }
            Object fallback = method.getDefaultValue();
            String expectedDefault = fallback == null ? "" : fallback instanceof Enum<?> e ? e.name() : fallback.toString();
            assertEquals(expectedDefault, ad.getAttribute("default"), method.getName() + " default");
            if (type.isEnum()) {
                List<String> values = new ArrayList<>();
                NodeList options = ad.getElementsByTagName("Option");
                for (int i = 0; i < options.getLength(); i++) {
                    values.add(((Element) options.item(i)).getAttribute("value"));
                }
                assertEquals(Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList(), values,
                        method.getName() + " options");
            }
        }
    }

    /** Checks that every %key of the file is in the localization properties (base file). */
    void assertLabelsLocalized(Path bundleRoot) throws IOException {
        Properties labels = new Properties();
        try (Reader reader = Files.newBufferedReader(bundleRoot.resolve(metaData.getAttribute("localization") + ".properties"),
                StandardCharsets.ISO_8859_1)) { // as Felix Metatype reads it
            labels.load(reader);
        }
        List<Element> labelled = new ArrayList<>();
        labelled.add(ocd);
        labelled.addAll(attributes.values());
        NodeList options = ocd.getElementsByTagName("Option");
        for (int i = 0; i < options.getLength(); i++) {
            labelled.add((Element) options.item(i));
        }
        for (Element element : labelled) {
            for (String attribute : List.of("name", "description", "label")) {
                String value = element.getAttribute(attribute);
                if (!value.isEmpty()) {
                    assertTrue(value.startsWith("%"), attribute + " not localized: " + value);
                    assertTrue(labels.containsKey(value.substring(1)), "missing label " + value);
                }
            }
        }
    }
}
