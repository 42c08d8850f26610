package org.openfse.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.Money;
import org.openfse.core.Period;
import org.openfse.core.billing.InvoiceState;
import org.openfse.core.lot.LotState;
import org.openfse.core.routing.AmcManagement;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.tariff.Forcing;
import org.openfse.core.tariff.InsuranceNature;
import org.openfse.core.tariff.RenewalIndicator;
import org.openfse.model.api.AmcCoverage;
import org.openfse.model.api.AmoCoverage;
import org.openfse.model.api.Beneficiary;
import org.openfse.model.api.Insured;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.InvoiceKind;
import org.openfse.model.api.InvoiceLine;
import org.openfse.model.api.Lot;
import org.openfse.model.api.Patient;
import org.openfse.model.api.Practice;
import org.openfse.model.api.Practitioner;
import org.openfse.model.api.Prescription;
import org.openfse.model.meta.OpenfseFactory;
import org.openfse.model.meta.OpenfsePackage;

class OpenfseModelTest {

    private static final OpenfseFactory F = OpenfseModel.factory();

    @Test
    void thePackageHasItsVersionedNamespace() {
        OpenfsePackage p = OpenfseModel.ePackage();
        assertEquals("http://openfse.org/model/1.0", p.getNsURI());
        assertEquals("openfse", p.getNsPrefix());
        assertSame(OpenfsePackage.eINSTANCE, p);
    }

    @Test
    void everyClassOfTheIssueIsInTheModel() {
        // The list of issue 4 ("Domain model (EMF) and persistence").
        List<String> issue = List.of("Practice", "Practitioner", "Patient", "Beneficiary", "Insured", "AmoCoverage",
                "AmcCoverage", "Prescription", "Invoice", "InvoiceLine", "Lot", "TransmissionFile", "Ack", "ReturnFile",
                "Payment", "PaymentLine", "Retenue", "Reject", "Attachment", "Concentrator", "AuditEntry");
        for (String name : issue) {
            assertTrue(OpenfseModel.ePackage().getEClassifier(name) != null, name);
        }
    }

    @Test
    void moneyIsNeverADouble() {
        for (EClassifier classifier : OpenfseModel.ePackage().getEClassifiers()) {
            if (classifier instanceof org.eclipse.emf.ecore.EClass eClass) {
                eClass.getEAttributes().forEach(attribute -> {
                    Class<?> type = attribute.getEAttributeType().getInstanceClass();
                    assertTrue(type != double.class && type != Double.class && type != float.class && type != Float.class,
                            eClass.getName() + "." + attribute.getName());
                });
            }
        }
        EDataType money = OpenfsePackage.Literals.MONEY;
        assertSame(Money.class, money.getInstanceClass());
    }

    @Test
    void coreEnumsAreTheModelsVocabulary() {
        assertSame(InvoiceState.class, OpenfsePackage.Literals.INVOICE_STATE.getInstanceClass());
        assertSame(LotState.class, OpenfsePackage.Literals.LOT_STATE.getInstanceClass());
        assertSame(SecureMode.class, OpenfsePackage.Literals.SECURE_MODE.getInstanceClass());
        assertEquals(InvoiceState.DRAFT, F.createInvoice().getState(), "a new invoice is a draft");
        assertEquals(LotState.IN_LOT, F.createLot().getState());
        assertEquals(InvoiceState.SECURED, F.createFromString(OpenfsePackage.Literals.INVOICE_STATE, "SECURED"));
        assertEquals("ARL_NEGATIVE", F.convertToString(OpenfsePackage.Literals.LOT_STATE, LotState.ARL_NEGATIVE));
        assertTrue(OpenfsePackage.Literals.INVOICE_KIND instanceof EEnum);
        assertSame(RenewalIndicator.class, OpenfsePackage.Literals.RENEWAL_INDICATOR.getInstanceClass());
        assertSame(Forcing.class, OpenfsePackage.Literals.FORCING_KIND.getInstanceClass());
        assertSame(AmcManagement.class, OpenfsePackage.Literals.AMC_MANAGEMENT.getInstanceClass());
    }

    @Test
    void dataTypesHaveAStableTextForm() {
        assertEquals(Money.ofCents(41500), F.createFromString(OpenfsePackage.Literals.MONEY, "415.00"));
        assertEquals("-0.05", F.convertToString(OpenfsePackage.Literals.MONEY, Money.ofCents(-5)));
        Period open = Period.startingOn(LocalDate.of(2024, 1, 1));
        assertEquals("2024-01-01/..", F.convertToString(OpenfsePackage.Literals.PERIOD, open));
        assertEquals(open, F.createFromString(OpenfsePackage.Literals.PERIOD, "2024-01-01/.."));
        Period year = Period.of(LocalDate.of(2023, 5, 29), LocalDate.of(2024, 5, 28));
        assertEquals(year, F.createFromString(OpenfsePackage.Literals.PERIOD, "2023-05-29/2024-05-28"));
        assertEquals("000000254", F.convertToString(OpenfsePackage.Literals.INVOICE_NUMBER, new InvoiceNumber(254)));
    }

    @Test
    void aPracticeWithPatientsAndInvoicesRoundTripsThroughXmi(@TempDir Path dir) throws IOException {
        Practice practice = samplePractice();
        Path file = dir.resolve("practice.openfse");

        OpenfseModel.save(practice, file);
        Practice read = OpenfseModel.load(file, Practice.class);

        assertNotSame(practice, read);
        assertTrue(EcoreUtil.equals(practice, read), "same attributes, contents and references after the round trip");
        Invoice invoice = read.getPractitioners().get(0).getInvoices().get(0);
        assertEquals("20161332", invoice.getBeneficiary().getBirthDate(), "the lunar date is kept as written");
        assertSame(read.getPatients().get(0).getBeneficiaries().get(0), invoice.getBeneficiary(), "cross reference resolved");
        assertEquals(Money.parse("103.00"), invoice.getLines().get(0).getFees());
        assertSame(invoice, read.getPractitioners().get(0).getLots().get(0).getInvoices().get(0), "lot <-> invoice");
        String xml = Files.readString(file);
        assertTrue(xml.contains("http://openfse.org/model/1.0"), xml);
        assertTrue(xml.contains("fees=\"103.00\""), xml);
        assertTrue(xml.contains("rightsPeriods>2023-05-29/2024-05-28<"), xml);
        assertEquals(RenewalIndicator.RA, invoice.getPrescription().getType());
        assertEquals(Forcing.C2S, invoice.getForcings().get(0).getKind());
        assertTrue(xml.contains("kind=\"C2S\""), xml);
    }

    @Test
    void aFileOfAnotherKindIsAClearError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("patient.openfse");
        OpenfseModel.save(F.createPatient(), file);
        IOException e = assertThrows(IOException.class, () -> OpenfseModel.load(file, Practice.class));
        assertTrue(e.getMessage().contains("Practice"), e.getMessage());
        Path missing = dir.resolve("missing.openfse");
        assertThrows(IOException.class, () -> OpenfseModel.load(missing, Practice.class));
    }

    static Practice samplePractice() {
        Practice practice = F.createPractice();
        practice.setName("Optique démo");
        Practitioner optician = F.createPractitioner();
        optician.setPsNumber("991000001");
        optician.setLastName("DEMO");
        optician.setSpecialty("64");
        optician.setSettings(F.createPractitionerSettings());
        practice.getPractitioners().add(optician);

        Patient folder = F.createPatient();
        Insured insured = F.createInsured();
        insured.setLastName("DESMAUX");
        insured.setFirstName("NATHALIE");
        insured.setNir("2550814168025");
        insured.setNirKey("38");
        insured.setBirthDate("19550815");
        folder.setInsured(insured);
        folder.setCreatedAt(Instant.parse("2024-05-28T09:15:00Z"));
        Beneficiary child = F.createBeneficiary();
        child.setLastName("DESMAUX");
        child.setFirstName("SACHA");
        child.setBirthDate("20161332");
        child.setBirthRank(2);
        child.setQuality("06");
        AmoCoverage amo = F.createAmoCoverage();
        amo.setRegime("01");
        amo.setCaisse("751");
        amo.setCentre("0000");
        amo.getRightsPeriods().add(Period.of(LocalDate.of(2023, 5, 29), LocalDate.of(2024, 5, 28)));
        child.getAmoCoverages().add(amo);
        AmcCoverage amc = F.createAmcCoverage();
        amc.setManagement(AmcManagement.SEPARATE);
        amc.setAttestation(F.createAmcAttestation());
        amc.getAttestation().setPecAmount(Money.parse("100.00"));
        child.getAmcCoverages().add(amc);
        Prescription prescription = F.createPrescription();
        prescription.setDate(LocalDate.of(2024, 10, 27));
        prescription.setType(RenewalIndicator.RA);
        child.getPrescriptions().add(prescription);
        folder.getBeneficiaries().add(child);
        practice.getPatients().add(folder);

        Invoice invoice = F.createInvoice();
        invoice.setKind(InvoiceKind.FSE);
        invoice.setNumber(new InvoiceNumber(254));
        invoice.setState(InvoiceState.IN_LOT);
        invoice.setSecureMode(SecureMode.SESAM_VITALE);
        invoice.setNature(InsuranceNature.MALADIE);
        invoice.setCareDate(LocalDate.of(2024, 10, 29));
        invoice.setBeneficiary(child);
        invoice.setAmoCoverage(amo);
        invoice.setPrescription(prescription);
        org.openfse.model.api.Forcing c2s = F.createForcing();
        c2s.setKind(Forcing.C2S);
        c2s.setIndicator("S");
        c2s.setPeriod(Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        invoice.getForcings().add(c2s);
        InvoiceLine lens = F.createInvoiceLine();
        lens.setActCode("VU3");
        lens.setLppCode("7230795");
        lens.setUnitPrice(Money.parse("103.00"));
        lens.setFees(Money.parse("103.00"));
        lens.setBase(Money.parse("0.05"));
        lens.setRate(60);
        lens.setAmo(Money.parse("0.03"));
        lens.setAmc(Money.parse("24.82"));
        lens.setPatientShare(Money.parse("78.15"));
        lens.setCoefficient(new BigDecimal("1.0"));
        invoice.getLines().add(lens);
        optician.getInvoices().add(invoice);
        Lot lot = F.createLot();
        lot.setNumber(25);
        lot.setDestination("017511234");
        lot.getInvoices().add(invoice);
        optician.getLots().add(lot);
        return practice;
    }
}
