package org.openfse.core.tariff;

import java.util.Locale;

/** Nature d'assurance of the care. */
public enum InsuranceNature {
    MALADIE, MATERNITE, AT, SMG;

    /** The lower-case code used in files and commands ({@code maladie}, {@code maternite}, {@code at}, {@code smg}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@link #code()}. */
    public static InsuranceNature fromCode(String code) {
        for (InsuranceNature nature : values()) {
            if (nature.code().equals(code)) {
                return nature;
            }
        }
        throw new IllegalArgumentException("unknown insurance nature: '" + code + "'");
    }
}
