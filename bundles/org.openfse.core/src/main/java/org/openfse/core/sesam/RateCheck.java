package org.openfse.core.sesam;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openfse.core.card.AmoService;
import org.openfse.core.rights.RightsStatus;
import org.openfse.core.tariff.InsuranceNature;
import org.openfse.core.tariff.RenewalIndicator;

/**
 * The "Vérification du taux" of one invoice (seed 002; DOMAIN.md, "Rights"): every field of the
 * dialog, plus what the card or ADRi said that forcings may override ({@link #amoService()},
 * {@link #maternityEnd()}) and the forcings applied. Made by {@link RateCheckService#prefill},
 * changed by a dialog through {@link #toBuilder()}, checked by {@link RateCheckService#validate}.
 * Changing the invoice afterwards requires running the check again.
 *
 * @param prescriptionDate "Ordo."
 * @param actDate "Acte": the day of care
 * @param invoiceDate "Facture"
 * @param amoJustification "Pièce Justif. AMO"
 * @param amoRights "Droits AMO" (OPEN: "Droits AMO ouverts")
 * @param amcJustification "Pièce Justif. AMC"
 * @param commonLawAccident "Accident Droit Commun"
 * @param renewal "Prescription" RI/RA (opticians)
 * @param alsaceMoselle "Régime Alsace Moselle" (régime local)
 * @param aldRelated "Soins en rapport avec l'ALD"
 * @param attackVictim "Victime Attentat"
 * @param nature "Nature Assurance"
 * @param maternityDate maternité: start of pregnancy or birth date
 * @param workAccidentNumber accident du travail: number of the accident (9 digits on the card)
 * @param workAccidentDate accident du travail: day of the accident
 * @param exemptionCode "Situation ETM / Taux Exonération": exemption reason, IR_EXO_V code
 * @param amoTiersPayant "Paiement": tiers payant on the AMO part
 * @param amcTiersPayant "Paiement": tiers payant on the AMC part
 * @param amcTransmission "Facturation AMC": the AMC part is transmitted (DRE / gestion unique)
 * @param secureMode "Mode Sécurisation"
 * @param amcAttestation "Attestation AMC", when entered or known
 * @param amoService the service AMO (C2S...) from the card or ADRi, before forcing
 * @param maternityEnd the theoretical end of maternity from the card/ADRi/folder, before forcing
 * @param forcings the forçages applied, at most one of each {@link ForcingKind}
 * @since 1.1
 */
public record RateCheck(Optional<LocalDate> prescriptionDate, LocalDate actDate, LocalDate invoiceDate,
        Justification amoJustification, RightsStatus.State amoRights, Justification amcJustification,
        boolean commonLawAccident, Optional<RenewalIndicator> renewal, boolean alsaceMoselle, boolean aldRelated,
        boolean attackVictim, InsuranceNature nature, Optional<LocalDate> maternityDate,
        Optional<String> workAccidentNumber, Optional<LocalDate> workAccidentDate, Optional<String> exemptionCode,
        boolean amoTiersPayant, boolean amcTiersPayant, boolean amcTransmission, SecureMode secureMode,
        Optional<AmcAttestation> amcAttestation, Optional<AmoService> amoService, Optional<LocalDate> maternityEnd,
        List<ForcingRecord> forcings) {

    public RateCheck {
        Objects.requireNonNull(prescriptionDate, "prescriptionDate");
        Objects.requireNonNull(actDate, "actDate");
        Objects.requireNonNull(invoiceDate, "invoiceDate");
        Objects.requireNonNull(amoJustification, "amoJustification");
        Objects.requireNonNull(amoRights, "amoRights");
        Objects.requireNonNull(amcJustification, "amcJustification");
        Objects.requireNonNull(renewal, "renewal");
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(maternityDate, "maternityDate");
        Objects.requireNonNull(workAccidentNumber, "workAccidentNumber");
        Objects.requireNonNull(workAccidentDate, "workAccidentDate");
        Objects.requireNonNull(exemptionCode, "exemptionCode");
        Objects.requireNonNull(secureMode, "secureMode");
        Objects.requireNonNull(amcAttestation, "amcAttestation");
        Objects.requireNonNull(amoService, "amoService");
        Objects.requireNonNull(maternityEnd, "maternityEnd");
        forcings = List.copyOf(forcings);
        if (forcings.stream().map(ForcingRecord::kind).distinct().count() != forcings.size()) {
            throw new IllegalArgumentException("at most one forcing of each kind: " + forcings);
        }
    }

    /** The forcing of this kind, if applied. */
    public Optional<ForcingRecord> forcing(ForcingKind kind) {
        return forcings.stream().filter(f -> f.kind() == kind).findFirst();
    }

    /** The end of maternity after forcing. */
    public Optional<LocalDate> effectiveMaternityEnd() {
        return forcing(ForcingKind.MATERNITY_END)
                .map(f -> ((ForcingValue.MaternityEnd) f.value()).forced())
                .or(() -> maternityEnd);
    }

    /** The service AMO after forcing. */
    public Optional<AmoService> effectiveAmoService() {
        return forcing(ForcingKind.AMO_SERVICE)
                .map(f -> ((ForcingValue.AmoServiceForcing) f.value()).forced())
                .or(() -> amoService);
    }

    /** The exemption code after forcing (forçage "Situation ETM", dégradé only). */
    public Optional<String> effectiveExemptionCode() {
        return forcing(ForcingKind.EXEMPTION)
                .map(f -> ((ForcingValue.ExemptionForcing) f.value()).code())
                .or(() -> exemptionCode);
    }

    /** The AMC attestation after forcing. */
    public Optional<AmcAttestation> effectiveAmcAttestation() {
        return forcing(ForcingKind.AMC_ATTESTATION)
                .map(f -> ((ForcingValue.AmcAttestationForcing) f.value()).attestation())
                .or(() -> amcAttestation);
    }

    /**
     * Whether the C2S applies on the day of care: an effective service AMO other than {@code 00}
     * ("Pas de service AMO") whose period, when given, contains the day. The public reference data
     * has no table of service codes: every code but 00 is taken as C2S.
     */
    public boolean c2s() {
        return effectiveAmoService()
                .filter(s -> !AmoService.NONE.equals(s.code()))
                .filter(s -> s.period().map(p -> p.contains(actDate)).orElse(true))
                .isPresent();
    }

    /** A builder holding this check's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A builder with the defaults of an empty dialog (justifications NONE, nature maladie, mode SESAM-Vitale). */
    public static Builder builder(LocalDate actDate, LocalDate invoiceDate) {
        return new Builder(actDate, invoiceDate);
    }

    /** Mutable builder, for dialogs. */
    public static final class Builder {
        private Optional<LocalDate> prescriptionDate = Optional.empty();
        private LocalDate actDate;
        private LocalDate invoiceDate;
        private Justification amoJustification = Justification.NONE;
        private RightsStatus.State amoRights = RightsStatus.State.UNKNOWN;
        private Justification amcJustification = Justification.NONE;
        private boolean commonLawAccident;
        private Optional<RenewalIndicator> renewal = Optional.empty();
        private boolean alsaceMoselle;
        private boolean aldRelated;
        private boolean attackVictim;
        private InsuranceNature nature = InsuranceNature.MALADIE;
        private Optional<LocalDate> maternityDate = Optional.empty();
        private Optional<String> workAccidentNumber = Optional.empty();
        private Optional<LocalDate> workAccidentDate = Optional.empty();
        private Optional<String> exemptionCode = Optional.empty();
        private boolean amoTiersPayant;
        private boolean amcTiersPayant;
        private boolean amcTransmission;
        private SecureMode secureMode = SecureMode.SESAM_VITALE;
        private Optional<AmcAttestation> amcAttestation = Optional.empty();
        private Optional<AmoService> amoService = Optional.empty();
        private Optional<LocalDate> maternityEnd = Optional.empty();
        private List<ForcingRecord> forcings = new ArrayList<>();

        private Builder(LocalDate actDate, LocalDate invoiceDate) {
            this.actDate = Objects.requireNonNull(actDate, "actDate");
            this.invoiceDate = Objects.requireNonNull(invoiceDate, "invoiceDate");
        }

        private Builder(RateCheck c) {
            prescriptionDate = c.prescriptionDate;
            actDate = c.actDate;
            invoiceDate = c.invoiceDate;
            amoJustification = c.amoJustification;
            amoRights = c.amoRights;
            amcJustification = c.amcJustification;
            commonLawAccident = c.commonLawAccident;
            renewal = c.renewal;
            alsaceMoselle = c.alsaceMoselle;
            aldRelated = c.aldRelated;
            attackVictim = c.attackVictim;
            nature = c.nature;
            maternityDate = c.maternityDate;
            workAccidentNumber = c.workAccidentNumber;
            workAccidentDate = c.workAccidentDate;
            exemptionCode = c.exemptionCode;
            amoTiersPayant = c.amoTiersPayant;
            amcTiersPayant = c.amcTiersPayant;
            amcTransmission = c.amcTransmission;
            secureMode = c.secureMode;
            amcAttestation = c.amcAttestation;
            amoService = c.amoService;
            maternityEnd = c.maternityEnd;
            forcings = new ArrayList<>(c.forcings);
        }

        public Builder prescriptionDate(Optional<LocalDate> value) { prescriptionDate = value; return this; }
        public Builder actDate(LocalDate value) { actDate = value; return this; }
        public Builder invoiceDate(LocalDate value) { invoiceDate = value; return this; }
        public Builder amoJustification(Justification value) { amoJustification = value; return this; }
        public Builder amoRights(RightsStatus.State value) { amoRights = value; return this; }
        public Builder amcJustification(Justification value) { amcJustification = value; return this; }
        public Builder commonLawAccident(boolean value) { commonLawAccident = value; return this; }
        public Builder renewal(Optional<RenewalIndicator> value) { renewal = value; return this; }
        public Builder alsaceMoselle(boolean value) { alsaceMoselle = value; return this; }
        public Builder aldRelated(boolean value) { aldRelated = value; return this; }
        public Builder attackVictim(boolean value) { attackVictim = value; return this; }
        public Builder nature(InsuranceNature value) { nature = value; return this; }
        public Builder maternityDate(Optional<LocalDate> value) { maternityDate = value; return this; }
        public Builder workAccidentNumber(Optional<String> value) { workAccidentNumber = value; return this; }
        public Builder workAccidentDate(Optional<LocalDate> value) { workAccidentDate = value; return this; }
        public Builder exemptionCode(Optional<String> value) { exemptionCode = value; return this; }
        public Builder amoTiersPayant(boolean value) { amoTiersPayant = value; return this; }
        public Builder amcTiersPayant(boolean value) { amcTiersPayant = value; return this; }
        public Builder amcTransmission(boolean value) { amcTransmission = value; return this; }
        public Builder secureMode(SecureMode value) { secureMode = value; return this; }
        public Builder amcAttestation(Optional<AmcAttestation> value) { amcAttestation = value; return this; }
        public Builder amoService(Optional<AmoService> value) { amoService = value; return this; }
        public Builder maternityEnd(Optional<LocalDate> value) { maternityEnd = value; return this; }

        /** Replaces the forcing of the same kind, or adds it. Use {@link RateCheckService#applyForcing} to check the rules. */
        public Builder forcing(ForcingRecord value) {
            forcings.removeIf(f -> f.kind() == value.kind());
            forcings.add(value);
            return this;
        }

        /** Removes the forcing of this kind ("Supprimer le forçage"). */
        public Builder removeForcing(ForcingKind kind) {
            forcings.removeIf(f -> f.kind() == kind);
            return this;
        }

        public RateCheck build() {
            return new RateCheck(prescriptionDate, actDate, invoiceDate, amoJustification, amoRights, amcJustification,
                    commonLawAccident, renewal, alsaceMoselle, aldRelated, attackVictim, nature, maternityDate,
                    workAccidentNumber, workAccidentDate, exemptionCode, amoTiersPayant, amcTiersPayant, amcTransmission,
                    secureMode, amcAttestation, amoService, maternityEnd, forcings);
        }
    }
}
