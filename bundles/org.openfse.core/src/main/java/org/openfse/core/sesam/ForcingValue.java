package org.openfse.core.sesam;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.openfse.core.card.AmoService;

/**
 * What a forçage sets, one record per {@link ForcingKind}. The card's (or ADRi's) value is kept
 * next to the forced one so that both are stored and shown (seed 002 shows "CARTE VITALE" above
 * "FORÇAGE").
 *
 * @since 1.1
 */
public sealed interface ForcingValue {

    /** Which forçage this is. */
    ForcingKind kind();

    /** The forced value as text, for storage (model {@code Forcing.value}) and display. */
    String text();

    /** The SESAM-Vitale forcing indicator letter of IR_VIT_V, when one exists for this change. */
    Optional<String> indicator();

    /**
     * "Forçage Maternité": Fin Théorique / Fin Forcée. IR_VIT_V {@code M} "Modification de la date
     * de fin de droits à l'exo mat".
     */
    record MaternityEnd(Optional<LocalDate> theoretical, LocalDate forced) implements ForcingValue {
        public MaternityEnd {
            Objects.requireNonNull(theoretical, "theoretical");
            Objects.requireNonNull(forced, "forced");
        }

        @Override public ForcingKind kind() { return ForcingKind.MATERNITY_END; }
        @Override public String text() { return forced.toString(); }
        @Override public Optional<String> indicator() { return Optional.of("M"); }
    }

    /**
     * "Forçage Service AMO": the card's service AMO and the forced one (code {@code 00} forces the
     * C2S absent). IR_VIT_V has no letter for it.
     */
    record AmoServiceForcing(Optional<AmoService> card, AmoService forced) implements ForcingValue {
        public AmoServiceForcing {
            Objects.requireNonNull(card, "card");
            Objects.requireNonNull(forced, "forced");
        }

        @Override public ForcingKind kind() { return ForcingKind.AMO_SERVICE; }
        @Override public String text() { return forced.code(); }
        @Override public Optional<String> indicator() { return Optional.empty(); }
    }

    /** "Situation ETM": the exemption code (IR_EXO_V) forced in dégradé mode. */
    record ExemptionForcing(Optional<String> card, String code) implements ForcingValue {
        public ExemptionForcing {
            Objects.requireNonNull(card, "card");
            Objects.requireNonNull(code, "code");
        }

        @Override public ForcingKind kind() { return ForcingKind.EXEMPTION; }
        @Override public String text() { return code; }
        @Override public Optional<String> indicator() { return Optional.empty(); }
    }

    /**
     * "Forçage Siècle Naissance": the birth date as the card writes it ({@code YYYYMMDD}) and the
     * century to use (18, 19 or 20); the year within the century, month and day are kept.
     */
    record BirthCentury(String cardBirthDate, int century) implements ForcingValue {
        public BirthCentury {
            Objects.requireNonNull(cardBirthDate, "cardBirthDate");
            if (!cardBirthDate.matches("\\d{8}")) {
                throw new IllegalArgumentException("birth date must be YYYYMMDD: '" + cardBirthDate + "'");
            }
        }

        /** The birth date with the forced century, {@code YYYYMMDD}. */
        public String forcedBirthDate() {
            return String.format("%02d", century) + cardBirthDate.substring(2);
        }

        /** The forced birth date as a calendar date, empty for a lunar date (kept as written). */
        public Optional<LocalDate> forcedCalendarDate() {
            String d = forcedBirthDate();
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
                        Integer.parseInt(d.substring(6))));
            } catch (DateTimeException lunar) {
                return Optional.empty();
            }
        }

        @Override public ForcingKind kind() { return ForcingKind.BIRTH_CENTURY; }
        @Override public String text() { return forcedBirthDate(); }
        @Override public Optional<String> indicator() { return Optional.empty(); }
    }

    /**
     * "Attestation AMC" entered by hand. IR_VIT_V: {@code S} "Saisie ou prolongation droits à
     * complémentaire" when the rights period is entered, otherwise {@code N} "Saisie ou modification
     * du numéro de mutuelle" when the mutuelle number is, otherwise {@code D}.
     */
    record AmcAttestationForcing(AmcAttestation attestation) implements ForcingValue {
        public AmcAttestationForcing {
            Objects.requireNonNull(attestation, "attestation");
        }

        @Override public ForcingKind kind() { return ForcingKind.AMC_ATTESTATION; }

        @Override public String text() {
            return attestation.mutuelleNumber().isEmpty() ? attestation.prefectoralNumber() : attestation.mutuelleNumber();
        }

        @Override public Optional<String> indicator() {
            if (attestation.startDate().isPresent() || attestation.endDate().isPresent()) {
                return Optional.of("S");
            }
            return Optional.of(attestation.mutuelleNumber().isEmpty() ? "D" : "N");
        }
    }
}
