package org.openfse.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenfseModelTest {

    private static EPackage model;

    /**
     * model/ sits at the bundle root, which is on the bundle's class path in OSGi but not on the
     * plain-test class path; a class loader over the module folder stands in for the bundle's.
     */
    @BeforeAll
    static void loadTheMetamodel() throws Exception {
        try (URLClassLoader bundleRoot = new URLClassLoader(new URL[] {Path.of("").toAbsolutePath().toUri().toURL()}, null)) {
            model = OpenfseModel.load(bundleRoot);
        }
    }

    private static EClass eClass(String name) {
        return (EClass) model.getEClassifier(name);
    }

    private static EAttribute attribute(EClass owner, String name) {
        return (EAttribute) owner.getEStructuralFeature(name);
    }

    @Test
    void thePackageHasItsNamespace() {
        assertEquals("openfse", model.getName());
        assertEquals("http://openfse.org/model/1.0", model.getNsURI());
        assertEquals(OpenfseModel.NS_URI, model.getNsURI());
        assertEquals("openfse", model.getNsPrefix());
        assertEquals(List.of("Practice", "Practitioner", "Patient"),
                model.getEClassifiers().stream().map(c -> c.getName()).toList());
    }

    @Test
    void aPracticeContainsPractitionersAndPatients() {
        EClass practice = eClass("Practice");
        EReference practitioners = (EReference) practice.getEStructuralFeature("practitioners");
        EReference patients = (EReference) practice.getEStructuralFeature("patients");

        assertEquals(EcorePackage.Literals.ESTRING, attribute(practice, "name").getEType());
        assertTrue(practitioners.isContainment() && practitioners.isMany());
        assertEquals(eClass("Practitioner"), practitioners.getEReferenceType());
        assertTrue(patients.isContainment() && patients.isMany());
        assertEquals(eClass("Patient"), patients.getEReferenceType());
    }

    @Test
    void practitionersAndPatientsHaveTheirAttributes() {
        EClass practitioner = eClass("Practitioner");
        for (String name : List.of("psNumber", "lastName", "firstName", "specialty")) {
            assertEquals(EcorePackage.Literals.ESTRING, attribute(practitioner, name).getEType(), name);
        }
        EClass patient = eClass("Patient");
        for (String name : List.of("lastName", "firstName", "nir", "birthDate", "quality")) {
            assertEquals(EcorePackage.Literals.ESTRING, attribute(patient, name).getEType(), name);
        }
        assertEquals(EcorePackage.Literals.EINT, attribute(patient, "birthRank").getEType());
        assertEquals(1, EcoreUtil.create(patient).eGet(attribute(patient, "birthRank")), "rank 1 unless twins");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDynamicPracticeRoundTripsThroughXmi(@TempDir Path dir) throws Exception {
        EClass practiceClass = eClass("Practice");
        EClass patientClass = eClass("Patient");
        EClass practitionerClass = eClass("Practitioner");
        EObject practice = EcoreUtil.create(practiceClass);
        practice.eSet(attribute(practiceClass, "name"), "Cabinet démo");
        EObject practitioner = EcoreUtil.create(practitionerClass);
        practitioner.eSet(attribute(practitionerClass, "psNumber"), "991000001");
        practitioner.eSet(attribute(practitionerClass, "lastName"), "DEMO");
        ((EList<EObject>) practice.eGet(practiceClass.getEStructuralFeature("practitioners"))).add(practitioner);
        EObject patient = EcoreUtil.create(patientClass);
        patient.eSet(attribute(patientClass, "lastName"), "DEMO");
        patient.eSet(attribute(patientClass, "firstName"), "SACHA");
        patient.eSet(attribute(patientClass, "birthDate"), "20161332");
        patient.eSet(attribute(patientClass, "birthRank"), 2);
        patient.eSet(attribute(patientClass, "quality"), "06");
        ((EList<EObject>) practice.eGet(practiceClass.getEStructuralFeature("patients"))).add(patient);

        URI file = URI.createFileURI(dir.resolve("practice.xmi").toString());
        Resource out = xmiResourceSet().createResource(file);
        out.getContents().add(practice);
        out.save(null);
        Resource in = xmiResourceSet().getResource(file, true);
        EObject read = in.getContents().get(0);

        assertNotSame(practice, read);
        assertEquals(practiceClass, read.eClass());
        assertTrue(EcoreUtil.equals(practice, read), "same attributes and contents after the round trip");
        EObject readPatient = ((EList<EObject>) read.eGet(practiceClass.getEStructuralFeature("patients"))).get(0);
        assertEquals("20161332", readPatient.eGet(attribute(patientClass, "birthDate")), "the lunar date is kept as written");
        assertEquals(2, readPatient.eGet(attribute(patientClass, "birthRank")));
        String xml = Files.readString(dir.resolve("practice.xmi"));
        assertTrue(xml.contains("http://openfse.org/model/1.0"), xml);
    }

    @Test
    void aClassLoaderWithoutTheEcoreIsAClearError() throws Exception {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> OpenfseModel.load(empty));
            assertTrue(e.getMessage().contains("model/openfse.ecore"), e.getMessage());
        }
    }

    private static ResourceSet xmiResourceSet() {
        ResourceSet set = new ResourceSetImpl();
        set.getPackageRegistry().put(OpenfseModel.NS_URI, model);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
        return set;
    }
}
