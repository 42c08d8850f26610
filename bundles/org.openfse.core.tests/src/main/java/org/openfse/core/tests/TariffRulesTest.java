package org.openfse.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openfse.core.Money;
import org.openfse.core.tariff.ActLine;
import org.openfse.core.tariff.AmcRequest;
import org.openfse.core.tariff.Coverage;
import org.openfse.core.tariff.PricedInvoice;
import org.openfse.core.tariff.PricingRequest;
import org.openfse.core.tariff.TariffEngine;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The tariff engine collects the specialty rules through a MULTIPLE/GREEDY reference: stopping a
 * specialty bundle removes its rule at once, starting it again brings it back.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class TariffRulesTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 10_000)
    TariffEngine engine;

    @Test
    void everySpecialtyOfTheProductIsPriceable() {
        assertEquals(Set.of("optician", "nurse", "doctor"), engine.specialties());
    }

    @Test
    void stoppingASpecialtyBundleRemovesItsRule() throws Exception {
        Bundle nurse = bundle("org.openfse.specialty.nurse");
        nurse.stop();
        try {
            assertFalse(engine.specialties().contains("nurse"), () -> "still there: " + engine.specialties());
            assertTrue(engine.specialties().containsAll(Set.of("optician", "doctor")));
        } finally {
            nurse.start();
        }
        assertTrue(engine.specialties().contains("nurse"), () -> "not back: " + engine.specialties());
    }

    // Seed 002, invoice 254: two VU3 lenses (LPP 7230795) at 103.00 and an M03 frame (LPP 7211674)
    // at 209.00, AMC attestation 100.00 -> totals 415.00 / AMO 0.09 / AMC 100.00 / remaining 314.91,
    // AMC spread 24.82 / 24.82 / 50.36.
    @Test
    void seedInvoice254ThroughTheRealServices() throws Exception {
        PricedInvoice invoice = engine.price(new PricingRequest("optician", LocalDate.of(2024, 5, 28), Coverage.maladie(),
                Optional.of(new AmcRequest(Money.parse("100.00"))), List.of(
                        new ActLine("VU3", Optional.of("7230795"), 1, Optional.of(Money.parse("103.00")), BigDecimal.ONE),
                        new ActLine("VU3", Optional.of("7230795"), 1, Optional.of(Money.parse("103.00")), BigDecimal.ONE),
                        new ActLine("M03", Optional.of("7211674"), 1, Optional.of(Money.parse("209.00")), BigDecimal.ONE))));
        assertEquals("415.00", invoice.net().toString());
        assertEquals("0.09", invoice.amo().toString());
        assertEquals("100.00", invoice.amc().toString());
        assertEquals("314.91", invoice.patient().toString());
        assertEquals(List.of("24.82", "24.82", "50.36"), invoice.lines().stream().map(l -> l.amc().toString()).toList());
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError(symbolicName + " not installed");
    }
}
