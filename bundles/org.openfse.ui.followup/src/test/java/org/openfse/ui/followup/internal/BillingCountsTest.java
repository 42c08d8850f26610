package org.openfse.ui.followup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.openfse.core.returns.FollowUpSummary;

/** The count line of Suivi facturations. */
class BillingCountsTest {

    @Test
    void theSeedLine() {
        // Seed 002: "21 dossiers dont 18 sécurisés en sesam vitale soit 86%" (18 / 21 = 85.7 %).
        assertEquals("21 dossiers dont 18 sécurisés en SESAM-Vitale soit 86 %",
                BillingCounts.text(new FollowUpSummary(21, 18, 86)));
    }

    @Test
    void oneOrNoFolder() {
        assertEquals("1 dossier dont 1 sécurisé en SESAM-Vitale soit 100 %", BillingCounts.text(new FollowUpSummary(1, 1, 100)));
        assertEquals("Aucun dossier sur la période.", BillingCounts.text(new FollowUpSummary(0, 0, 0)));
    }

    @Test
    void largeCountsAreNotGrouped() {
        assertEquals("12345 dossiers dont 12000 sécurisés en SESAM-Vitale soit 97 %",
                BillingCounts.text(new FollowUpSummary(12345, 12000, 97)));
    }
}
