package org.openfse.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.Money;
import org.openfse.core.billing.InvoiceState;
import org.openfse.core.sesam.SecureMode;
import org.openfse.model.api.AmoCoverage;
import org.openfse.model.api.Beneficiary;
import org.openfse.model.api.Insured;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.InvoiceLine;
import org.openfse.model.api.Patient;
import org.openfse.model.api.Practitioner;
import org.openfse.model.meta.OpenfseFactory;
import org.openfse.model.meta.OpenfsePackage.Literals;

class ModelValidatorTest {

    private static final OpenfseFactory F = OpenfseFactory.eINSTANCE;
    private static final Clock TODAY = Clock.fixed(Instant.parse("2024-10-29T10:00:00Z"), ZoneOffset.UTC);
    private final ModelValidator validator = new ModelValidator(TODAY);

    /**
     * Seed 002, invoice 254 (optician): lens VU3 103.00, lens VU3 103.00, frame M03 209.00; LPP
     * base 0.05 and AMO 0.03 each; AMC 100.00 spread 24.82 / 24.82 / 50.36; totals fees 415.00,
     * AMO 0.09, AMC 100.00, remaining 314.91.
     */
    static Invoice seedInvoice254() {
        Invoice invoice = F.createInvoice();
        invoice.setNumber(new InvoiceNumber(254));
        invoice.setState(InvoiceState.SECURED);
        invoice.setSecureMode(SecureMode.SESAM_VITALE);
        invoice.setCareDate(LocalDate.of(2024, 10, 29));
        invoice.setInvoiceDate(LocalDate.of(2024, 10, 29));
        invoice.getLines().add(line("VU3", "7230795", "103.00", "0.03", "24.82", "78.15"));
        invoice.getLines().add(line("VU3", "7230795", "103.00", "0.03", "24.82", "78.15"));
        invoice.getLines().add(line("M03", "7211674", "209.00", "0.03", "50.36", "158.61"));
        invoice.setTotalFees(Money.parse("415.00"));
        invoice.setTotalAmo(Money.parse("0.09"));
        invoice.setTotalAmc(Money.parse("100.00"));
        invoice.setTotalPatient(Money.parse("314.91"));
        return invoice;
    }

    private static InvoiceLine line(String act, String lpp, String fees, String amo, String amc, String patient) {
        InvoiceLine line = F.createInvoiceLine();
        line.setActCode(act);
        line.setLppCode(lpp);
        line.setUnitPrice(Money.parse(fees));
        line.setFees(Money.parse(fees));
        line.setBase(Money.parse("0.05"));
        line.setRate(60);
        line.setAmo(Money.parse(amo));
        line.setAmc(Money.parse(amc));
        line.setPatientShare(Money.parse(patient));
        return line;
    }

    private static List<String> messages(List<Problem> problems) {
        return problems.stream().map(Problem::message).toList();
    }

    @Test
    void theSeedInvoiceIsValid() {
        assertEquals(List.of(), messages(validator.validate(seedInvoice254())));
    }

    @Test
    void totalsMustBeTheSumsOfTheLines() {
        Invoice invoice = seedInvoice254();
        invoice.setTotalAmc(Money.parse("100.01"));
        List<Problem> problems = validator.validate(invoice);
        assertEquals(List.of("Total AMC de la facture (100,01) différent de la somme des lignes (100,00)."),
                messages(problems));
        assertSame(invoice, problems.get(0).object());
        assertSame(Literals.INVOICE__TOTAL_AMC, problems.get(0).feature());
        assertTrue(ModelValidator.hasErrors(problems));
    }

    @Test
    void eachLineSplitsItsFeesExactly() {
        Invoice invoice = seedInvoice254();
        invoice.getLines().get(2).setPatientShare(Money.parse("158.60"));
        invoice.setTotalPatient(Money.parse("314.90"));
        assertEquals(List.of("Ligne 3 : les honoraires (209,00) ne sont pas égaux à AMO 0,03 + AMC 50,36 + reste à charge 158,60."),
                messages(validator.validate(invoice)));
    }

    @Test
    void negativeAmountsOnlyOnACounterpartInvoice() {
        Invoice invoice = F.createInvoice();
        invoice.getLines().add(line("AMI", null, "-3.15", "-1.89", "0.00", "-1.26"));
        invoice.setTotalFees(Money.parse("-3.15"));
        invoice.setTotalAmo(Money.parse("-1.89"));
        invoice.setTotalPatient(Money.parse("-1.26"));
        List<String> refused = messages(validator.validate(invoice));
        assertTrue(refused.contains("Honoraires négatif interdit : -3,15."), refused.toString());
        assertTrue(refused.contains("Part AMO négatif interdit : -1,89."), refused.toString());
        invoice.setCounterpartOf(seedInvoice254());
        assertEquals(List.of(), messages(validator.validate(invoice)));
    }

    @Test
    void rangesAndCodes() {
        Invoice invoice = F.createInvoice();
        InvoiceLine line = line("", "72307", "10.00", "6.00", "0.00", "4.00");
        line.setQuantity(0);
        line.setRate(145);
        invoice.getLines().add(line);
        invoice.setTotalFees(Money.parse("10.00"));
        invoice.setTotalAmo(Money.parse("6.00"));
        invoice.setTotalPatient(Money.parse("4.00"));
        assertEquals(List.of("Code LPP invalide : « 72307 » (attendu : 7 chiffres).",
                "Quantité invalide : 0 (de 1 à ∞).", "Taux invalide : 145 (de 0 à 100)."),
                messages(validator.validate(invoice)));
        line.setLppCode(null);
        assertTrue(messages(validator.validate(invoice)).contains("Ligne 1 : ni code acte ni code LPP."));
    }

    @Test
    void aSecuredInvoiceHasANumberAndAMode() {
        Invoice invoice = seedInvoice254();
        invoice.setNumber(null);
        assertEquals(List.of("La facture est à l'état SECURED mais n'a pas de numéro ou de mode de sécurisation."),
                messages(validator.validate(invoice)));
        invoice.setState(InvoiceState.DRAFT);
        assertEquals(List.of(), messages(validator.validate(invoice)));
    }

    @Test
    void careAfterTheInvoiceDateIsRefused() {
        Invoice invoice = seedInvoice254();
        invoice.setCareDate(LocalDate.of(2024, 10, 30));
        assertEquals(List.of("La date des soins (30/10/2024) est postérieure à la date de facturation (29/10/2024) : "
                + "corrigez l'une des deux."), messages(validator.validate(invoice)));
    }

    @Test
    void aPatientFolderIsCheckedDeep() {
        Patient folder = F.createPatient();
        Insured insured = F.createInsured();
        insured.setLastName("DESMAUX");
        insured.setNir("2550814168025");
        insured.setNirKey("37");
        folder.setInsured(insured);
        Beneficiary child = F.createBeneficiary();
        child.setLastName("DESMAUX");
        child.setBirthDate("20161332");
        child.setBirthRank(2);
        child.setQuality("06");
        AmoCoverage amo = F.createAmoCoverage();
        amo.setRegime("1");
        amo.setCaisse("751");
        amo.setCentre("0000");
        child.getAmoCoverages().add(amo);
        folder.getBeneficiaries().add(child);
        Beneficiary twin = F.createBeneficiary();
        twin.setBirthDate("20240231");
        twin.setBirthRank(0);
        folder.getBeneficiaries().add(twin);

        List<Problem> problems = validator.validate(folder);

        assertEquals(List.of("NIR invalide : la clé 37 ne correspond pas (clé attendue 38)",
                "Code régime invalide : « 1 » (attendu : 2 chiffres).",
                "Nom obligatoire.", "Date impossible : 31/02/2024", "Rang de naissance invalide : 0 (de 1 à 9)."),
                messages(problems));
        assertSame(insured, problems.get(0).object());
        assertSame(Literals.PERSON__NIR, problems.get(0).feature());
    }

    @Test
    void aBirthDateInTheFutureIsRefusedButNotALunarOne() {
        Beneficiary beneficiary = F.createBeneficiary();
        beneficiary.setLastName("DEMO");
        beneficiary.setBirthDate("20241030");
        assertEquals(List.of("Date de naissance dans le futur : 30/10/2024"), messages(validator.validate(beneficiary)));
        beneficiary.setBirthDate("20241029");
        assertFalse(ModelValidator.hasErrors(validator.validate(beneficiary)), "born today");
        beneficiary.setBirthDate("20161332");
        assertEquals(List.of(), validator.validate(beneficiary));
    }

    @Test
    void aPractitionerNeedsAPsNumberOfNineDigits() {
        Practitioner practitioner = F.createPractitioner();
        assertEquals(List.of("Numéro de professionnel de santé obligatoire."), messages(validator.validate(practitioner)));
        practitioner.setPsNumber("99100001");
        practitioner.setSettings(F.createPractitionerSettings());
        practitioner.getSettings().setNextLotNumber(1000);
        assertEquals(List.of("Numéro de professionnel de santé invalide : « 99100001 » (attendu : 9 chiffres).",
                "Prochain numéro de lot invalide : 1000 (de 1 à 999)."), messages(validator.validate(practitioner)));
    }

    @Test
    void everyProblemCodeHasAFrenchMessage() {
        for (String code : List.of("nir.format", "nir.key.missing", "nir.key.format", "nir.key", "date.format",
                "date.impossible", "birthdate.format", "birthdate.future", "invoice.care.after.invoice", "amount.format",
                "amount.scale", "amount.negative", "field.negative", "field.required", "field.digits", "field.range",
                "line.code.missing", "line.split", "invoice.total", "invoice.unsecured")) {
            String message = Problem.error(code, "a", "b", "c", "d", "e").message();
            assertFalse(message.isBlank(), code);
            assertFalse(message.contains("{"), code + ": " + message);
        }
    }
}
