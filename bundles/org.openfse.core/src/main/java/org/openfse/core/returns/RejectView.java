package org.openfse.core.returns;

import java.time.LocalDate;

/**
 * A reject or notice as stored for an invoice.
 *
 * @param rejectId the {@code Reject} id
 * @param returnFileId the {@code ReturnFile} it came in
 * @param invoiceNumber as read
 * @param code code as received
 * @param label wording as received
 * @param mark what the RSP column shows
 * @param date date of the return (accounting date)
 * @param notice true for a signalement on a paid invoice (no state change)
 */
public record RejectView(long rejectId, long returnFileId, String invoiceNumber, String code, String label,
        RspMark mark, LocalDate date, boolean notice) {
}
