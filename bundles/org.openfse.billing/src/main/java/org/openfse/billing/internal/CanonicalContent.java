package org.openfse.billing.internal;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.openfse.model.api.Beneficiary;
import org.openfse.model.api.Forcing;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.InvoiceLine;

/**
 * The bytes of an invoice that the SESAM engine seals: one {@code key=value} line per fact, in a
 * fixed order, UTF-8. They hold what the payer is asked to pay and for whom (practitioner, number,
 * kind, day, beneficiary, coverage, tiers payant, every line and the totals) and nothing that
 * changes after securing (state, lot, dates of transmission). Computing them again later and
 * asking the engine to verify the seal tells whether the invoice was changed since.
 */
final class CanonicalContent {

    static final String HEADER = "OPENFSE-INVOICE/1";

    private CanonicalContent() {
    }

    /**
     * @param psNumber the practitioner's PS number
     * @param beneficiary the invoice's beneficiary, resolved (not a stand-in)
     */
    static byte[] of(String psNumber, Invoice invoice, Beneficiary beneficiary) {
        Objects.requireNonNull(invoice, "invoice");
        StringBuilder out = new StringBuilder(512).append(HEADER).append('\n');
        field(out, "ps", psNumber);
        field(out, "number", invoice.getNumber());
        field(out, "kind", invoice.getKind());
        field(out, "careDate", invoice.getCareDate());
        field(out, "beneficiary", join(beneficiary.getLastName(), beneficiary.getFirstName(), beneficiary.getNir(),
                beneficiary.getNirKey(), beneficiary.getBirthDate(), beneficiary.getBirthRank(), beneficiary.getQuality()));
        field(out, "nature", invoice.getNature());
        field(out, "coverage", join(invoice.isAlsaceMoselle(), invoice.isAldRelated(), invoice.isCommonLawAccident(),
                invoice.isAttackVictim(), invoice.getExemptionCode(), invoice.getWorkAccidentIdentifier(),
                invoice.getWorkAccidentDate()));
        field(out, "justification", join(invoice.getAmoJustification(), invoice.getAmcJustification()));
        field(out, "tiersPayant", join(invoice.isAmoTiersPayant(), invoice.isAmcTiersPayant()));
        field(out, "prescription", invoice.getPrescription() == null ? "" : invoice.getPrescription().getId());
        for (Forcing forcing : invoice.getForcings()) {
            field(out, "forcing", join(forcing.getKind(), forcing.getIndicator(), forcing.getValue(), forcing.getPeriod()));
        }
        for (InvoiceLine line : invoice.getLines()) {
            field(out, "line", join(line.getActCode(), line.getLppCode(), line.getExecutionDate(), line.getQuantity(),
                    line.getCoefficient() == null ? "" : line.getCoefficient().stripTrailingZeros().toPlainString(),
                    line.getUnitPrice(), line.getFees(), line.getBase(), line.getRate(), line.getAmo(), line.getAmc(),
                    line.getPatientShare()));
        }
        field(out, "totals", join(invoice.getTotalFees(), invoice.getTotalAmo(), invoice.getTotalAmc(),
                invoice.getTotalPatient()));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void field(StringBuilder out, String key, Object value) {
        String written = value instanceof Joined joined ? joined.text() : text(value);
        out.append(key).append('=').append(written).append('\n');
    }

    /** Values already escaped and joined with {@code |}. */
    private record Joined(String text) {
    }

    private static Joined join(Object... values) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('|');
            }
            out.append(text(values[i]));
        }
        return new Joined(out.toString());
    }

    /** Text of a value, with the separators and line ends of free text escaped. */
    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value.toString().replace("\\", "\\\\").replace("|", "\\|").replace("\n", "\\n").replace("\r", "\\r");
    }
}
