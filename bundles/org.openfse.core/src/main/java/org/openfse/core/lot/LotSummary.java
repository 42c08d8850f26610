package org.openfse.core.lot;

import java.time.Instant;
import java.util.Objects;
import org.openfse.core.Money;
import org.openfse.core.sesam.SecureMode;

/**
 * One stored lot as the lists show it (seed 002, "Télétransmis": date lot, lot, org. dest., état
 * lot, libellé ARL/RSP, id PS).
 *
 * @param id the lot's store id
 * @param psNumber the practitioner's PS number
 * @param number the lot number, 1 to 999
 * @param destination the destination organisme, {@code "01 349"} (grand régime, caisse) for an FSE
 *        lot, {@code "AMC 1100000000"} for a DRE lot
 * @param flow FSE or DRE
 * @param secureMode how the lot's invoices were secured (one mode per lot: B2 type 1 position 81)
 * @param state the current state
 * @param createdAt when it was made (mettre en lot)
 * @param sentAt when it was last sent, {@code null} before
 * @param attempts how many sending attempts were started (0 before the first)
 * @param invoiceCount number of invoices
 * @param totalFees total billed
 * @param totalAmo total claimed from the AMO
 * @param totalAmc total claimed from the AMC
 * @param fileName name of the current B2 file, {@code null} before mettre en fichier
 * @param lastAckText code and message of the last ARL / avis, {@code ""} when none
 */
public record LotSummary(long id, String psNumber, int number, String destination, LotFlow flow,
        SecureMode secureMode, LotState state, Instant createdAt, Instant sentAt, int attempts, int invoiceCount,
        Money totalFees, Money totalAmo, Money totalAmc, String fileName, String lastAckText) {

    public LotSummary {
        Objects.requireNonNull(psNumber, "psNumber");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(totalFees, "totalFees");
        Objects.requireNonNull(totalAmo, "totalAmo");
        Objects.requireNonNull(totalAmc, "totalAmc");
        lastAckText = lastAckText == null ? "" : lastAckText;
    }

    /** The number as written everywhere: three digits, {@code 025}. */
    public String numberText() {
        return LotNumbers.format(number);
    }
}
