package org.openfse.b2;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the lot header (1) and trailer (6) say (B2.md 5.2 and 5.28).
 *
 * @param psNumber the PS number with its key, 9 digits
 * @param organisme destination organisme, 3 digits (ASSUMPTION of B2.md 5.2: the caisse number)
 * @param lotNumber 1 to 999
 * @param psName name of the PS, cut at 40 characters
 * @param creationDate the lot's creation day
 * @param certification position 81: {@code ' '} plain, {@code 'S'} SESAM with Vitale, {@code 'F'}
 *        SESAM without Vitale, {@code 'D'} dégradé
 * @param normCode 2 characters (codes UNKNOWN, U8)
 * @param normVersionNumber up to 6 digits
 * @param currency position 88: {@code 'E'} euro, {@code 'U'} single currency (euro)
 * @param pivotRegime grand régime of the pivot fund, 2 characters
 * @param pivotCaisse pivot fund number, 3 characters
 * @param marking trailer position 55: {@code 'R'} real, {@code 'T'} test, {@code 'D'} demonstration invoices
 * @param softwareApproval trailer positions 61-72, the software's approval number, {@code ""} when none
 */
public record B2LotHeader(String psNumber, String organisme, int lotNumber, String psName, LocalDate creationDate,
        char certification, String normCode, String normVersionNumber, char currency, String pivotRegime,
        String pivotCaisse, char marking, String softwareApproval) {

    public B2LotHeader {
        Objects.requireNonNull(psNumber, "psNumber");
        Objects.requireNonNull(organisme, "organisme");
        Objects.requireNonNull(psName, "psName");
        Objects.requireNonNull(creationDate, "creationDate");
        normCode = normCode == null ? "" : normCode;
        normVersionNumber = normVersionNumber == null ? "" : normVersionNumber;
        pivotRegime = pivotRegime == null ? "" : pivotRegime;
        pivotCaisse = pivotCaisse == null ? "" : pivotCaisse;
        softwareApproval = softwareApproval == null ? "" : softwareApproval;
        if (lotNumber < 1 || lotNumber > 999) {
            throw new IllegalArgumentException("lot number out of 1..999: " + lotNumber);
        }
    }
}
