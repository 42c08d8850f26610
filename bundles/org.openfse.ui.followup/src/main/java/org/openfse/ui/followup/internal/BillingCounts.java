package org.openfse.ui.followup.internal;

import org.openfse.core.returns.FollowUpSummary;

/**
 * The count line under Suivi facturations (seed 002: "21 dossiers dont 18 sécurisés en sesam
 * vitale soit 86%"), from the noemie queries' {@link FollowUpSummary}.
 */
final class BillingCounts {

    private BillingCounts() {
    }

    /** "21 dossiers dont 18 sécurisés en SESAM-Vitale soit 86 %", or "Aucun dossier". */
    static String text(FollowUpSummary summary) {
        if (summary.folders() == 0) {
            return Texts.get("billing.counts.none");
        }
        return Texts.get(summary.folders() == 1 ? "billing.counts.one" : "billing.counts", summary.folders(), summary.secured(),
                summary.percent());
    }
}
