package org.openfse.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.openfse.core.card.CpsSession;
import org.openfse.testing.swt.SwtDriver;
import org.openfse.ui.api.UiIds;
import org.openfse.ui.internal.parts.PatientsPart;

/**
 * Starts the real workbench in demo mode and uses it as a practitioner would: the window, the
 * navigation through every section, the status bar, a Vitale card read with the demo reader (CPS PIN,
 * beneficiary chosen, folder filled, "Détail Informations Vitale"), and a nurse pricing. Screenshots go
 * to target/screenshots/.
 */
class WorkbenchNavigationTest {

    private static final List<String> SECTIONS = List.of(UiIds.PART_PATIENTS, UiIds.PART_BILLING, UiIds.PART_TRANSMISSIONS,
            UiIds.PART_RETURNS, UiIds.PART_PAYMENTS, UiIds.PART_SETTINGS);
    private static final List<String> SPECIALTY_PARTS = List.of("org.openfse.ui.optician.part.pricing",
            "org.openfse.ui.nurse.part.pricing", "org.openfse.ui.doctor.part.pricing");

    private static SwtDriver driver;
    private static Shell window;
    private static Path screenshots;

    @BeforeAll
    static void startWorkbench() throws Exception {
        screenshots = Path.of(System.getProperty("openfse.test.output", "target"), "screenshots");
        driver = SharedWorkbench.driver();
        window = driver.waitForShell("OpenFSE");
    }

    @Test
    void navigationShowsEverySectionAndEverySpecialty() {
        for (String part : SECTIONS) {
            driver.click(UiIds.navigationButton(part));
            driver.waitFor(part, Composite.class);
            Path file = driver.screenshot(window, screenshots.resolve(part.substring(part.lastIndexOf('.') + 1) + ".png"));
            assertTrue(Files.isRegularFile(file), file::toString);
        }
        for (String part : SPECIALTY_PARTS) {
            driver.click(UiIds.navigationButton(part));
            driver.waitFor(part, Composite.class);
        }
        assertEquals("Retours NOEMIE", driver.textOf(UiIds.navigationButton(UiIds.PART_RETURNS)));
        assertEquals("Télétransmissions", driver.textOf(UiIds.navigationButton(UiIds.PART_TRANSMISSIONS)));
    }

    @Test
    void statusBarShowsDemoModeDatabaseAndDemoReader() {
        Label database = driver.waitFor(UiIds.STATUS_DATABASE, Label.class);
        driver.waitUntil("database shown in the status bar", () -> database.getText().startsWith("Base : Apache Derby"));
        Label reader = driver.waitFor(UiIds.STATUS_READER, Label.class);
        driver.waitUntil("demo reader shown in the status bar", () -> reader.getText().contains("démo"));
        Label practitioner = driver.waitFor(UiIds.STATUS_PRACTITIONER, Label.class);
        driver.waitUntil("practitioner read from the demo CPS", () -> practitioner.getText().contains("n°"));
        assertEquals("Mode démonstration", driver.textOf(UiIds.STATUS_MODE));
        // The bar is really on screen at the window's own size: inside the shell, with a height.
        driver.waitUntil("status bar laid out inside the window", () -> {
            org.eclipse.swt.graphics.Rectangle bounds = database.getBounds();
            org.eclipse.swt.graphics.Point origin = database.toDisplay(0, 0);
            org.eclipse.swt.graphics.Rectangle client = window.getDisplay().map(window, null, window.getClientArea());
            return bounds.height > 0 && origin.y >= client.y && origin.y + bounds.height <= client.y + client.height
                    && origin.x + bounds.width <= client.x + client.width;
        });
        // Long texts are cut to fit the window; the tooltip keeps the whole text.
        assertTrue(driver.call(database::getToolTipText).startsWith("Base : Apache Derby"), driver.call(database::getToolTipText));
        assertTrue(driver.textOf(reader).startsWith("Lecteurs : Lecteur démo"), driver.textOf(reader));
    }

    @Test
    void readingTheDemoVitaleCardAsksTheCpsPinFirstThenListsItsBeneficiaries() {
        session().close();
        driver.click(UiIds.navigationButton(UiIds.PART_PATIENTS));
        Label message = driver.waitFor(UiIds.PATIENTS_MESSAGE, Label.class);
        driver.run(() -> message.setText(""));

        pressCtrlL();

        // Seed 002: at the first card use of the day the CPS PIN (4 digits) is asked.
        Shell pin = driver.waitForShell("Code porteur CPS");
        assertTrue(driver.textOf(UiIds.PIN_MESSAGE).contains("Essais restants : 3."), driver.textOf(UiIds.PIN_MESSAGE));
        driver.type(UiIds.PIN_FIELD, "12");
        driver.click(UiIds.PIN_OK);
        driver.waitUntil("format refused in the dialog", () -> message(pin).startsWith("Le code porteur compte 4 chiffres."));
        driver.type(UiIds.PIN_FIELD, "0000");
        driver.click(UiIds.PIN_OK);
        Shell again = waitForNewPinShell(pin);
        assertEquals("Code porteur erroné : il reste 2 essais.", message(again));
        driver.screenshot(again, screenshots.resolve("pin-wrong.png"));
        driver.type(UiIds.PIN_FIELD, "1234");
        driver.click(UiIds.PIN_OK);

        Table table = driver.waitFor(PatientsPart.TABLE, Table.class);
        driver.waitUntil("card read", () -> message.getText().startsWith("3 bénéficiaires"));
        assertEquals(3, driver.call(table::getItemCount));
        assertEquals("3 bénéficiaires lus sur la carte n° DEMO000001 : choisissez le bénéficiaire dans la liste.",
                driver.textOf(PatientsPart.MESSAGE));
        Label practitioner = driver.waitFor(UiIds.STATUS_PRACTITIONER, Label.class);
        // The bar cuts long texts to fit the window; the tooltip keeps the whole text.
        driver.waitUntil("PIN verified in the status bar", () -> String.valueOf(practitioner.getToolTipText()).endsWith("code porteur vérifié"));
        driver.screenshot(window, screenshots.resolve("patients-card-read.png"));
    }

    @Test
    void choosingABeneficiaryFillsTheFolderAndTheDetailShowsTheCard() {
        readTheDemoCard();
        Table table = driver.waitFor(PatientsPart.TABLE, Table.class);
        driver.run(() -> {
            table.select(1);
            table.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        driver.click(UiIds.PATIENTS_CHOOSE);

        // The demo card's spouse (org.openfse.card.demo DemoCards): DEMO DOMINIQUE, 24/06/1987, NIR 2870699999002 key 45.
        driver.waitUntil("folder filled", () -> "DEMO DOMINIQUE".equals(driver.textOf(UiIds.PATIENTS_FOLDER_PREFIX + "name")));
        assertEquals("24/06/1987", driver.textOf(UiIds.PATIENTS_FOLDER_PREFIX + "birthDate"));
        assertEquals("2870699999002 45", driver.textOf(UiIds.PATIENTS_FOLDER_PREFIX + "nir"));
        assertEquals("Régime 01, caisse 751, centre 9999", driver.textOf(UiIds.PATIENTS_FOLDER_PREFIX + "attachment"));
        assertEquals("AMC n° 99999999, adhérent DEMO0001", driver.textOf(UiIds.PATIENTS_FOLDER_PREFIX + "amc"));
        assertTrue(driver.textOf(UiIds.PATIENTS_FOLDER_PREFIX + "rights").startsWith("ouverts le "),
                driver.textOf(UiIds.PATIENTS_FOLDER_PREFIX + "rights"));
        assertEquals("Dossier de DOMINIQUE DEMO rempli depuis la carte Vitale.", driver.textOf(PatientsPart.MESSAGE));
        driver.screenshot(window, screenshots.resolve("patients-folder.png"));

        Button detailButton = driver.waitFor(UiIds.PATIENTS_DETAIL, Button.class);
        assertTrue(driver.call(detailButton::isEnabled), "the detail needs a chosen beneficiary, and there is one");
        driver.click(detailButton);
        Shell detail = driver.waitForShell("Détail Informations Vitale");
        assertEquals("01", detail("regime"));
        assertEquals("751", detail("fund"));
        assertEquals("9999", detail("centre"));
        assertEquals("10", detail("managingCode"));
        assertEquals("non porté par la carte", detail("fundLabel"));
        assertEquals("Démonstration", detail("kind"));
        assertEquals("DEMO000001", detail("serial"));
        assertEquals("DOMINIQUE", detail("firstName"));
        assertEquals("MARTIN-DEMO", detail("birthName"));
        assertEquals("24/06/1987", detail("birthDate"));
        assertEquals("02 (conjoint)", detail("quality"));
        assertEquals("1 - Pas de jumeau ou 1er", detail("rank"));
        assertEquals("12 RUE DE LA DEMONSTRATION\n75001 PARIS", detail("address").replace("\r", ""));
        assertEquals("CAMILLE", detail("insuredFirstName"));
        assertEquals("1850399999001 49", detail("insuredNir"));
        assertEquals("depuis le 01/01/2024", detail("amoRights"));
        assertEquals("00 - Pas de service AMO", detail("amoService"));
        assertEquals("99999999", detail("amcNumber"));
        assertEquals("non renseigné", detail("atRiskManager"));
        Table ald = driver.waitFor(UiIds.VITALE_DETAIL_PREFIX + "ald", Table.class);
        assertEquals(List.of("01/03/2024", "28/02/2029", "Oui", ""), driver.call(() -> List.of(ald.getItem(0).getText(0),
                ald.getItem(0).getText(1), ald.getItem(0).getText(2), ald.getItem(0).getText(3))));
        driver.screenshot(detail, screenshots.resolve("vitale-detail.png"));
        driver.click(UiIds.VITALE_DETAIL_OK);
        driver.waitUntil("detail closed", detail::isDisposed);
    }

    @Test
    void theVitaleAppSaysItIsNotAvailable() {
        driver.click(UiIds.navigationButton(UiIds.PART_PATIENTS));
        driver.click(UiIds.PATIENTS_APCV);
        driver.waitUntil("ApCV message", () -> driver.textOf(PatientsPart.MESSAGE).startsWith(
                "L'application carte Vitale (ApCV) n'est pas disponible : aucun fournisseur agréé n'est installé"));
    }

    /** Reads the demo card from the Patients section, typing the demo PIN 1234 if it is asked. */
    private static void readTheDemoCard() {
        driver.click(UiIds.navigationButton(UiIds.PART_PATIENTS));
        Label message = driver.waitFor(UiIds.PATIENTS_MESSAGE, Label.class);
        driver.run(() -> message.setText(""));
        driver.click(UiIds.PATIENTS_READ);
        driver.waitUntil("card read or PIN asked", () -> message.getText().startsWith("3 bénéficiaires") || pinShell() != null);
        if (driver.call(WorkbenchNavigationTest::pinShell) != null) {
            driver.type(UiIds.PIN_FIELD, "1234");
            driver.click(UiIds.PIN_OK);
        }
        driver.waitUntil("card read", () -> message.getText().startsWith("3 bénéficiaires"));
    }

    private static Shell pinShell() {
        for (Shell shell : driver.display().getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && "Code porteur CPS".equals(shell.getText())) {
                return shell;
            }
        }
        return null;
    }

    private static Shell waitForNewPinShell(Shell previous) {
        driver.waitUntil("the PIN asked again", () -> previous.isDisposed() && pinShell() != null);
        return driver.call(WorkbenchNavigationTest::pinShell);
    }

    private static String message(Shell pin) {
        return driver.call(() -> {
            Label label = find(pin, UiIds.PIN_MESSAGE);
            return label == null ? "" : label.getText();
        });
    }

    private static Label find(org.eclipse.swt.widgets.Composite parent, String id) {
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (id.equals(child.getData(UiIds.WIDGET_KEY)) && child instanceof Label label) {
                return label;
            }
            if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                Label found = find(composite, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String detail(String field) {
        return driver.textOf(UiIds.VITALE_DETAIL_PREFIX + field);
    }

    /** Ctrl+L as the keyboard sends it, to the focused window: the binding of the "Lire la carte Vitale" command. */
    private static void pressCtrlL() {
        driver.run(() -> {
            window.forceActive();
            window.setFocus();
        });
        driver.waitUntil("window active", () -> driver.display().getActiveShell() == window);
        driver.run(() -> {
            org.eclipse.swt.widgets.Display display = driver.display();
            display.post(key(org.eclipse.swt.SWT.KeyDown, org.eclipse.swt.SWT.CTRL, (char) 0));
            display.post(key(org.eclipse.swt.SWT.KeyDown, 'l', 'l'));
            display.post(key(org.eclipse.swt.SWT.KeyUp, 'l', 'l'));
            display.post(key(org.eclipse.swt.SWT.KeyUp, org.eclipse.swt.SWT.CTRL, (char) 0));
        });
    }

    private static org.eclipse.swt.widgets.Event key(int type, int keyCode, char character) {
        org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        return event;
    }

    private static CpsSession session() {
        BundleContext context = FrameworkUtil.getBundle(WorkbenchNavigationTest.class).getBundleContext();
        ServiceReference<CpsSession> reference = context.getServiceReference(CpsSession.class);
        assertTrue(reference != null, "the CPS session service is registered");
        return context.getService(reference);
    }

    // NGAP, metropolitan values from 28/01/2024 (DOMAIN.md): AMI = 3.15 EUR; AMI 2 = 6.30 EUR, AMO 60 % = 3.78 EUR.
    @Test
    void nursePricingUsesTheNgapValueOfTheDay() {
        driver.click(UiIds.navigationButton("org.openfse.ui.nurse.part.pricing"));
        driver.type("nurse.pricing.date", "15/03/2025");
        driver.type("nurse.pricing.code", "AMI");
        driver.type("nurse.pricing.coefficient", "2");
        driver.click("nurse.pricing.add");
        driver.click("nurse.pricing.price");
        Label totals = driver.waitFor("nurse.pricing.totals", Label.class);
        driver.waitUntil("totals computed", () -> !totals.getText().isEmpty());
        assertEquals("Total : honoraires 6.30 €, AMO 3.78 €, AMC 0.00 €, reste à charge 2.52 €", driver.textOf(totals));
        driver.screenshot(window, screenshots.resolve("nurse-pricing.png"));
    }

    @Test
    void billingMenuHoldsOneEntryPerSpecialty() {
        List<String> entries = driver.call(() -> {
            for (org.eclipse.swt.widgets.MenuItem item : window.getMenuBar().getItems()) {
                if ("Facturation".equals(item.getText().replace("&", ""))) {
                    org.eclipse.swt.widgets.Menu menu = item.getMenu();
                    // Menus are filled when shown, as when the user opens them.
                    menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
                    List<String> texts = java.util.Arrays.stream(menu.getItems()).map(i -> i.getText().replace("&", "")).toList();
                    menu.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
                    return texts;
                }
            }
            return List.<String>of();
        });
        assertTrue(entries.containsAll(List.of("Cotation optique", "Cotation infirmière", "Cotation médecin")), entries::toString);
        assertTrue(driver.find(UiIds.navigationButton(UiIds.PART_SETTINGS), Button.class).isPresent());
    }
}
