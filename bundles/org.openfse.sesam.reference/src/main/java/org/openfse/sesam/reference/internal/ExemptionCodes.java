package org.openfse.sesam.reference.internal;

import java.util.Set;

/**
 * The exemption situations (situation ETM / taux d'exonération) an invoice may name: the codes of
 * IR_EXO_V (SNDS nomenclature, ORAVAL table, 2019-07-17; shared/reference-data/snds/IR_EXO_V.csv),
 * without 99 "VALEUR INCONNUE". The tariff bundle's exemptions.csv lists the same codes.
 */
final class ExemptionCodes {

    private static final Set<String> KNOWN = Set.of("0", "10", "20", "21", "30", "41", "42", "43", "44", "45", "46",
            "47", "51", "54", "55", "56", "57", "62", "63", "81", "82", "91", "92");

    private ExemptionCodes() {
    }

    static boolean known(String code) {
        return KNOWN.contains(code);
    }
}
