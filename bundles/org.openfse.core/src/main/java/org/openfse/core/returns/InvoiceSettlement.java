package org.openfse.core.returns;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One invoice as a return settles it: the invoice entity (100 or 102) and the entities that
 * follow it (NOEMIE-PS.md 6.1 to 6.3).
 *
 * @param invoiceNumber the invoice number as read (9 characters, trimmed; compare as text, 7.9)
 * @param lotNumber lot number from the 102 (or the 080 before a 100), blank when unknown
 * @param lotDate lot creation date, {@code null} when unknown
 * @param returnType the 081 return type code of the section ({@code 01} electronic, {@code 02}
 *        paper, {@code 04} back-payment...), blank when no 081 came before
 * @param invoiceType 102 position 30 ({@code F} FSE, {@code B} B2...), blank for a 100
 * @param invoiceDate invoicing date, {@code null} when absent
 * @param amcProcessing 102 position 37, blank when the AMC part is not processed
 * @param beneficiary NIR (13 + key) and names read from 103 / 110 / 120, blank when absent
 * @param amo the 198, when present
 * @param amc the 199, when present
 * @param acts the 210 lines
 * @param reasons the 290 / 294 / 295 entities
 * @param complete false when a damaged entity may have belonged to this invoice: its amounts are
 *        then not to be trusted (section 4)
 * @param record physical record (1-based) where the invoice entity starts
 */
public record InvoiceSettlement(String invoiceNumber, String lotNumber, LocalDate lotDate, String returnType,
        String invoiceType, LocalDate invoiceDate, String amcProcessing, Beneficiary beneficiary,
        Optional<PartSettlement> amo, Optional<PartSettlement> amc, List<ActSettlement> acts,
        List<RejectReason> reasons, boolean complete, long record) {

    /**
     * Who was treated, as the return names it.
     *
     * @param nir 13 characters + 2-digit key when read, else blank
     * @param lastName surname
     * @param firstName first name
     * @param birthDate {@code null} when absent
     */
    public record Beneficiary(String nir, String lastName, String firstName, LocalDate birthDate) {
        /** Nobody named. */
        public static final Beneficiary NONE = new Beneficiary("", "", "", null);
    }

    public InvoiceSettlement {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        lotNumber = lotNumber == null ? "" : lotNumber;
        returnType = returnType == null ? "" : returnType;
        invoiceType = invoiceType == null ? "" : invoiceType;
        amcProcessing = amcProcessing == null ? "" : amcProcessing;
        beneficiary = beneficiary == null ? Beneficiary.NONE : beneficiary;
        acts = List.copyOf(acts);
        reasons = List.copyOf(reasons);
    }

    /** The settled parts, AMO first. */
    public List<PartSettlement> parts() {
        return java.util.stream.Stream.of(amo, amc).flatMap(Optional::stream).toList();
    }

    /** Whether a part is rejected ({@code R}). */
    public boolean rejected() {
        return parts().stream().anyMatch(p -> p.state() == PartState.REJECTED);
    }

    /** Reject codes (290 / 294) without the comments. */
    public List<RejectReason> rejectCodes() {
        return reasons.stream().filter(r -> !r.comment()).toList();
    }
}
