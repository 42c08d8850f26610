package org.openfse.refdata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.Money;
import org.openfse.core.billing.InvoiceState;
import org.openfse.core.tariff.RenewalIndicator;
import org.openfse.model.OpenfseModel;
import org.openfse.model.api.Beneficiary;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.InvoiceLine;
import org.openfse.model.api.Patient;
import org.openfse.model.api.Practice;
import org.openfse.model.api.Practitioner;
import org.openfse.model.api.Prescription;
import org.openfse.model.meta.OpenfseFactory;
import org.openfse.model.meta.OpenfsePackage;
import org.openfse.model.validation.ModelValidator;

/**
 * org.openfse.model in a running framework (it has no test fragment of its own: it is a library
 * with no component). The generated package is registered by its plugin.xml, and model files with
 * core types (Money, InvoiceNumber, core enums) round-trip across bundle class loaders.
 */
class ModelInOsgiTest {

    @Test
    void thePluginXmlRegistersTheGeneratedPackage() {
        List<String> declared = Arrays.stream(RegistryFactory.getRegistry()
                .getConfigurationElementsFor("org.eclipse.emf.ecore.generated_package"))
                .filter(element -> "org.openfse.model".equals(element.getContributor().getName()))
                .map(element -> element.getAttribute("uri") + " " + element.getAttribute("class")).toList();
        assertEquals(List.of("http://openfse.org/model/1.0 org.openfse.model.meta.OpenfsePackage"), declared);
        EPackage registered = EPackage.Registry.INSTANCE.getEPackage("http://openfse.org/model/1.0");
        assertSame(OpenfsePackage.eINSTANCE, registered);
    }

    @Test
    void aPracticeRoundTripsAndValidates(@TempDir Path dir) throws IOException {
        OpenfseFactory f = OpenfseModel.factory();
        Practice practice = f.createPractice();
        Practitioner optician = f.createPractitioner();
        optician.setPsNumber("991000001");
        practice.getPractitioners().add(optician);
        Invoice invoice = f.createInvoice();
        invoice.setState(InvoiceState.DRAFT);
        invoice.setNumber(new InvoiceNumber(254));
        InvoiceLine line = f.createInvoiceLine();
        line.setActCode("M03");
        line.setFees(Money.parse("209.00"));
        line.setPatientShare(Money.parse("209.00"));
        invoice.getLines().add(line);
        invoice.setTotalFees(Money.parse("209.00"));
        invoice.setTotalPatient(Money.parse("209.00"));
        Prescription prescription = f.createPrescription();
        prescription.setDate(LocalDate.of(2024, 10, 27));
        prescription.setType(RenewalIndicator.RI);
        Patient folder = f.createPatient();
        Beneficiary beneficiary = f.createBeneficiary();
        beneficiary.setLastName("DEMO");
        beneficiary.getPrescriptions().add(prescription);
        folder.getBeneficiaries().add(beneficiary);
        practice.getPatients().add(folder);
        invoice.setBeneficiary(beneficiary);
        invoice.setPrescription(prescription);
        invoice.setCareDate(LocalDate.of(2024, 10, 29));
        optician.getInvoices().add(invoice);

        Path file = dir.resolve("practice.openfse");
        OpenfseModel.save(practice, file);
        Practice read = OpenfseModel.load(file, Practice.class);

        assertTrue(EcoreUtil.equals(practice, read));
        assertEquals(Money.parse("209.00"), read.getPractitioners().get(0).getInvoices().get(0).getTotalFees());
        assertEquals(List.of(), new ModelValidator().validate(read));
        assertEquals(RenewalIndicator.RI, read.getPractitioners().get(0).getInvoices().get(0).getPrescription().getType());
    }
}
