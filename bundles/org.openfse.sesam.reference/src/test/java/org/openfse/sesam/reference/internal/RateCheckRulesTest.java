package org.openfse.sesam.reference.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openfse.core.Period;
import org.openfse.core.card.Beneficiary;
import org.openfse.core.card.BeneficiaryDetails;
import org.openfse.core.card.ExemptionPeriod;
import org.openfse.core.rights.RightsStatus.State;
import org.openfse.core.sesam.AmcAttestation;
import org.openfse.core.sesam.FieldMessage;
import org.openfse.core.sesam.FieldMessage.Severity;
import org.openfse.core.sesam.Justification;
import org.openfse.core.sesam.RateCheck;
import org.openfse.core.sesam.RateCheckContext;
import org.openfse.core.sesam.RateCheckField;
import org.openfse.core.sesam.RateCheckValidation;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.tariff.InsuranceNature;
import org.openfse.core.tariff.RenewalIndicator;

/** One test per rule of {@link RateCheckRules}; dates of seed 002 (Ordo. 27/10/2024, Acte 29/10/2024). */
class RateCheckRulesTest {

    private final RateCheckRules rules = new RateCheckRules(Messages.load());
    private final RateCheckContext context = RateCheckServiceTest.seedContext().build();
    private final RateCheck valid = new ReferenceRateCheckService(Messages.load()).prefill(context);

    private RateCheckValidation validate(RateCheck check) {
        return rules.validate(check, context);
    }

    private static List<FieldMessage> errors(RateCheckValidation validation, RateCheckField field) {
        return validation.messagesFor(field).stream().filter(m -> m.severity() == Severity.ERROR).toList();
    }

    private static List<FieldMessage> warnings(RateCheckValidation validation, RateCheckField field) {
        return validation.messagesFor(field).stream().filter(m -> m.severity() == Severity.WARNING).toList();
    }

    @Test
    void thePrefilledSeedCheckIsValid() {
        assertTrue(validate(valid).messages().isEmpty(), validate(valid).toString());
    }

    @Test
    void actAfterTodayOrAfterTheInvoiceIsRefused() {
        RateCheckValidation v = validate(valid.toBuilder().actDate(LocalDate.of(2024, 10, 30)).build());
        List<FieldMessage> act = errors(v, RateCheckField.ACT_DATE);
        assertEquals(2, act.size());
        assertEquals("La date d'acte (30/10/2024) ne peut pas être postérieure à aujourd'hui (29/10/2024).", act.get(0).text());
        assertEquals("La date d'acte (30/10/2024) ne peut pas être postérieure à la date de facture (29/10/2024).",
                act.get(1).text());
    }

    @Test
    void prescriptionAfterTheActIsRefused() {
        RateCheckValidation v = validate(valid.toBuilder().prescriptionDate(Optional.of(LocalDate.of(2024, 10, 29).plusDays(0)))
                .actDate(LocalDate.of(2024, 10, 28)).build());
        assertEquals(1, errors(v, RateCheckField.PRESCRIPTION_DATE).size());
        assertEquals("La date d'ordonnance (29/10/2024) ne peut pas être postérieure à la date d'acte (28/10/2024).",
                errors(v, RateCheckField.PRESCRIPTION_DATE).get(0).text());
    }

    @Test
    void closedRightsBlockTiersPayantAndOnlyWarnOtherwise() {
        RateCheck closed = valid.toBuilder().amoRights(State.CLOSED).build();
        assertTrue(validate(closed).valid());
        assertEquals(1, warnings(validate(closed), RateCheckField.AMO_RIGHTS).size());
        RateCheckValidation tp = validate(closed.toBuilder().amoTiersPayant(true).build());
        assertFalse(tp.valid());
        assertTrue(errors(tp, RateCheckField.AMO_RIGHTS).get(0).text().startsWith("Les droits AMO sont fermés"));
        assertEquals(1, warnings(validate(valid.toBuilder().amoRights(State.UNKNOWN).build()), RateCheckField.AMO_RIGHTS).size());
    }

    @Test
    void cardModesNeedTheCardOrAdrAsJustification() {
        RateCheckValidation v = validate(valid.toBuilder().amoJustification(Justification.PAPER_ATTESTATION)
                .exemptionCode(Optional.of("0")).build());
        assertFalse(v.valid());
        assertTrue(errors(v, RateCheckField.AMO_JUSTIFICATION).get(0).text().startsWith("Le mode SESAM-Vitale demande la carte Vitale"));
        assertTrue(validate(valid.toBuilder().amoJustification(Justification.ADR).build()).valid());
        assertTrue(validate(valid.toBuilder().amoJustification(Justification.PAPER_ATTESTATION).exemptionCode(Optional.of("0"))
                .secureMode(SecureMode.DEGRADE).build()).valid());
    }

    @Test
    void withoutCardNorAdrTheExemptionMustBeChosen() {
        // Seed 002: the three other justifications "engendrent la nécessité de choisir manuellement le taux d'exonération".
        for (Justification j : List.of(Justification.NONE, Justification.PAPER_ATTESTATION, Justification.INSURANCE_CARD)) {
            RateCheckValidation v = validate(valid.toBuilder().amoJustification(j).secureMode(SecureMode.NON_SECURISE).build());
            assertEquals(1, errors(v, RateCheckField.EXEMPTION).size(), j.name());
        }
        assertEquals(1, errors(validate(valid.toBuilder().exemptionCode(Optional.of("99")).build()), RateCheckField.EXEMPTION).size(),
                "99 VALEUR INCONNUE of IR_EXO_V is not a situation");
        assertTrue(validate(valid.toBuilder().exemptionCode(Optional.of("55")).build()).valid(), "55 = 6e mois de grossesse (IR_EXO_V)");
    }

    @Test
    void maternityNeedsItsDateNotAfterTheAct() {
        RateCheck maternity = valid.toBuilder().nature(InsuranceNature.MATERNITE).build();
        assertEquals(1, errors(validate(maternity), RateCheckField.MATERNITY_DATE).size());
        assertEquals(1, errors(validate(maternity.toBuilder().maternityDate(Optional.of(LocalDate.of(2024, 10, 30))).build()),
                RateCheckField.MATERNITY_DATE).size());
        assertTrue(validate(maternity.toBuilder().maternityDate(Optional.of(LocalDate.of(2024, 5, 1))).build()).valid());
    }

    @Test
    void workAccidentNeedsItsDateANineDigitNumberAndIsNoCommonLawAccident() {
        RateCheck at = valid.toBuilder().nature(InsuranceNature.AT).build();
        assertEquals(1, errors(validate(at), RateCheckField.WORK_ACCIDENT_DATE).size());
        // Seed 002 card: Id AT1 200912012 (9 digits).
        RateCheck dated = at.toBuilder().workAccidentDate(Optional.of(LocalDate.of(2024, 10, 1)))
                .workAccidentNumber(Optional.of("200912012")).build();
        assertTrue(validate(dated).valid(), validate(dated).toString());
        assertEquals(1, errors(validate(dated.toBuilder().workAccidentNumber(Optional.of("20091201")).build()),
                RateCheckField.WORK_ACCIDENT_NUMBER).size());
        assertEquals(1, errors(validate(dated.toBuilder().workAccidentDate(Optional.of(LocalDate.of(2024, 11, 1))).build()),
                RateCheckField.WORK_ACCIDENT_DATE).size());
        assertEquals(1, errors(validate(dated.toBuilder().commonLawAccident(true).build()), RateCheckField.COMMON_LAW_ACCIDENT).size());
        assertTrue(validate(valid.toBuilder().commonLawAccident(true).build()).valid());
    }

    @Test
    void renewalOnlyForOpticiansWithAPrescription() {
        RateCheck ri = valid.toBuilder().renewal(Optional.of(RenewalIndicator.RI)).build();
        assertTrue(validate(ri).valid());
        assertEquals(1, errors(validate(ri.toBuilder().prescriptionDate(Optional.empty()).build()), RateCheckField.RENEWAL).size());
        RateCheckContext nurse = RateCheckContext.builder("nurse", context.today(), context.actDate()).vitalePresent(true)
                .cpsAuthenticated(true).build();
        assertEquals(1, rules.validate(ri, nurse).messagesFor(RateCheckField.RENEWAL).size());
    }

    @Test
    void amcTransmissionNeedsAJustificationOrAnAttestation() {
        // Seed 002: "Pièce Justif. AMC ... ne sera nécessaire qu'en cas de télétransmission de la part RC (DRE / C2S)".
        RateCheck transmitted = valid.toBuilder().amcTransmission(true).build();
        assertEquals(1, errors(validate(transmitted), RateCheckField.AMC_JUSTIFICATION).size());
        assertTrue(validate(transmitted.toBuilder().amcJustification(Justification.PAPER_ATTESTATION).build()).valid());
        assertTrue(validate(transmitted.toBuilder().amcAttestation(Optional.of(AmcAttestation.EMPTY.withNumbers("1100000000", "", "")))
                .build()).valid());
        assertEquals(1, warnings(validate(valid.toBuilder().amcTiersPayant(true).build()), RateCheckField.AMC_TIERS_PAYANT).size());
    }

    @Test
    void missingCardsForTheModeAndDegradeAttachmentAreWarnings() {
        RateCheckContext noCards = RateCheckServiceTest.seedContext().vitalePresent(false).cpsAuthenticated(false).build();
        RateCheckValidation v = rules.validate(valid, noCards);
        assertEquals(2, warnings(v, RateCheckField.SECURE_MODE).size());
        RateCheckValidation degrade = validate(valid.toBuilder().secureMode(SecureMode.DEGRADE).build());
        assertTrue(degrade.valid());
        // Seed 002: "En dégradé, il sera nécessaire d'ajouter la feuille de soins aux documents SCOR du dossier."
        assertTrue(warnings(degrade, RateCheckField.SECURE_MODE).get(0).text().contains("SCOR"));
    }

    @Test
    void aldWithoutKnownExemptionWarns() {
        assertEquals(1, warnings(validate(valid.toBuilder().aldRelated(true).build()), RateCheckField.ALD).size());
        BeneficiaryDetails ald = new BeneficiaryDetails("", List.of(), Optional.empty(), "", Optional.empty(), Optional.empty(),
                List.of(new ExemptionPeriod(Period.of(LocalDate.of(2024, 3, 1), LocalDate.of(2029, 2, 28)), true, "")),
                Optional.empty(), Optional.empty(), Optional.empty());
        Beneficiary card = new Beneficiary("DEMO", "DOMINIQUE", Optional.empty(), "19870624", 1, "02", "01", "751", "9999",
                List.of(Period.startingOn(LocalDate.of(2024, 1, 1))), ald);
        RateCheckContext withAld = RateCheckServiceTest.seedContext().cardBeneficiary(card).build();
        assertTrue(rules.validate(valid.toBuilder().aldRelated(true).build(), withAld).messages().isEmpty());
    }
}
