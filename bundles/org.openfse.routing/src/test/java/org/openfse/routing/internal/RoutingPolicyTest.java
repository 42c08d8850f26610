package org.openfse.routing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openfse.core.routing.AmcManagement;
import org.openfse.core.routing.InvoiceFlow;
import org.openfse.core.routing.RoutingDecision;
import org.openfse.core.routing.RoutingRequest;

class RoutingPolicyTest {

    private static final String CAISSE_DE_TEST = "01 999 9999";
    private static final String MUTUELLE_TEST = "1100000000";

    private final RoutingPolicy policy = new RoutingPolicy();

    // Seed 002, invoice 253: AMO only (Caisse de TEST, AMO 01-999-9999), no AMC: one FSE.
    @Test
    void seedInvoice253IsAnFseAlone() {
        RoutingDecision decision = route(new RoutingRequest(CAISSE_DE_TEST, true, AmcManagement.NONE, Optional.empty(), true, false,
                Optional.empty()));

        assertEquals(new RoutingDecision(InvoiceFlow.FSE_RO, Optional.of(CAISSE_DE_TEST), Optional.empty(), "mail"), decision);
    }

    // Seed 002, invoice 254: tiers payant RO and RC, AMC 1100000000 in gestion séparée
    // ("Gest. Séparée" in the AMC attestation): an FSE to the caisse (lot 027, 01 999) and a DRE
    // to the AMC (lot AAE, 1100000...).
    @Test
    void seedInvoice254IsAnFseAndADre() {
        RoutingDecision decision = route(new RoutingRequest(CAISSE_DE_TEST, true, AmcManagement.SEPARATE,
                Optional.of(MUTUELLE_TEST), true, true, Optional.empty()));

        assertEquals(new RoutingDecision(InvoiceFlow.FSE_AND_DRE, Optional.of(CAISSE_DE_TEST), Optional.of(MUTUELLE_TEST), "mail"),
                decision);
    }

    // Seed 002, invoice 256: C2S managed by the régime obligatoire (gestion unique, "GU ... ex : C2S"),
    // RO 5.40 and RC 24.60 in one FSE to 01 349 9881.
    @Test
    void seedInvoice256InGestionUniqueIsOneFseCarryingBothParts() {
        RoutingDecision decision = route(new RoutingRequest("01 349 9881", true, AmcManagement.UNIQUE,
                Optional.of("C2S"), true, true, Optional.empty()));

        assertEquals(new RoutingDecision(InvoiceFlow.FSE_RO_RC, Optional.of("01 349 9881"), Optional.empty(), "mail"), decision);
    }

    @Test
    void withoutAmoPartAGestionSepareeInvoiceIsADreAlone() {
        RoutingDecision decision = route(new RoutingRequest(CAISSE_DE_TEST, false, AmcManagement.SEPARATE,
                Optional.of(MUTUELLE_TEST), false, true, Optional.empty()));

        assertEquals(new RoutingDecision(InvoiceFlow.DRE_ONLY, Optional.empty(), Optional.of(MUTUELLE_TEST), "mail"), decision);
    }

    @Test
    void withoutAmoPartAGestionUniqueInvoiceStillGoesToTheAmo() {
        assertEquals(InvoiceFlow.FSE_RO_RC, route(new RoutingRequest(CAISSE_DE_TEST, false, AmcManagement.UNIQUE,
                Optional.of("C2S"), false, true, Optional.empty())).flow());
    }

    @Test
    void withoutTiersPayantAmcTheAmcPartIsNotTransmitted() {
        assertEquals(InvoiceFlow.FSE_RO, route(new RoutingRequest(CAISSE_DE_TEST, true, AmcManagement.SEPARATE,
                Optional.of(MUTUELLE_TEST), true, false, Optional.empty())).flow());
        assertEquals(InvoiceFlow.FSE_RO, route(new RoutingRequest(CAISSE_DE_TEST, true, AmcManagement.UNIQUE,
                Optional.of(MUTUELLE_TEST), false, false, Optional.empty())).flow());
    }

    @Test
    void theFseIsSentWithoutTiersPayantAmoToo() {
        assertEquals(Optional.of(CAISSE_DE_TEST), route(new RoutingRequest(CAISSE_DE_TEST, true, AmcManagement.NONE,
                Optional.empty(), false, false, Optional.empty())).fseDestination());
    }

    // Seed 002 / 003: a concentrator (OCT) configured for the organisme carries the flow.
    @Test
    void aConfiguredConcentratorCarriesTheFlow() {
        assertEquals("AreaSante", route(new RoutingRequest(CAISSE_DE_TEST, true, AmcManagement.SEPARATE,
                Optional.of(MUTUELLE_TEST), true, true, Optional.of("AreaSante"))).transportId());
    }

    @Test
    void nothingToClaimIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> route(new RoutingRequest(CAISSE_DE_TEST,
                false, AmcManagement.SEPARATE, Optional.of(MUTUELLE_TEST), false, false, Optional.empty())));

        assertTrue(refused.getMessage().startsWith("Rien à transmettre"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> route(new RoutingRequest(CAISSE_DE_TEST, false, AmcManagement.NONE,
                Optional.empty(), true, true, Optional.empty())));
    }

    @Test
    void anFseNeedsItsAmoOrganisme() {
        assertThrows(IllegalArgumentException.class, () -> route(new RoutingRequest(" ", true, AmcManagement.NONE,
                Optional.empty(), true, false, Optional.empty())));
        assertEquals(InvoiceFlow.DRE_ONLY, route(new RoutingRequest("", false, AmcManagement.SEPARATE,
                Optional.of(MUTUELLE_TEST), false, true, Optional.empty())).flow());
    }

    private RoutingDecision route(RoutingRequest request) {
        return policy.route(request, "mail");
    }
}
