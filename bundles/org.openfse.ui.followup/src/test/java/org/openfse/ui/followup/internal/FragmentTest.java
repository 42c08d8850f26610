package org.openfse.ui.followup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.openfse.ui.api.UiIds;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The model fragment gives the three sections their public part ids, before Paramètres, tagged for
 * the navigation, each made by an existing class of this bundle.
 */
class FragmentTest {

    @Test
    void theThreeSectionsAreContributedBeforeSettings() throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("fragment.e4xmi").toFile());
        NodeList fragments = doc.getElementsByTagName("fragments");
        assertEquals(1, fragments.getLength(), "one fragment, so that e4 keeps the order of its elements");
        Element fragment = (Element) fragments.item(0);
        assertEquals(UiIds.PARTSTACK_CONTENT, fragment.getAttribute("parentElementId"));
        assertEquals("before:" + UiIds.PART_SETTINGS, fragment.getAttribute("positionInList"));
        NodeList parts = fragment.getElementsByTagName("elements");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < parts.getLength(); i++) {
            Element part = (Element) parts.item(i);
            ids.add(part.getAttribute("elementId"));
            assertEquals(UiIds.TAG_NAVIGATION, part.getElementsByTagName("tags").item(0).getTextContent());
            String uri = part.getAttribute("contributionURI");
            assertTrue(uri.startsWith("bundleclass://org.openfse.ui.followup/"), uri);
            Class.forName(uri.substring(uri.lastIndexOf('/') + 1));
        }
        assertEquals(List.of(UiIds.PART_TRANSMISSIONS, UiIds.PART_RETURNS, UiIds.PART_PAYMENTS), ids);
    }
}
