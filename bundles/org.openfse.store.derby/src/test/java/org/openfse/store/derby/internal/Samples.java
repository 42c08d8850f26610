package org.openfse.store.derby.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.Money;
import org.openfse.core.Period;
import org.openfse.core.attachment.AttachmentState;
import org.openfse.core.billing.InvoiceState;
import org.openfse.core.card.CardType;
import org.openfse.core.lot.LotState;
import org.openfse.core.rights.RightsStatus;
import org.openfse.core.routing.AmcManagement;
import org.openfse.core.sesam.SecureMode;
import org.openfse.model.api.AckStatus;
import org.openfse.model.api.AdriMode;
import org.openfse.model.api.AmcAttestation;
import org.openfse.model.api.AmcCoverage;
import org.openfse.model.api.AmoCoverage;
import org.openfse.model.api.Attachment;
import org.openfse.model.api.AttachmentKind;
import org.openfse.model.api.Beneficiary;
import org.openfse.model.api.Concentrator;
import org.openfse.model.api.CpsData;
import org.openfse.model.api.Forcing;
import org.openfse.model.api.Insured;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.InvoiceKind;
import org.openfse.model.api.InvoiceLine;
import org.openfse.model.api.Justification;
import org.openfse.model.api.Lot;
import org.openfse.model.api.Patient;
import org.openfse.model.api.PayerPart;
import org.openfse.model.api.Payment;
import org.openfse.model.api.PaymentLine;
import org.openfse.model.api.Practice;
import org.openfse.model.api.Practitioner;
import org.openfse.model.api.PractitionerSettings;
import org.openfse.model.api.Prescription;
import org.openfse.model.api.Reject;
import org.openfse.model.api.RejectHandling;
import org.openfse.model.api.Retenue;
import org.openfse.model.api.ReturnFile;
import org.openfse.model.api.TransmissionFile;
import org.openfse.model.api.Ack;
import org.openfse.model.api.WorkAccident;
import org.openfse.model.meta.OpenfseFactory;

/**
 * Test objects with every attribute set. Amounts of the optician invoice are those of seed 002,
 * invoice 254 (lens VU3 LPP 7230795 net 103.00, frame M03 LPP 7211674 net 209.00, base 0.05,
 * AMO 0.03 each; AMC 100.00 spread 24.82 / 24.82 / 50.36; totals 415.00 / 0.09 / 100.00 / 314.91).
 */
final class Samples {

    static final OpenfseFactory F = OpenfseFactory.eINSTANCE;
    static final Instant T0 = Instant.parse("2026-11-23T09:15:30Z");

    private Samples() {
    }

    static Practice practice() {
        Practice p = F.createPractice();
        p.setName("Optique du Marché");
        p.setAddress("12 place du Marché\n75011 Paris");
        return p;
    }

    static Concentrator concentrator(Practice practice) {
        Concentrator c = F.createConcentrator();
        c.setName("OCT Démo");
        c.setTeletransmission(true);
        c.setPec(true);
        c.setTransport("mail");
        c.setBlockFseWhenDocumentsMissing(true);
        c.setAutoLettrage(true);
        c.setB2ByDefault(true);
        c.setIntegrateRspAfterTransmission(false);
        c.setCheckRegimeTeletransmission(true);
        c.setTopM(true);
        if (practice != null) {
            practice.getConcentrators().add(c);
        }
        return c;
    }

    static Practitioner practitioner(Practice practice, Concentrator concentrator) {
        Practitioner p = F.createPractitioner();
        p.setPsNumber("991000001");
        p.setRppsNumber("10001234567");
        p.setLastName("Demo");
        p.setFirstName("Alex");
        p.setSpecialty("28");
        p.setConventionCode("1");
        p.setTariffZone("metro");
        p.setProfession("optician");
        CpsData cps = F.createCpsData();
        cps.setCardType(CardType.CPS);
        cps.setSerialNumber("0123456789");
        cps.setValidUntil(LocalDate.of(2029, 6, 30));
        cps.setLastReadAt(T0);
        p.setCps(cps);
        PractitionerSettings settings = F.createPractitionerSettings();
        settings.setAdriMode(AdriMode.SYSTEMATIC);
        settings.setDefaultSecureMode(SecureMode.SESAM_VITALE);
        settings.setNextInvoiceNumber(255);
        settings.setNextLotNumber(28);
        settings.setConcentrator(concentrator);
        p.setSettings(settings);
        if (practice != null) {
            practice.getPractitioners().add(p);
        }
        return p;
    }

    /** A folder: the insured person and two beneficiaries, with coverages and a prescription. */
    static Patient patient(Practice practice, String lastName, String firstName, String nirBody) {
        Patient patient = F.createPatient();
        patient.setCardSerial("VIT" + nirBody.substring(0, 6));
        patient.setCardReadAt(T0);
        patient.setComment("Préfère être appelé le matin");
        patient.setCreatedAt(T0);
        Insured insured = F.createInsured();
        insured.setLastName(lastName);
        insured.setFirstName(firstName);
        insured.setBirthName(lastName);
        insured.setNir(nirBody);
        insured.setNirKey(String.format("%02d", org.openfse.core.Nir.keyOf(nirBody)));
        insured.setBirthDate("19800512");
        insured.setAddress("3 rue des Lilas\n69003 Lyon");
        insured.setPhone("0600000000");
        insured.setEmail("patient@example.org");
        insured.setCardHolderId("H123");
        patient.setInsured(insured);
        patient.getBeneficiaries().add(beneficiary(lastName, firstName, nirBody, "00", "19800512"));
        Beneficiary child = beneficiary(lastName, "Léa", null, "06", "20161332");
        child.setBirthRank(2);
        patient.getBeneficiaries().add(child);
        if (practice != null) {
            practice.getPatients().add(patient);
        }
        return patient;
    }

    static Beneficiary beneficiary(String lastName, String firstName, String nirBody, String quality, String birthDate) {
        Beneficiary b = F.createBeneficiary();
        b.setLastName(lastName);
        b.setFirstName(firstName);
        b.setNir(nirBody);
        if (nirBody != null) {
            b.setNirKey(String.format("%02d", org.openfse.core.Nir.keyOf(nirBody)));
        }
        b.setBirthDate(birthDate);
        b.setQuality(quality);
        b.setCertifiedNir(nirBody);
        b.setCertificationDate(LocalDate.of(2020, 1, 2));
        b.setAttendingDoctorDeclared(true);
        b.setBirthCenturyForced("20161332".equals(birthDate));
        AmoCoverage amo = F.createAmoCoverage();
        amo.setRegime("01");
        amo.setCaisse("751");
        amo.setCentre("1809");
        amo.setSource(RightsStatus.Source.CARD);
        amo.setJustification(Justification.VITALE_CARD);
        amo.setQueriedAt(T0);
        amo.getRightsPeriods().add(Period.of(LocalDate.of(2025, 5, 29), LocalDate.of(2026, 5, 28)));
        amo.getRightsPeriods().add(Period.startingOn(LocalDate.of(2026, 5, 29)));
        amo.setExemptionCode("4");
        amo.setExemptionPeriod(Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        amo.setAld(true);
        amo.getAldPeriods().add(Period.startingOn(LocalDate.of(2024, 3, 1)));
        amo.setMaternityEnd(LocalDate.of(2026, 8, 1));
        amo.setAmoServiceCode("00");
        amo.setAmoServicePeriod(Period.startingOn(LocalDate.of(2026, 1, 1)));
        amo.setAlsaceMoselle(false);
        WorkAccident at = F.createWorkAccident();
        at.setManager("011751809");
        at.setIdentifier("AT2026001");
        at.setDate(LocalDate.of(2026, 2, 3));
        amo.getWorkAccidents().add(at);
        b.getAmoCoverages().add(amo);
        AmcCoverage amc = F.createAmcCoverage();
        amc.setAmcNumber("99999997");
        amc.setMemberNumber("M-42");
        amc.setLabel("Mutuelle Démo");
        amc.setContractType("CT1");
        amc.setManagement(AmcManagement.UNIQUE);
        amc.setRightsPeriod(Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        amc.setJustification(Justification.PAPER_ATTESTATION);
        AmcAttestation attestation = F.createAmcAttestation();
        attestation.setPrefectoralNumber("75123");
        attestation.setEdiNumber("EDI1");
        attestation.setGuarantees("optique 100 %");
        attestation.setInsuredId("ID1");
        attestation.setPecNumber("PEC2026");
        attestation.setAmoRefusal(false);
        attestation.setStsRouting("A");
        attestation.setHostId("H1");
        attestation.setStartDate(LocalDate.of(2026, 1, 1));
        attestation.setSpecialAttestation("non");
        attestation.setMutuelleNumber("MUT1");
        attestation.setSecondaryCriterion("SC");
        attestation.setPecAmount(Money.parse("100.00"));
        amc.setAttestation(attestation);
        b.getAmcCoverages().add(amc);
        Prescription prescription = F.createPrescription();
        prescription.setDate(LocalDate.of(2026, 10, 2));
        prescription.setPrescriberPsNumber("751234567");
        prescription.setPrescriberName("Dr Martin");
        prescription.setPrescriberSpecialty("15");
        prescription.setType(org.openfse.core.tariff.RenewalIndicator.RI);
        prescription.setComment("Verres progressifs");
        b.getPrescriptions().add(prescription);
        return b;
    }

    /** Seed 002, invoice 254: two lenses VU3 and a frame M03. */
    static Invoice invoice254(Practitioner practitioner, Beneficiary beneficiary, Lot lot) {
        Invoice i = F.createInvoice();
        i.setKind(InvoiceKind.FSE);
        i.setNumber(new InvoiceNumber(254));
        i.setState(InvoiceState.SECURED);
        i.setSecureMode(SecureMode.SESAM_VITALE);
        i.setFlow(org.openfse.core.routing.InvoiceFlow.FSE_RO_RC);
        i.setNature(org.openfse.core.tariff.InsuranceNature.MALADIE);
        i.setCareDate(LocalDate.of(2026, 11, 20));
        i.setInvoiceDate(LocalDate.of(2026, 11, 20));
        i.setCreatedAt(T0);
        i.setRatesCheckedAt(T0);
        i.setSecuredAt(T0);
        i.setAmoJustification(Justification.VITALE_CARD);
        i.setAmcJustification(Justification.PAPER_ATTESTATION);
        i.setCommonLawAccident(false);
        i.setAldRelated(false);
        i.setAttackVictim(false);
        i.setAlsaceMoselle(false);
        i.setExemptionCode("0");
        i.setAmoTiersPayant(true);
        i.setAmcTiersPayant(true);
        i.setTotalFees(Money.parse("415.00"));
        i.setTotalAmo(Money.parse("0.09"));
        i.setTotalAmc(Money.parse("100.00"));
        i.setTotalPatient(Money.parse("314.91"));
        i.getLines().add(line("VU3", "7230795", "103.00", "0.05", "0.03", "24.82", "78.15"));
        i.getLines().add(line("VU3", "7230795", "103.00", "0.05", "0.03", "24.82", "78.15"));
        i.getLines().add(line("M03", "7211674", "209.00", "0.05", "0.03", "50.36", "158.61"));
        Forcing forcing = F.createForcing();
        forcing.setKind(org.openfse.core.tariff.Forcing.AMC);
        forcing.setIndicator("A");
        forcing.setValue("PEC2026");
        forcing.setPeriod(Period.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        forcing.setAt(T0);
        forcing.setBy("alex");
        i.getForcings().add(forcing);
        Attachment attachment = F.createAttachment();
        attachment.setKind(AttachmentKind.PRESCRIPTION);
        attachment.setState(AttachmentState.COMPLIANT);
        attachment.setFileName("ordonnance.pdf");
        attachment.setPath("scor/ordonnance.pdf");
        attachment.setSha256("ab".repeat(32));
        attachment.setPages(1);
        attachment.setCreatedAt(T0);
        attachment.setKeepUntil(LocalDate.of(2027, 2, 18));
        i.getAttachments().add(attachment);
        if (practitioner != null) {
            practitioner.getInvoices().add(i);
        }
        if (beneficiary != null) {
            i.setBeneficiary(beneficiary);
            i.setPrescription(beneficiary.getPrescriptions().get(0));
            i.setAmoCoverage(beneficiary.getAmoCoverages().get(0));
            i.setAmcCoverage(beneficiary.getAmcCoverages().get(0));
        }
        if (lot != null) {
            i.setLot(lot);
            attachment.setLot(lot);
        }
        return i;
    }

    static InvoiceLine line(String act, String lpp, String price, String base, String amo, String amc, String patient) {
        InvoiceLine l = F.createInvoiceLine();
        l.setActCode(act);
        l.setLppCode(lpp);
        l.setLabel(act + " " + lpp);
        l.setExecutionDate(LocalDate.of(2026, 11, 20));
        l.setQuantity(1);
        l.setCoefficient(new BigDecimal("1.5"));
        l.setComplement("N");
        l.setUnitPrice(Money.parse(price));
        l.setFees(Money.parse(price));
        l.setBase(Money.parse(base));
        l.setRate(60);
        l.setAmo(Money.parse(amo));
        l.setAmc(Money.parse(amc));
        l.setPatientShare(Money.parse(patient));
        return l;
    }

    static Lot lot(Practitioner practitioner, Concentrator concentrator) {
        Lot lot = F.createLot();
        lot.setNumber(27);
        lot.setState(LotState.SENT);
        lot.setDestination("011751809");
        lot.setSecureMode(SecureMode.SESAM_VITALE);
        lot.setAttachmentLot(false);
        lot.setCreatedAt(T0);
        lot.setSentAt(T0.plusSeconds(60));
        lot.setAttempts(1);
        lot.setTotalFees(Money.parse("415.00"));
        lot.setTotalAmo(Money.parse("0.09"));
        lot.setTotalAmc(Money.parse("100.00"));
        lot.setConcentrator(concentrator);
        TransmissionFile file = F.createTransmissionFile();
        file.setFileName("lot027.b2");
        file.setPath("out/lot027.b2");
        file.setSizeBytes(4096);
        file.setSha256("cd".repeat(32));
        file.setCreatedAt(T0);
        file.setSentAt(T0.plusSeconds(60));
        file.setTransport("mail");
        lot.getFiles().add(file);
        Ack ack = F.createAck();
        ack.setStatus(AckStatus.POSITIVE);
        ack.setReceivedAt(T0.plusSeconds(3600));
        ack.setCode("00");
        ack.setMessage("Lot accepté");
        ack.setFileName("arl027");
        lot.getAcks().add(ack);
        if (practitioner != null) {
            practitioner.getLots().add(lot);
        }
        return lot;
    }

    static Payment payment(Practitioner practitioner, Invoice invoice) {
        Payment p = F.createPayment();
        p.setPayer("011751809");
        p.setPayerLabel("CPAM de Paris");
        p.setDate(LocalDate.of(2026, 11, 27));
        p.setAmount(Money.parse("0.07"));
        p.setReference("VIR-2026-11-27");
        p.setLabels("PAIEMENT FSE");
        p.setOneOff(false);
        PaymentLine line = F.createPaymentLine();
        line.setInvoiceNumber(new InvoiceNumber(254));
        line.setPart(PayerPart.AMO);
        line.setExpected(Money.parse("0.09"));
        line.setPaid(Money.parse("0.09"));
        line.setRegularisation(false);
        line.setInvoice(invoice);
        p.getLines().add(line);
        Retenue retenue = F.createRetenue();
        retenue.setAmount(Money.parse("-0.02"));
        retenue.setReason("Franchise");
        retenue.setDate(LocalDate.of(2026, 11, 27));
        retenue.setReference("RET1");
        p.getRetenues().add(retenue);
        if (practitioner != null) {
            practitioner.getPayments().add(p);
        }
        return p;
    }

    static ReturnFile returnFile(Practitioner practitioner, Payment payment, Invoice invoice) {
        ReturnFile r = F.createReturnFile();
        r.setFileName("RSP20261127");
        r.setEmitter("011751809");
        r.setReceivedAt(T0.plusSeconds(86400));
        r.setIntegratedAt(T0.plusSeconds(86500));
        r.setSha256("ef".repeat(32));
        if (payment != null) {
            r.getPayments().add(payment);
        }
        Reject reject = F.createReject();
        reject.setInvoiceNumber(new InvoiceNumber(254));
        reject.setCode("A12");
        reject.setLabel("Droits non ouverts");
        reject.setHandling(RejectHandling.FINAL);
        reject.setDate(LocalDate.of(2026, 11, 27));
        reject.setInvoice(invoice);
        r.getRejects().add(reject);
        if (practitioner != null) {
            practitioner.getReturnFiles().add(r);
        }
        return r;
    }
}
