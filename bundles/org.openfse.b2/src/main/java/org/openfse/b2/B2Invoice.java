package org.openfse.b2;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.openfse.core.Money;

/**
 * One invoice: a type 2 header, its type 4 lines and a type 5 with totals computed from the lines
 * (B2.md 5.3, 5.15, 5.26 and the relations of section 6).
 *
 * @param psNumber PS number with key, 9 digits
 * @param nir the insured's registration number, 13 characters
 * @param nirKey its key, 2 digits
 * @param invoiceNumber the invoice number, 1 to 999 999 999
 * @param invoiceDate the invoicing day
 * @param operationKind nature d'opération, one digit (codes UNKNOWN, U8)
 * @param invoiceType position 47: {@code 'F'} SESAM or degraded SESAM, {@code ' '} outside SESAM
 * @param regime grand régime, 2 digits
 * @param caisse managing fund, 3 digits
 * @param centre managing centre, 4 digits
 * @param proofKind nature de la pièce justificative des droits, one digit (codes UNKNOWN, U8)
 * @param prescriber prescriber's number with key, 9 digits, {@code ""} when none (zeros)
 * @param prescriptionDate {@code null} when none (zeros)
 * @param insuranceNature {@code 10} sickness, {@code 13}, {@code 30}, {@code 41}, {@code 90}
 * @param exemption one character ({@code ' '} when none; codes UNKNOWN, U8)
 * @param birthDate the beneficiary's birth date as 6 characters (YYMMDD, U3; alphanumeric for
 *        lunar dates)
 * @param birthRank 1 to 9
 * @param beneficiaryRank 2 characters, {@code ""} when none
 * @param payee destinataire du règlement: {@code 00} the insured, {@code 05} the PS for the AMO
 *        part, {@code 15} full tiers payant, {@code 25} AMC part only
 * @param amcNumber AMC organisme number, {@code ""} when none
 * @param lines the service lines (at least one)
 */
public record B2Invoice(String psNumber, String nir, String nirKey, int invoiceNumber, LocalDate invoiceDate,
        int operationKind, char invoiceType, String regime, String caisse, String centre, int proofKind,
        String prescriber, LocalDate prescriptionDate, String insuranceNature, char exemption, String birthDate,
        int birthRank, String beneficiaryRank, String payee, String amcNumber, List<B2Line> lines) {

    public B2Invoice {
        Objects.requireNonNull(psNumber, "psNumber");
        Objects.requireNonNull(nir, "nir");
        Objects.requireNonNull(nirKey, "nirKey");
        Objects.requireNonNull(invoiceDate, "invoiceDate");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(caisse, "caisse");
        Objects.requireNonNull(centre, "centre");
        Objects.requireNonNull(insuranceNature, "insuranceNature");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(payee, "payee");
        prescriber = prescriber == null ? "" : prescriber;
        beneficiaryRank = beneficiaryRank == null ? "" : beneficiaryRank;
        amcNumber = amcNumber == null ? "" : amcNumber;
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("invoice " + invoiceNumber + " has no line");
        }
    }

    /** Total billed: the sum of the lines' fees (type 5 positions 58-65). */
    public Money totalFees() {
        Money total = Money.ZERO;
        for (B2Line line : lines) {
            total = total.plus(line.fees());
        }
        return total;
    }

    /** Total AMO: the sum of the lines' AMO amounts (66-73). */
    public Money totalAmo() {
        Money total = Money.ZERO;
        for (B2Line line : lines) {
            total = total.plus(line.amo());
        }
        return total;
    }

    /** Total AMC: the sum of the lines' AMC amounts (82-89). */
    public Money totalAmc() {
        Money total = Money.ZERO;
        for (B2Line line : lines) {
            total = total.plus(line.amc());
        }
        return total;
    }
}
