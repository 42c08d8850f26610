package org.openfse.specialty.nurse.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Annotation;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.openfse.tariff.spi.TariffZones;
import org.junit.jupiter.api.Test;
import org.openfse.core.Money;
import org.openfse.core.tariff.Coverage;
import org.openfse.core.tariff.PricingException;
import org.openfse.core.tariff.PricingRequest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class NurseTariffRuleTest {

    @Test
    void pricesWithTheConfiguredZone() throws PricingException {
        PricingRequest request = new PricingRequest("nurse", LocalDate.of(2025, 3, 3), Coverage.maladie(), Optional.empty(),
                List.of(NursePricingTest.act("AMI", "1")));

        assertEquals("nurse", new NurseTariffRule(config(TariffZones.METRO)).specialty());
        assertEquals(Money.parse("3.15"), new NurseTariffRule(config(TariffZones.METRO)).price(request).get(0).net());
        assertEquals(Money.parse("3.30"), new NurseTariffRule(config(TariffZones.DOM)).price(request).get(0).net());
    }

    @Test
    void refusesAnUnknownZone() {
        assertThrows(IllegalArgumentException.class, () -> new NurseTariffRule(config("mars")));
    }

    // tycho-ds-plugin writes no metatype: the shipped document must say what the annotation says.
    @Test
    void metatypeDocumentMatchesTheConfigurationType() throws Exception {
        Document document;
        try (InputStream in = NurseTariffRule.class.getClassLoader()
                .getResourceAsStream("OSGI-INF/metatype/" + NurseTariffRule.PID + ".xml")) {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        Element ocd = (Element) document.getElementsByTagName("OCD").item(0);
        Element designate = (Element) document.getElementsByTagName("Designate").item(0);
        Element attribute = (Element) ocd.getElementsByTagName("AD").item(0);
        NodeList options = attribute.getElementsByTagName("Option");
        List<String> values = new ArrayList<>();
        for (int i = 0; i < options.getLength(); i++) {
            values.add(((Element) options.item(i)).getAttribute("value"));
        }

        assertEquals(NurseTariffRule.PID, ocd.getAttribute("id"));
        assertEquals(NurseTariffRule.PID, designate.getAttribute("pid"));
        assertEquals(1, ocd.getElementsByTagName("AD").getLength());
        assertEquals("zone", attribute.getAttribute("id"));
        assertEquals(NurseTariffConfig.class.getMethod("zone").getDefaultValue(), attribute.getAttribute("default"));
        assertEquals(List.of(TariffZones.METRO, TariffZones.DOM), values);
    }

    private static NurseTariffConfig config(String zone) {
        return new NurseTariffConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return NurseTariffConfig.class;
            }

            @Override
            public String zone() {
                return zone;
            }
        };
    }
}
