package org.openfse.routing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.openfse.core.routing.AmcManagement;
import org.openfse.core.routing.RoutingRequest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class CoverageRouterImplTest {

    @Test
    void usesTheConfiguredDirectTransport() {
        CoverageRouterImpl router = new CoverageRouterImpl(config("smtp-sesam"));

        assertEquals("smtp-sesam", router.route(new RoutingRequest("01 999 9999", true, AmcManagement.NONE, Optional.empty(),
                true, false, Optional.empty())).transportId());
    }

    @Test
    void refusesABlankDirectTransport() {
        assertThrows(IllegalArgumentException.class, () -> new CoverageRouterImpl(config(" ")));
    }

    // tycho-ds-plugin writes no metatype: the shipped document must say what the annotation says.
    @Test
    void metatypeDocumentMatchesTheConfigurationType() throws Exception {
        Document document;
        try (InputStream in = CoverageRouterImpl.class.getClassLoader()
                .getResourceAsStream("OSGI-INF/metatype/" + CoverageRouterImpl.PID + ".xml")) {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        Element ocd = (Element) document.getElementsByTagName("OCD").item(0);
        Element attribute = (Element) ocd.getElementsByTagName("AD").item(0);

        assertEquals(CoverageRouterImpl.PID, ocd.getAttribute("id"));
        assertEquals(CoverageRouterImpl.PID, ((Element) document.getElementsByTagName("Designate").item(0)).getAttribute("pid"));
        assertEquals(1, ocd.getElementsByTagName("AD").getLength());
        assertEquals("directTransport", attribute.getAttribute("id"));
        assertEquals(RoutingConfig.class.getMethod("directTransport").getDefaultValue(), attribute.getAttribute("default"));
    }

    private static RoutingConfig config(String directTransport) {
        return new RoutingConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return RoutingConfig.class;
            }

            @Override
            public String directTransport() {
                return directTransport;
            }
        };
    }
}
