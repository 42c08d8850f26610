package org.openfse.transmission.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.openfse.b2.B2FileHeader;
import org.openfse.b2.B2Invoice;
import org.openfse.b2.B2Line;
import org.openfse.b2.B2LotHeader;
import org.openfse.core.Money;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.store.Transaction;
import org.openfse.model.api.AmcCoverage;
import org.openfse.model.api.AmoCoverage;
import org.openfse.model.api.Beneficiary;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.InvoiceLine;
import org.openfse.model.api.Lot;
import org.openfse.model.api.Patient;
import org.openfse.model.api.Practitioner;
import org.openfse.model.api.Prescription;

/**
 * Stored lots and invoices as the values of {@link org.openfse.b2.B2Writer}: one file per lot, the
 * type 2 / 4 / 5 records of each invoice from its stored data. What B2.md leaves UNKNOWN is written
 * as zeros or spaces (file header recipient type and application, norm codes), see the ASSUMPTIONs
 * there; the act code is the invoice line's code cut at 5 characters (LPP and CCAM detail records
 * 4F / 4M are not written).
 */
final class B2Mapping {

    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private final Transaction tx;

    B2Mapping(Transaction tx) {
        this.tx = tx;
    }

    B2FileHeader fileHeader(Practitioner practitioner, Lot lot, LocalDate today) {
        return new B2FileHeader("TP", digits(practitioner.getPsNumber(), 14), "", recipientNumber(lot.getDestination()), "",
                String.format("L%03d%02d", lot.getNumber(), Math.min(99, lot.getFiles().size() + 1)), today, "    ",
                "B2", "OPENFSE");
    }

    B2LotHeader lotHeader(Practitioner practitioner, Lot lot, char marking) {
        String[] destination = destination(lot.getDestination());
        return new B2LotHeader(practitioner.getPsNumber(), destination[1], lot.getNumber(), psName(practitioner),
                lot.getCreatedAt().atZone(ZONE).toLocalDate(), certification(lot.getSecureMode()), "", "", 'E',
                destination[0], destination[1], marking, "");
    }

    B2Invoice invoice(Practitioner practitioner, Invoice invoice) {
        String number = invoice.getNumber() == null ? "?" : invoice.getNumber().toString();
        if (invoice.getBeneficiary() == null) {
            throw Texts.error("b2.noBeneficiary", number);
        }
        Beneficiary beneficiary = tx.resolve(invoice.getBeneficiary());
        String nir = beneficiary.getNir();
        String nirKey = beneficiary.getNirKey();
        if (beneficiary.eContainer() instanceof Patient folder && folder.getInsured() != null
                && folder.getInsured().getNir() != null) {
            nir = folder.getInsured().getNir();
            nirKey = folder.getInsured().getNirKey();
        }
        if (nir == null || nir.length() != 13) {
            throw Texts.error("b2.noNir", number);
        }
        if (invoice.getAmoCoverage() == null) {
            throw Texts.error("b2.noAmo", number);
        }
        AmoCoverage amo = tx.resolve(invoice.getAmoCoverage());
        String amcNumber = "";
        if (invoice.getAmcCoverage() != null && invoice.getTotalAmc() != null && !invoice.getTotalAmc().isZero()) {
            AmcCoverage amc = tx.resolve(invoice.getAmcCoverage());
            amcNumber = amc.getAmcNumber() == null ? "" : amc.getAmcNumber();
        }
        String prescriber = "";
        LocalDate prescriptionDate = null;
        if (invoice.getPrescription() != null) {
            Prescription prescription = tx.resolve(invoice.getPrescription());
            String ps = prescription.getPrescriberPsNumber();
            prescriber = ps != null && ps.matches("\\d{9}") ? ps : "";
            prescriptionDate = prescription.getDate();
        }
        LocalDate careDate = invoice.getCareDate() != null ? invoice.getCareDate() : invoice.getInvoiceDate();
        LocalDate invoiceDate = invoice.getInvoiceDate() != null ? invoice.getInvoiceDate() : careDate;
        if (invoiceDate == null) {
            throw Texts.error("b2.noDate", number);
        }
        List<B2Line> lines = new ArrayList<>();
        for (InvoiceLine line : invoice.getLines()) {
            lines.add(line(practitioner, line, careDate != null ? careDate : invoiceDate));
        }
        if (lines.isEmpty()) {
            throw Texts.error("b2.noLine", number);
        }
        String birth = beneficiary.getBirthDate() == null ? "" : beneficiary.getBirthDate();
        String birth6 = birth.length() == 8 ? birth.substring(2) : birth.length() == 6 ? birth : "000000";
        return new B2Invoice(practitioner.getPsNumber(), nir, digits(nirKey, 2), invoice.getNumber().value(), invoiceDate,
                0, invoice.getSecureMode() == SecureMode.NON_SECURISE ? ' ' : 'F', digits(amo.getRegime(), 2),
                digits(amo.getCaisse(), 3), digits(amo.getCentre(), 4), 0, prescriber, prescriptionDate,
                nature(invoice), ' ', birth6, Math.max(1, Math.min(9, beneficiary.getBirthRank())), "",
                payee(invoice), amcNumber, lines);
    }

    private static B2Line line(Practitioner practitioner, InvoiceLine line, LocalDate defaultDate) {
        String code = line.getActCode() == null ? "" : line.getActCode().strip();
        if (code.length() > 5) {
            code = code.substring(0, 5);
        }
        BigDecimal coefficient = line.getCoefficient() == null ? BigDecimal.ONE : line.getCoefficient();
        return new B2Line(practitioner.getPsNumber(), line.getExecutionDate() != null ? line.getExecutionDate() : defaultDate,
                code, Math.max(0, Math.min(99, line.getQuantity())), coefficient, 0, orZero(line.getUnitPrice()),
                orZero(line.getBase()), line.getRate(), orZero(line.getAmo()), orZero(line.getFees()), ' ', 0,
                orZero(line.getAmc()));
    }

    private static Money orZero(Money money) {
        return money == null ? Money.ZERO : money;
    }

    /** B2 type 2 positions 115-116 (B2.md 5.3). */
    static String payee(Invoice invoice) {
        if (invoice.isAmoTiersPayant() && invoice.isAmcTiersPayant()) {
            return "15";
        }
        if (invoice.isAmoTiersPayant()) {
            return "05";
        }
        if (invoice.isAmcTiersPayant()) {
            return "25";
        }
        return "00";
    }

    /** B2 type 2 positions 77-78: 10 sickness, 30 maternity, 41 work accident (B2.md 5.3). */
    private static String nature(Invoice invoice) {
        if (invoice.getNature() == null) {
            return "10";
        }
        return switch (invoice.getNature()) {
            case MATERNITE -> "30";
            case AT -> "41";
            default -> invoice.isAlsaceMoselle() ? "13" : "10";
        };
    }

    /** B2 type 1 position 81 (B2.md 5.2). */
    static char certification(SecureMode mode) {
        if (mode == null) {
            return ' ';
        }
        return switch (mode) {
            case SESAM_VITALE, DESYNCHRONISE -> 'S';
            case DEGRADE -> 'D';
            case NON_SECURISE -> ' ';
        };
    }

    /** "01 349" → {"01", "349"}; "AMC 1100000000" → {"", "000"} (a DRE lot has no AMO caisse). */
    static String[] destination(String destination) {
        String[] parts = destination == null ? new String[0] : destination.strip().split(" ");
        if (parts.length == 2 && parts[0].matches("\\d{2}") && parts[1].matches("\\d{3}")) {
            return parts;
        }
        return new String[] {"", "000"};
    }

    private static String recipientNumber(String destination) {
        String digits = destination == null ? "" : destination.replaceAll("\\D", "");
        return digits(digits.length() > 14 ? digits.substring(digits.length() - 14) : digits, 14);
    }

    private static String psName(Practitioner practitioner) {
        String last = practitioner.getLastName() == null ? "" : practitioner.getLastName();
        String first = practitioner.getFirstName() == null ? "" : practitioner.getFirstName();
        return (last + " " + first).strip();
    }

    /** Right-aligned, zero-filled digits; {@code null} or non-digits give zeros. */
    private static String digits(String value, int width) {
        String v = value == null ? "" : value.strip();
        if (!v.matches("\\d*") || v.length() > width) {
            v = "";
        }
        return "0".repeat(width - v.length()) + v;
    }
}
