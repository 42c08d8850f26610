package org.openfse.refdata;

import java.util.Locale;
import java.util.Objects;

/**
 * An organisme of the insurance (IR_ORG_V) with labels from the related tables. It is not the
 * SESAM-Vitale "organisme destinataire" (régime + caisse + centre): routing takes that from the
 * payers' reference data.
 *
 * @param number ORG_NUM, 9 characters: régime (2), letter, caisse (3), local code (3), e.g. {@code 01C751809}
 * @param regime grand régime code (ORG_GRG_COD, e.g. {@code 1})
 * @param regimeLabel label of the régime from IR_GRG_V (GRG_LIB), empty when unknown
 * @param caisseKey ORG_BSE_NUM, e.g. {@code 01C751}
 * @param caisseLabel label of the caisse from IR_CAI_V (ORG_CAI_LIB), empty when unknown
 * @param type ORG_ORG_TYP letter (C CPAM/CGSS, A other régime, M mutual section, I unknown)
 * @param typeLabel its label from IR_TYO_V, empty when unknown
 * @param department GEO_DPT_COD, 3 characters ({@code 075})
 */
public record Organisme(String number, String regime, String regimeLabel, String caisseKey, String caisseLabel,
        String type, String typeLabel, String department) {

    public Organisme {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(regimeLabel, "regimeLabel");
        Objects.requireNonNull(caisseKey, "caisseKey");
        Objects.requireNonNull(caisseLabel, "caisseLabel");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(typeLabel, "typeLabel");
        Objects.requireNonNull(department, "department");
    }

    /**
     * Whether the caisse label is a real name: IR_CAI_V holds placeholders on many rows ("MOA A
     * COMPLETER", "ORGANISME INCONNU ...", "CAISSE nnn INCONNUE du REGIME nn"), which should not
     * be shown as a name.
     */
    public boolean caisseLabelKnown() {
        String upper = caisseLabel.toUpperCase(Locale.ROOT);
        return !caisseLabel.isBlank() && !upper.startsWith("MOA A COMPLETER") && !upper.contains("INCONNU");
    }
}
