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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openfse.testing.e4.RunningWorkbench;
import org.openfse.testing.swt.SwtDriver;
import org.openfse.ui.api.UiIds;
import org.openfse.ui.optician.internal.OpticianPricingPart;

/**
 * The workbench with the core feature and the optician feature only: the optician section is there,
 * the nurse and doctor ones are not, and the optician pricing gives the seed 002 figures.
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
}
