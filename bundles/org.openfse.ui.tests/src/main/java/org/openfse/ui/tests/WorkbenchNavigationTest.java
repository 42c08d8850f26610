package org.openfse.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openfse.testing.e4.RunningWorkbench;
import org.openfse.testing.swt.SwtDriver;
import org.openfse.ui.api.UiIds;
import org.openfse.ui.internal.parts.PatientsPart;

/**
 * Starts the real workbench in demo mode and uses it as a practitioner would: the window, the
 * navigation through every section, the status bar, a Vitale card read with the demo reader and a
 * nurse pricing. Screenshots go to target/screenshots/.
 */
class WorkbenchNavigationTest {

    private static final List<String> SECTIONS = List.of(UiIds.PART_PATIENTS, UiIds.PART_BILLING, UiIds.PART_TRANSMISSIONS,
            UiIds.PART_RETURNS, UiIds.PART_PAYMENTS, UiIds.PART_SETTINGS);
    private static final List<String> SPECIALTY_PARTS = List.of("org.openfse.ui.optician.part.pricing",
            "org.openfse.ui.nurse.part.pricing", "org.openfse.ui.doctor.part.pricing");

    private static RunningWorkbench workbench;
    private static SwtDriver driver;
    private static Shell window;
    private static Path screenshots;

    @BeforeAll
    static void startWorkbench() throws Exception {
        screenshots = Path.of(System.getProperty("openfse.test.output", "target"), "screenshots");
        workbench = RunningWorkbench.start();
        driver = new SwtDriver(workbench.display(Duration.ofSeconds(60)), UiIds.WIDGET_KEY, Duration.ofSeconds(30));
        window = driver.waitForShell("OpenFSE");
    }

    @AfterAll
    static void closeWorkbench() throws Exception {
        if (workbench != null) {
            workbench.close();
        }
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
            return bounds.height > 0 && origin.y >= client.y && origin.y + bounds.height <= client.y + client.height;
        });
        assertTrue(driver.textOf(reader).startsWith("Lecteurs : Lecteur démo"), driver.textOf(reader));
    }

    @Test
    void readingTheDemoVitaleCardListsItsBeneficiaries() {
        driver.click(UiIds.navigationButton(UiIds.PART_PATIENTS));
        driver.click(PatientsPart.READ_BUTTON);
        Table table = driver.waitFor(PatientsPart.TABLE, Table.class);
        driver.waitUntil("beneficiaries listed", () -> table.getItemCount() >= 2);
        assertTrue(driver.textOf(PatientsPart.MESSAGE).contains("bénéficiaire"));
        driver.screenshot(window, screenshots.resolve("patients-card-read.png"));
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
