package org.openfse.simulator;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the simulated payer pays in one transfer (virement) to one professional.
 *
 * @param psNumber the professional's number (1 to 14 digits), written zero-filled as the
 *        recipient (14 digits) and the payee (15 digits), as seed 002 shows them
 *        ({@code 00000992604231}, {@code 000000992604231})
 * @param fileId file identifier, 1 to 6 upper-case letters or digits
 * @param creationDate creation date of the file
 * @param accountingDate accounting date of the transfer
 * @param wording1 first line of the transfer's wording on the bank statement, 1 to 32 characters
 * @param wording2 second line, 0 to 32 characters
 * @param invoices the invoices paid, at least one
 */
public record PaymentOrder(String psNumber, String fileId, LocalDate creationDate, LocalDate accountingDate,
        String wording1, String wording2, List<PaidInvoice> invoices) {

    public PaymentOrder {
        Objects.requireNonNull(psNumber, "psNumber");
        Objects.requireNonNull(fileId, "fileId");
        Objects.requireNonNull(creationDate, "creationDate");
        Objects.requireNonNull(accountingDate, "accountingDate");
        Objects.requireNonNull(wording1, "wording1");
        Objects.requireNonNull(wording2, "wording2");
        invoices = List.copyOf(invoices);
        if (!psNumber.matches("\\d{1,14}")) {
            throw new IllegalArgumentException("PS number must be 1 to 14 digits: '" + psNumber + "'");
        }
        if (!fileId.matches("[A-Z0-9]{1,6}")) {
            throw new IllegalArgumentException("file id must be 1 to 6 upper-case letters or digits: '" + fileId + "'");
        }
        checkText("wording1", wording1, 1, 32);
        checkText("wording2", wording2, 0, 32);
        if (invoices.isEmpty()) {
            throw new IllegalArgumentException("a payment needs at least one invoice");
        }
    }

    /** NOEMIE-PS text (C1): upper-case printable ASCII, no accents, no '@'. */
    private static void checkText(String field, String value, int min, int max) {
        if (value.length() < min || value.length() > max) {
            throw new IllegalArgumentException(field + " must be " + min + " to " + max + " characters: '" + value + "'");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '@' || (c >= 'a' && c <= 'z')) {
                throw new IllegalArgumentException(
                        field + " must be upper-case printable ASCII without '@': '" + value + "'");
            }
        }
    }
}
