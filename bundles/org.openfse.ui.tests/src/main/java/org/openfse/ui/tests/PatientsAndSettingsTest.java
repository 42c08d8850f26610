package org.openfse.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openfse.core.Period;
import org.openfse.core.store.AuditRecord;
import org.openfse.core.store.Store;
import org.openfse.model.api.AdriMode;
import org.openfse.model.api.AmoCoverage;
import org.openfse.model.api.Concentrator;
import org.openfse.model.api.Beneficiary;
import org.openfse.model.api.Patient;
import org.openfse.model.api.Practitioner;
import org.openfse.testing.swt.SwtDriver;
import org.openfse.ui.api.UiIds;
import org.openfse.ui.internal.patients.PatientIds;
import org.openfse.ui.internal.settings.SettingsIds;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Patients and Paramètres used through the screens of the real workbench (demo mode): a folder
 * created with a beneficiary and an AMO coverage, refused first for a wrong NIR key and an
 * impossible date, then found again by its NIR; a folder changed elsewhere meanwhile; a
 * practitioner's ADRi mode changed and audited. Screenshots go to target/screenshots/.
 */
class PatientsAndSettingsTest {

    // NIR example of the INSEE format (sex 1, born 1984-12, department 76, commune 451, order 089).
    // Key by the DOMAIN.md rule, worked out by hand: 1841276451089 mod 97 = 51, 97 - 51 = 46.
    private static final String NIR_BODY = "1841276451089";
    private static final String NIR_KEY = "46";

    private static SwtDriver driver;
    private static Shell window;
    private static Path screenshots;

    @BeforeAll
    static void startWorkbench() throws Exception {
        screenshots = Path.of(System.getProperty("openfse.test.output", "target"), "screenshots");
        driver = SharedWorkbench.driver();
        window = driver.waitForShell("OpenFSE");
        resetWhatEarlierRunsChanged();
    }

    /** The data folder outlives a run: give back the demo values this class changes, remove its folder. */
    private static void resetWhatEarlierRunsChanged() {
        Store store = store();
        driver.waitUntil("demo data seeded", () -> store.inTransaction(tx -> tx.repository(Practitioner.class).count()) >= 3);
        store.inTransaction("test", tx -> {
            List<Patient> earlier = new java.util.ArrayList<>(tx.repository(Patient.class).findBy("nir", NIR_BODY));
            earlier.addAll(tx.repository(Patient.class).findBy("nir", "1850399999001"));
            for (Patient folder : earlier) {
                tx.repository(Patient.class).delete(folder);
            }
            Practitioner nurse = tx.repository(Practitioner.class).findBy("psNumber", "991000002").get(0);
            nurse.getSettings().setAdriMode(AdriMode.AUTOMATIC);
            tx.repository(Practitioner.class).update(nurse);
            Concentrator oct = tx.repository(Concentrator.class).findBy("name", "OCT de démonstration").get(0);
            oct.setTopM(false);
            tx.repository(Concentrator.class).update(oct);
            for (String key : List.of("sesam.activationDate", "sesam.vitaleRereadDays", "sesam.printAfterTransmission")) {
                tx.putSetting(key, null);
            }
            return null;
        });
    }

    @Test
    void aFolderCreatedOnScreenIsFoundAgainByItsNir() {
        driver.click(UiIds.navigationButton(UiIds.PART_PATIENTS));
        // demo mode seeds 50 folders (DemoSeeder.FOLDERS); the list shows them page by page
        driver.waitUntil("demo folders listed", () -> driver.textOf(PatientIds.COUNT).endsWith("dossiers"));
        driver.screenshot(window, screenshots.resolve("patients-list.png"));

        driver.click(PatientIds.NEW);
        Shell dialog = driver.waitForShell("Dossier patient");
        driver.type(field("insured", "lastName"), "Testeur");
        driver.type(field("insured", "firstName"), "Paul");
        driver.type(field("insured", "birthDate"), "31/02/1984");
        driver.type(field("insured", "nir"), NIR_BODY);
        driver.type(field("insured", "nirKey"), "47");
        driver.click(PatientIds.EDIT_COPY_INSURED);
        driver.type(field("amo", "regime"), "01");
        driver.type(field("amo", "caisse"), "761");
        driver.type(field("amo", "centre"), "0451");
        driver.type(field("amo", "rightsFrom"), "01/01/2026");
        driver.type(field("amo", "rightsTo"), "31/12/2026");
        driver.click(PatientIds.EDIT_SAVE);

        // Refused: the messages of the model's validator, next to their fields; nothing is saved.
        driver.waitUntil("NIR key refused", () -> driver.textOf(error("insured", "nir")).startsWith("NIR invalide"));
        assertEquals("NIR invalide : la clé 47 ne correspond pas (clé attendue 46)", driver.textOf(error("insured", "nir")));
        assertEquals("Date impossible : 31/02/1984", driver.textOf(error("insured", "birthDate")));
        assertEquals("Date impossible : 31/02/1984", driver.textOf(error("beneficiary", "birthDate")));
        assertTrue(driver.textOf(PatientIds.EDIT_MESSAGE).startsWith("Le dossier n'est pas enregistré"), driver.textOf(PatientIds.EDIT_MESSAGE));
        driver.screenshot(dialog, screenshots.resolve("patient-folder-errors.png"));

        // A lunar date (month 13, as some cards carry it) is accepted as the card gives it.
        driver.type(field("insured", "birthDate"), "15/13/1984");
        driver.type(field("insured", "nirKey"), NIR_KEY);
        driver.type(field("beneficiary", "birthDate"), "15/13/1984");
        driver.type(field("beneficiary", "nirKey"), NIR_KEY);
        driver.screenshot(dialog, screenshots.resolve("patient-folder-filled.png"));
        driver.click(PatientIds.EDIT_SAVE);
        driver.waitUntil("dialog closed after saving", dialog::isDisposed);
        driver.waitUntil("saved message", () -> driver.textOf(UiIds.PATIENTS_MESSAGE).equals("Dossier de Testeur Paul enregistré."));

        driver.type(PatientIds.SEARCH, "1 84 12 76 451 089 46");
        driver.click(PatientIds.SEARCH_RUN);
        driver.waitUntil("found by NIR", () -> driver.textOf(PatientIds.COUNT).startsWith("1 dossier trouvé"));
        NatTable list = driver.waitFor(PatientIds.LIST, NatTable.class);
        // row 0 is the column header; columns: Nom, Prénom, NIR...
        assertEquals(List.of("Testeur", "Paul", NIR_BODY + " " + NIR_KEY), driver.call(() -> List.of(
                String.valueOf(list.getDataValueByPosition(0, 1)), String.valueOf(list.getDataValueByPosition(1, 1)),
                String.valueOf(list.getDataValueByPosition(2, 1)))));
        driver.screenshot(window, screenshots.resolve("patients-search-nir.png"));

        // What the store holds: one beneficiary with its AMO coverage and rights period.
        List<Patient> stored = store().inTransaction(tx -> tx.repository(Patient.class).findBy("nir", NIR_BODY));
        assertEquals(1, stored.size());
        Beneficiary beneficiary = stored.get(0).getBeneficiaries().get(0);
        assertEquals("19841315", beneficiary.getBirthDate());
        assertEquals("00", beneficiary.getQuality());
        AmoCoverage amo = beneficiary.getAmoCoverages().get(0);
        assertEquals(List.of("01", "761", "0451"), List.of(amo.getRegime(), amo.getCaisse(), amo.getCentre()));
        assertEquals(List.of(Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))), List.copyOf(amo.getRightsPeriods()));
    }

    @Test
    void theVitaleCardReadIsSavedIntoAFolder() {
        driver.click(UiIds.navigationButton(UiIds.PART_PATIENTS));
        org.eclipse.swt.widgets.Label message = driver.waitFor(UiIds.PATIENTS_MESSAGE, org.eclipse.swt.widgets.Label.class);
        driver.run(() -> message.setText(""));
        driver.click(UiIds.PATIENTS_READ);
        driver.waitUntil("card read or PIN asked", () -> message.getText().startsWith("3 bénéficiaires") || pinShell() != null);
        if (driver.call(PatientsAndSettingsTest::pinShell) != null) {
            driver.type(UiIds.PIN_FIELD, "1234"); // the demo CPS card's PIN (org.openfse.card.demo)
            driver.click(UiIds.PIN_OK);
        }
        driver.waitUntil("card read", () -> message.getText().startsWith("3 bénéficiaires"));
        driver.click(PatientIds.CARD_FOLDER);

        // The demo card (org.openfse.card.demo DemoCards): insured CAMILLE DEMO, NIR 1850399999001 key 49, three beneficiaries.
        Shell dialog = driver.waitForShell("Dossier patient");
        assertEquals("1850399999001", driver.textOf(field("insured", "nir")));
        assertEquals("49", driver.textOf(field("insured", "nirKey")));
        assertEquals(3, driver.call(() -> driver.waitFor(PatientIds.EDIT_BENEFICIARIES, org.eclipse.swt.widgets.List.class).getItemCount()));
        assertEquals("751", driver.textOf(field("amo", "caisse")));
        driver.screenshot(dialog, screenshots.resolve("patient-folder-from-card.png"));
        driver.click(PatientIds.EDIT_SAVE);
        driver.waitUntil("dialog closed after saving", dialog::isDisposed);
        driver.waitUntil("saved message", () -> driver.textOf(UiIds.PATIENTS_MESSAGE).equals("Dossier de DEMO CAMILLE enregistré."));

        List<Patient> stored = store().inTransaction(tx -> tx.repository(Patient.class).findBy("nir", "1850399999001"));
        assertEquals(1, stored.size());
        assertEquals(3, stored.get(0).getBeneficiaries().size());
        // SACHA's lunar birth date is kept as the card writes it
        assertTrue(stored.get(0).getBeneficiaries().stream().anyMatch(b -> "20161332".equals(b.getBirthDate())));
        // Leave the CPS session as the other tests expect it: closed (the PIN is asked again at the next read).
        cpsSession().close();
        org.eclipse.swt.widgets.Label status = driver.waitFor(UiIds.STATUS_PRACTITIONER, org.eclipse.swt.widgets.Label.class);
        driver.waitUntil("status bar back to the unverified card", () -> !String.valueOf(status.getToolTipText()).endsWith("vérifié"));
    }

    private static org.openfse.core.card.CpsSession cpsSession() {
        BundleContext context = FrameworkUtil.getBundle(PatientsAndSettingsTest.class).getBundleContext();
        ServiceReference<org.openfse.core.card.CpsSession> reference = context.getServiceReference(org.openfse.core.card.CpsSession.class);
        assertTrue(reference != null, "the CPS session service is registered");
        return context.getService(reference);
    }

    private static Shell pinShell() {
        for (Shell shell : driver.display().getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && "Code porteur CPS".equals(shell.getText())) {
                return shell;
            }
        }
        return null;
    }

    @Test
    void aFolderChangedOnAnotherWorkstationMeanwhileIsNotOverwritten() {
        driver.click(UiIds.navigationButton(UiIds.PART_PATIENTS));
        driver.type(PatientIds.SEARCH, "Masson");
        driver.click(PatientIds.SEARCH_RUN);
        driver.waitUntil("demo folder found", () -> driver.textOf(PatientIds.COUNT).startsWith("1 dossier trouvé"));
        driver.click(PatientIds.OPEN);
        Shell dialog = driver.waitForShell("Dossier patient");
        driver.type(field("insured", "phone"), "0102030405");

        // Another workstation saves the same folder in the meantime.
        Store store = store();
        store.inTransaction("other-workstation", tx -> {
            Patient other = tx.repository(Patient.class).page(org.openfse.core.store.PageRequest.first(1).matching("Masson")).items().get(0);
            other.setComment("changed elsewhere");
            tx.repository(Patient.class).update(other);
            return null;
        });

        driver.click(PatientIds.EDIT_SAVE);
        driver.waitUntil("conflict shown", () -> driver.textOf(PatientIds.EDIT_MESSAGE).startsWith("Ce dossier a été modifié sur un autre poste"));
        assertFalse(driver.call(dialog::isDisposed), "the dialog stays open with what was typed");
        assertEquals("0102030405", driver.textOf(field("insured", "phone")));
        driver.screenshot(dialog, screenshots.resolve("patient-folder-conflict.png"));
        driver.click(PatientIds.EDIT_CANCEL);
        driver.waitUntil("dialog closed", dialog::isDisposed);
    }

    @Test
    void thePractitionersAdriModeIsChangedAndAudited() {
        driver.click(UiIds.navigationButton(UiIds.PART_SETTINGS));
        selectTab(SettingsIds.TAB_PRACTITIONERS);
        Table practitioners = driver.waitFor(SettingsIds.PRACTITIONERS, Table.class);
        // Demo practice (DemoSeeder): the optician 991000001, the nurse 991000002, the doctor 991000003, in that order.
        driver.waitUntil("demo practitioners listed", () -> practitioners.getItemCount() == 3);
        driver.run(() -> {
            practitioners.select(1);
            practitioners.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        assertEquals("991000002", driver.textOf("settings.practitioner.psNumber"));
        assertTrue(driver.call(() -> driver.waitFor(SettingsIds.ADRI_PREFIX + "AUTOMATIC", Button.class).getSelection()));

        // A wrong specialty code is refused next to its field.
        driver.type("settings.practitioner.specialty", "2");
        driver.click(SettingsIds.PRACTITIONER_SAVE);
        driver.waitUntil("specialty refused", () -> driver.textOf("settings.practitioner.specialty.error").startsWith("Code spécialité invalide"));

        driver.type("settings.practitioner.specialty", "24");
        driver.run(() -> driver.find(SettingsIds.ADRI_PREFIX + "AUTOMATIC", Button.class).orElseThrow().setSelection(false));
        driver.click(SettingsIds.ADRI_PREFIX + "SYSTEMATIC");
        driver.click(SettingsIds.PRACTITIONER_SAVE);
        driver.waitUntil("saved", () -> driver.textOf(SettingsIds.PRACTITIONER_MESSAGE).equals("Paramètres de Infirmière Camille enregistrés."));
        assertEquals("Appel systématique", driver.call(() -> practitioners.getItem(1).getText(4)));
        driver.screenshot(window, screenshots.resolve("settings-practitioners.png"));

        Practitioner nurse = store().inTransaction(tx -> tx.repository(Practitioner.class).findBy("psNumber", "991000002").get(0));
        assertEquals(AdriMode.SYSTEMATIC, nurse.getSettings().getAdriMode());
        List<AuditRecord> trail = store().inTransaction(tx -> tx.auditTrail(Practitioner.class,
                tx.repository(Practitioner.class).idOf(tx.repository(Practitioner.class).findBy("psNumber", "991000002").get(0))));
        assertTrue(trail.size() >= 2, "insert by the demo seeding, then the update: " + trail);
    }

    @Test
    void theTeletransmissionAndSesamVitalePagesShowTheDemoConcentratorAndSaveTheOptions() {
        driver.click(UiIds.navigationButton(UiIds.PART_SETTINGS));
        selectTab(SettingsIds.TAB_TRANSMISSION);
        Table concentrators = driver.waitFor(SettingsIds.CONCENTRATORS, Table.class);
        // DemoSeeder: "OCT de démonstration", télétransmission and PEC, transport mail
        driver.waitUntil("demo concentrator listed", () -> concentrators.getItemCount() >= 1);
        assertEquals(List.of("OCT de démonstration", "Oui", "Oui", "mail"), driver.call(() -> List.of(concentrators.getItem(0).getText(0),
                concentrators.getItem(0).getText(1), concentrators.getItem(0).getText(2), concentrators.getItem(0).getText(3))));
        driver.click("settings.concentrator.topM");
        driver.click(SettingsIds.CONCENTRATOR_SAVE);
        driver.waitUntil("concentrator saved", () -> driver.textOf(SettingsIds.CONCENTRATOR_MESSAGE).equals("Concentrateur OCT de démonstration enregistré."));
        driver.screenshot(window, screenshots.resolve("settings-teletransmission.png"));

        selectTab(SettingsIds.TAB_SESAM);
        driver.type("settings.sesam.activationDate", "31/02/2023");
        driver.click(SettingsIds.SESAM_SAVE);
        driver.waitUntil("date refused", () -> driver.textOf("settings.sesam.activationDate.error").equals("Date impossible : 31/02/2023"));
        // seed 002, "Paramétrage SV": activation 24/10/2023, card read again after 1 day
        driver.type("settings.sesam.activationDate", "24/10/2023");
        driver.type("settings.sesam.vitaleRereadDays", "1");
        driver.click("settings.sesam.printAfterTransmission");
        driver.click(SettingsIds.SESAM_SAVE);
        driver.waitUntil("SESAM-Vitale saved", () -> driver.textOf(SettingsIds.SESAM_MESSAGE).equals("Paramètres SESAM-Vitale enregistrés."));
        driver.screenshot(window, screenshots.resolve("settings-sesam-vitale.png"));
        // the page shows what was saved
        assertTrue(driver.call(() -> driver.waitFor("settings.sesam.printAfterTransmission", Button.class).getSelection()));
        assertEquals("24/10/2023", driver.textOf("settings.sesam.activationDate"));
        assertEquals(List.of("2023-10-24", "1", "true"), store().inTransaction(tx -> List.of(tx.setting("sesam.activationDate").orElse(""),
                tx.setting("sesam.vitaleRereadDays").orElse(""), tx.setting("sesam.printAfterTransmission").orElse(""))));
        boolean topM = store().inTransaction(tx -> tx.repository(Concentrator.class)
                .findBy("name", "OCT de démonstration").get(0).isTopM());
        assertTrue(topM);
    }

    private static void selectTab(String id) {
        TabFolder tabs = driver.waitFor(SettingsIds.TABS, TabFolder.class);
        driver.run(() -> {
            for (TabItem item : tabs.getItems()) {
                if (id.equals(item.getData(UiIds.WIDGET_KEY))) {
                    tabs.setSelection(item);
                    tabs.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
                }
            }
        });
    }

    private static String field(String section, String name) {
        return PatientIds.field(section, name);
    }

    private static String error(String section, String name) {
        return PatientIds.field(section, name) + PatientIds.ERROR_SUFFIX;
    }

    private static Store store() {
        BundleContext context = FrameworkUtil.getBundle(PatientsAndSettingsTest.class).getBundleContext();
        ServiceReference<Store> reference = context.getServiceReference(Store.class);
        assertTrue(reference != null, "the store service is registered");
        return context.getService(reference);
    }
}
