package org.openfse.core.sesam;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.openfse.core.Period;
import org.openfse.core.card.AmoService;
import org.openfse.core.card.Beneficiary;
import org.openfse.core.rights.RightsAnswer;
import org.openfse.core.tariff.RenewalIndicator;

/**
 * What {@link RateCheckService#prefill} and {@link RateCheckService#validate} know about the
 * invoice, its folder and the cards. Callers map their folder to it (see the mapping table of
 * {@code /tmp/api-sesam.md} / docs/extension-guide.md: model {@code Invoice}, {@code Prescription},
 * {@code AmoCoverage}, {@code AmcCoverage}, {@code PractitionerSettings}).
 *
 * @param specialty {@code optician}, {@code nurse}, {@code doctor} (RI/RA exists for opticians only)
 * @param today the day of the check (no act may lie after it)
 * @param actDate the day of care
 * @param invoiceDate the invoice date
 * @param prescriptionDate the prescription's date, when the invoice has one
 * @param prescriptionRenewal the prescription's RI/RA, for an optician's renewal
 * @param cardBeneficiary the beneficiary as read from the Vitale card (or the folder's last read)
 * @param vitalePresent whether the Vitale card (or ApCV) is present now
 * @param cpsAuthenticated whether the CPS is present with its PIN verified now
 * @param rights the answer of {@code AdriRightsService}, when asked
 * @param alsaceMoselle the folder's régime local flag (AmoCoverage.alsaceMoselle)
 * @param exemptionCode the folder's exemption code (AmoCoverage.exemptionCode)
 * @param exemptionPeriod the period of that exemption (AmoCoverage.exemptionPeriod)
 * @param maternityEnd the folder's theoretical end of maternity (AmoCoverage.maternityEnd)
 * @param amoService the folder's service AMO (AmoCoverage.amoServiceCode / amoServicePeriod)
 * @param amcJustification the AMC justification of the folder (AmcCoverage.justification)
 * @param amcAttestation the AMC attestation of the folder (AmcCoverage.attestation)
 * @param amoTiersPayant tiers payant AMO chosen on the folder (button TP)
 * @param amcTiersPayant tiers payant AMC chosen on the folder
 * @param amcTransmission télétransmission of the AMC part chosen on the folder
 * @param defaultSecureMode the practitioner's default mode (PractitionerSettings.defaultSecureMode)
 * @since 1.1
 */
public record RateCheckContext(String specialty, LocalDate today, LocalDate actDate, LocalDate invoiceDate,
        Optional<LocalDate> prescriptionDate, Optional<RenewalIndicator> prescriptionRenewal,
        Optional<Beneficiary> cardBeneficiary, boolean vitalePresent, boolean cpsAuthenticated,
        Optional<RightsAnswer> rights, boolean alsaceMoselle, Optional<String> exemptionCode,
        Optional<Period> exemptionPeriod, Optional<LocalDate> maternityEnd, Optional<AmoService> amoService,
        Justification amcJustification, Optional<AmcAttestation> amcAttestation, boolean amoTiersPayant,
        boolean amcTiersPayant, boolean amcTransmission, SecureMode defaultSecureMode) {

    public RateCheckContext {
        Objects.requireNonNull(specialty, "specialty");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(actDate, "actDate");
        Objects.requireNonNull(invoiceDate, "invoiceDate");
        Objects.requireNonNull(prescriptionDate, "prescriptionDate");
        Objects.requireNonNull(prescriptionRenewal, "prescriptionRenewal");
        Objects.requireNonNull(cardBeneficiary, "cardBeneficiary");
        Objects.requireNonNull(rights, "rights");
        Objects.requireNonNull(exemptionCode, "exemptionCode");
        Objects.requireNonNull(exemptionPeriod, "exemptionPeriod");
        Objects.requireNonNull(maternityEnd, "maternityEnd");
        Objects.requireNonNull(amoService, "amoService");
        Objects.requireNonNull(amcJustification, "amcJustification");
        Objects.requireNonNull(amcAttestation, "amcAttestation");
        Objects.requireNonNull(defaultSecureMode, "defaultSecureMode");
    }

    /** A builder: specialty, today, act date; the invoice date defaults to today, everything else to empty/false. */
    public static Builder builder(String specialty, LocalDate today, LocalDate actDate) {
        return new Builder(specialty, today, actDate);
    }

    /** Mutable builder. */
    public static final class Builder {
        private final String specialty;
        private final LocalDate today;
        private final LocalDate actDate;
        private LocalDate invoiceDate;
        private Optional<LocalDate> prescriptionDate = Optional.empty();
        private Optional<RenewalIndicator> prescriptionRenewal = Optional.empty();
        private Optional<Beneficiary> cardBeneficiary = Optional.empty();
        private boolean vitalePresent;
        private boolean cpsAuthenticated;
        private Optional<RightsAnswer> rights = Optional.empty();
        private boolean alsaceMoselle;
        private Optional<String> exemptionCode = Optional.empty();
        private Optional<Period> exemptionPeriod = Optional.empty();
        private Optional<LocalDate> maternityEnd = Optional.empty();
        private Optional<AmoService> amoService = Optional.empty();
        private Justification amcJustification = Justification.NONE;
        private Optional<AmcAttestation> amcAttestation = Optional.empty();
        private boolean amoTiersPayant;
        private boolean amcTiersPayant;
        private boolean amcTransmission;
        private SecureMode defaultSecureMode = SecureMode.SESAM_VITALE;

        private Builder(String specialty, LocalDate today, LocalDate actDate) {
            this.specialty = Objects.requireNonNull(specialty, "specialty");
            this.today = Objects.requireNonNull(today, "today");
            this.actDate = Objects.requireNonNull(actDate, "actDate");
            this.invoiceDate = today;
        }

        public Builder invoiceDate(LocalDate value) { invoiceDate = value; return this; }
        public Builder prescription(LocalDate date, Optional<RenewalIndicator> renewal) {
            prescriptionDate = Optional.of(date);
            prescriptionRenewal = renewal;
            return this;
        }
        public Builder cardBeneficiary(Beneficiary value) { cardBeneficiary = Optional.of(value); return this; }
        public Builder vitalePresent(boolean value) { vitalePresent = value; return this; }
        public Builder cpsAuthenticated(boolean value) { cpsAuthenticated = value; return this; }
        public Builder rights(RightsAnswer value) { rights = Optional.of(value); return this; }
        public Builder alsaceMoselle(boolean value) { alsaceMoselle = value; return this; }
        public Builder exemption(String code, Optional<Period> period) {
            exemptionCode = Optional.of(code);
            exemptionPeriod = period;
            return this;
        }
        public Builder maternityEnd(LocalDate value) { maternityEnd = Optional.of(value); return this; }
        public Builder amoService(AmoService value) { amoService = Optional.of(value); return this; }
        public Builder amcJustification(Justification value) { amcJustification = value; return this; }
        public Builder amcAttestation(AmcAttestation value) { amcAttestation = Optional.of(value); return this; }
        public Builder amoTiersPayant(boolean value) { amoTiersPayant = value; return this; }
        public Builder amcTiersPayant(boolean value) { amcTiersPayant = value; return this; }
        public Builder amcTransmission(boolean value) { amcTransmission = value; return this; }
        public Builder defaultSecureMode(SecureMode value) { defaultSecureMode = value; return this; }

        public RateCheckContext build() {
            return new RateCheckContext(specialty, today, actDate, invoiceDate, prescriptionDate, prescriptionRenewal,
                    cardBeneficiary, vitalePresent, cpsAuthenticated, rights, alsaceMoselle, exemptionCode,
                    exemptionPeriod, maternityEnd, amoService, amcJustification, amcAttestation, amoTiersPayant,
                    amcTiersPayant, amcTransmission, defaultSecureMode);
        }
    }
}
