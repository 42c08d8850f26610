package org.openfse.core.tariff;

import java.util.Locale;

/**
 * A coverage value entered by hand against what the Vitale card or ADRi said (forçage, seed 002:
 * "SESAM-Vitale" button of the invoice; DOMAIN.md "Rights"). A forcing does not change how the
 * invoice is priced, which always follows the values of the {@link Coverage}; it records that a
 * value was forced so that the invoice stores and shows it. The SESAM-Vitale forcing indicator
 * letters are those of IR_VIT_V (shared/reference-data/snds).
 */
public enum Forcing {
    /** The nature of insurance: end of maternity moved (IR_VIT_V {@code M}), AT table ({@code W}), SMG ({@code Z}). */
    NATURE,
    /** The ALD exemption entered or extended (IR_VIT_V {@code A}). */
    ALD,
    /** The exemption situation (situation ETM, "taux d'exonération"; seed 002: in dégradé mode only). */
    EXEMPTION,
    /** The C2S (code service AMO) forced present or absent (seed 002, "Forçage Service AMO"). */
    C2S,
    /** The complementary insurer's data entered by hand (attestation AMC; IR_VIT_V {@code D}, {@code N}, {@code S}). */
    AMC;

    /** The lower-case code used in files and commands: the name of the forced field ({@code nature}, {@code ald}, {@code exemption}, {@code c2s}, {@code amc}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@link #code()}. */
    public static Forcing fromCode(String code) {
        for (Forcing forcing : values()) {
            if (forcing.code().equals(code)) {
                return forcing;
            }
        }
        throw new IllegalArgumentException("unknown forcing: '" + code + "'");
    }
}
