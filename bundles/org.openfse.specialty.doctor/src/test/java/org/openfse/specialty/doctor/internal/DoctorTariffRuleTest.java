package org.openfse.specialty.doctor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.openfse.tariff.spi.TariffZones;
import org.junit.jupiter.api.Test;
import org.openfse.core.tariff.ActLine;
import org.openfse.core.tariff.Coverage;
import org.openfse.core.tariff.LinePricing;
import org.openfse.core.tariff.PricingException;
import org.openfse.core.tariff.PricingRequest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DoctorTariffRuleTest {

    // MSP Rillieux-Village (G 30 EUR, 70 %, 2 EUR participation forfaitaire): both services of the bundle together.
    @Test
    void theRuleAndTheParticipationRuleServeTheDoctorSpecialty() throws PricingException {
        DoctorTariffRule rule = new DoctorTariffRule(config(TariffZones.METRO));
        DoctorParticipationRule participationRule = new DoctorParticipationRule();
        PricingRequest request = DoctorFixtures.request(Coverage.maladie(), DoctorFixtures.JANUARY_2025, ActLine.of("G"));

        List<LinePricing> pricings = rule.price(request);

        assertEquals("doctor", rule.specialty());
        assertEquals("doctor", participationRule.specialty());
        assertEquals(70, pricings.get(0).rate());
        assertEquals(DoctorFixtures.amounts("2.00"), participationRule.participations(request, pricings));
    }

    @Test
    void refusesAnUnknownZone() {
        assertThrows(IllegalArgumentException.class, () -> new DoctorTariffRule(config("reunion")));
    }

    // tycho-ds-plugin writes no metatype: the shipped document must say what the annotation says.
    @Test
    void metatypeDocumentMatchesTheConfigurationType() throws Exception {
        Document document;
        try (InputStream in = DoctorTariffRule.class.getClassLoader()
                .getResourceAsStream("OSGI-INF/metatype/" + DoctorTariffRule.PID + ".xml")) {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        Element ocd = (Element) document.getElementsByTagName("OCD").item(0);
        Element attribute = (Element) ocd.getElementsByTagName("AD").item(0);
        NodeList options = attribute.getElementsByTagName("Option");
        List<String> values = new ArrayList<>();
        for (int i = 0; i < options.getLength(); i++) {
            values.add(((Element) options.item(i)).getAttribute("value"));
        }

        assertEquals(DoctorTariffRule.PID, ocd.getAttribute("id"));
        assertEquals(DoctorTariffRule.PID, ((Element) document.getElementsByTagName("Designate").item(0)).getAttribute("pid"));
        assertEquals(1, ocd.getElementsByTagName("AD").getLength());
        assertEquals("zone", attribute.getAttribute("id"));
        assertEquals(DoctorTariffConfig.class.getMethod("zone").getDefaultValue(), attribute.getAttribute("default"));
        assertEquals(List.of(TariffZones.METRO, TariffZones.DOM), values);
    }

    private static DoctorTariffConfig config(String zone) {
        return new DoctorTariffConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return DoctorTariffConfig.class;
            }

            @Override
            public String zone() {
                return zone;
            }
        };
    }
}
