package org.openfse.ui.optician.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.openfse.ui.optician.internal.OpticianInvoicePart;
import org.openfse.ui.optician.internal.OpticianPricingPart;

/**
 * The workbench with the core feature and the optician feature only: the optician section is there,
 * the nurse and doctor ones are not, the optician pricing gives the seed 002 figures, and an optician
 * invoice goes from the demo cards to "Sécurisé" (Vérif.taux, FSE summary, Signer).
 */
class OpticianOnlyWorkbenchTest {

    private static RunningWorkbench workbench;
    private static SwtDriver driver;
    private static Shell window;

    @BeforeAll
    static void startWorkbench() throws Exception {
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
    void onlyTheInstalledSpecialtyIsOffered() {
        assertTrue(driver.find(UiIds.navigationButton(OpticianPricingPart.PART_ID), Button.class).isPresent());
        assertFalse(driver.find(UiIds.navigationButton("org.openfse.ui.nurse.part.pricing"), Button.class).isPresent());
        assertFalse(driver.find(UiIds.navigationButton("org.openfse.ui.doctor.part.pricing"), Button.class).isPresent());
        driver.click(UiIds.navigationButton(UiIds.PART_BILLING));
        Label specialties = driver.waitFor("billing.specialties", Label.class);
        driver.waitUntil("installed specialties listed", () -> !specialties.getText().isEmpty());
        assertEquals("Spécialités installées : Optique", driver.textOf(specialties));
    }

    // Seed 002, invoice 254: VU3 (LPP 7230795) 103.00 x 2 and M03 (LPP 7211674) 209.00, AMC 100.00
    // -> fees 415.00, AMO 0.09, AMC 100.00, remaining 314.91.
    @Test
    void seedInvoice254IsPricedOnScreen() {
        driver.click(UiIds.navigationButton(OpticianPricingPart.PART_ID));
        driver.waitFor(OpticianPricingPart.PART_ID, Composite.class);
        String p = OpticianPricingPart.PREFIX;
        driver.type(p + ".date", "28/05/2024");
        driver.type(p + ".amc", "100.00");
        for (List<String> line : List.of(List.of("VU3", "7230795", "103.00"), List.of("VU3", "7230795", "103.00"), List.of("M03", "7211674", "209.00"))) {
            driver.type(p + ".code", line.get(0));
            driver.type(p + ".lpp", line.get(1));
            driver.type(p + ".unitPrice", line.get(2));
            driver.click(p + ".add");
        }
        driver.click(p + ".price");
        Label totals = driver.waitFor(p + ".totals", Label.class);
        driver.waitUntil("totals computed", () -> !totals.getText().isEmpty());
        assertEquals("Total : honoraires 415.00 €, AMO 0.09 €, AMC 100.00 €, reste à charge 314.91 €", driver.textOf(totals));
        driver.screenshot(window, Path.of(System.getProperty("openfse.test.output", "target"), "screenshots", "optician-invoice-254.png"));
    }
    // Seed 002, invoice 253 (no AMC): M03 (LPP 7211674) 209.00, VU3 (LPP 7230795) 103.00 twice, base 0.05 each,
    // AMO 60 % -> 0.03 each; totals fees 415.00, base 0.15, AMO 0.09. Before "Vérif.taux" the reimbursements
    // show 0,00 ("tous les montants de remboursement RO sont à 0").
    @Test
    void anOpticianInvoiceIsSecuredWithTheDemoCards() {
        Path screenshots = Path.of(System.getProperty("openfse.test.output", "target"), "screenshots");
        String p = OpticianInvoicePart.PREFIX;
        driver.click(UiIds.navigationButton(OpticianInvoicePart.PART_ID));
        driver.waitFor(OpticianInvoicePart.PART_ID, Composite.class);

        driver.click(p + ".readCard");
        Label patient = driver.waitFor(p + ".patient", Label.class);
        driver.waitUntil("card read or PIN asked", () -> patient.getText().startsWith("DEMO") || pinShell() != null);
        if (driver.call(OpticianOnlyWorkbenchTest::pinShell) != null) {
            driver.type(UiIds.PIN_FIELD, "1234");
            driver.click(UiIds.PIN_OK);
        }
        driver.waitUntil("beneficiary chosen from the demo card", () -> patient.getText().startsWith("DEMO CAMILLE"));

        // Seed 004: the day only completes month and year.
        String today = java.time.LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        driver.type(p + ".prescriptionDate", today.substring(0, 2));
        driver.type(p + ".prescriber", "Dr OPHTALMO DEMO");

        // The frame's LPP code through the picker: search by code, choose.
        driver.click(p + ".frame.lpp.search");
        Shell search = driver.waitForShell("Recherche d'un code LPP");
        driver.type("lpp.search.query", "7211674");
        Table results = driver.waitFor("lpp.search.results", Table.class);
        driver.waitUntil("LPP 7211674 found", () -> results.getItemCount() == 1);
        assertEquals("OPTIQUE, MONTURE ADULTE DE CLASSE B,OPAL", driver.call(() -> results.getItem(0).getText(1)));
        driver.run(() -> {
            results.select(0);
            results.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        driver.click("lpp.search.choose");
        driver.waitUntil("search closed", search::isDisposed);
        assertEquals("7211674", driver.textOf(p + ".frame.lpp"));
        assertEquals("OPTIQUE, MONTURE ADULTE DE CLASSE B,OPAL", driver.textOf(p + ".frame.lpp.label"));

        driver.type(p + ".frame.code", "M03");
        driver.type(p + ".frame.detail", "MADELE");
        driver.type(p + ".frame.price", "209,00");
        for (String lens : List.of("rightLens", "leftLens")) {
            driver.type(p + "." + lens + ".code", "VU3");
            driver.type(p + "." + lens + ".lpp", "7230795");
            driver.type(p + "." + lens + ".detail", "Airwear Cz EasyP Chrono");
            driver.type(p + "." + lens + ".price", "103,00");
        }
        driver.click(p + ".compute");
        Table detail = driver.waitFor(p + ".detail", Table.class);
        driver.waitUntil("Détail remboursements filled", () -> detail.getItemCount() == 4);
        // Columns: Rb, Acte, Détail, Lpp, Net, Base RO, Rbt RO, Rbt RC, Rbt RO+RC, À Charge.
        assertEquals(List.of("M03", "MADELE", "7211674", "209,00", "0,05", "0,00"), row(detail, 0, 1, 7));
        assertEquals(List.of("415,00", "0,15", "0,00", "0,00", "0,00", "415,00"), row(detail, 3, 4, 10));

        driver.click(p + ".verify");
        Shell verification = driver.waitForShell("Vérification taux");
        driver.screenshot(verification, screenshots.resolve("optician-verification-taux.png"));
        driver.click("ratecheck.ok");
        Label state = driver.waitFor(p + ".state", Label.class);
        driver.waitUntil("rates checked: " + driver.visibleIds(), () -> state.getText().startsWith("État : taux vérifié"));
        assertEquals(today, driver.textOf(p + ".prescriptionDate"));
        assertEquals(List.of("VU3", "V Airwear Cz EasyP Chrono", "7230795", "103,00", "0,05", "0,03"), row(detail, 1, 1, 7));
        assertEquals(List.of("415,00", "0,15", "0,09", "0,00", "0,09", "414,91"), row(detail, 3, 4, 10));

        driver.click(p + ".validate");
        Shell fse = driver.waitForShell("AreaFSE - Facture");
        assertTrue(driver.textOf("fse.title").contains("SESAM-Vitale"), driver.textOf("fse.title"));
        assertEquals("415,00 €", driver.textOf("fse.totals.fees"));
        assertEquals("0,09 €", driver.textOf("fse.totals.amo"));
        assertEquals("414,91 €", driver.textOf("fse.totals.patient"));
        driver.screenshot(fse, screenshots.resolve("optician-fse-summary.png"));
        driver.click("fse.sign");
        driver.waitUntil("invoice secured: " + driver.textOf(p + ".message"), () -> state.getText().startsWith("État : Sécurisé (SESAM-Vitale)"));
        assertTrue(driver.textOf(p + ".message").contains("sécurisée"), driver.textOf(p + ".message"));
        driver.screenshot(window, screenshots.resolve("optician-invoice-secured.png"));
    }

    private static List<String> row(Table table, int index, int from, int to) {
        return driver.call(() -> {
            List<String> cells = new java.util.ArrayList<>();
            for (int column = from; column < to; column++) {
                cells.add(table.getItem(index).getText(column));
            }
            return cells;
        });
    }

    private static Shell pinShell() {
        for (Shell shell : driver.display().getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && "Code porteur CPS".equals(shell.getText())) {
                return shell;
            }
        }
        return null;
    }
}
