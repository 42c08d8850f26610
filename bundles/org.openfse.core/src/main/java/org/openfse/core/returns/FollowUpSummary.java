package org.openfse.core.returns;

/**
 * The line under "Suivi facturations": "x dossiers dont y sécurisés en sesam vitale soit z %".
 *
 * @param folders number of invoices listed
 * @param secured how many were secured with the Vitale card
 * @param percent secured / folders in whole percent, rounded half up (21 and 18 give 86, seed 002); 0 when no folder
 */
public record FollowUpSummary(int folders, int secured, int percent) {

    /** The summary of counts, percent rounded half up. */
    public static FollowUpSummary of(int folders, int secured) {
        int percent = folders == 0 ? 0 : (int) ((secured * 200L + folders) / (2L * folders));
        return new FollowUpSummary(folders, secured, percent);
    }
}
