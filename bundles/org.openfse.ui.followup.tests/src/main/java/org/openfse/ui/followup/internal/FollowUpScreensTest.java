package org.openfse.ui.followup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.openfse.core.billing.BillingService;
import org.openfse.core.billing.InvoiceState;
import org.openfse.core.billing.InvoiceSummary;
import org.openfse.core.billing.RecyclingEntry;
import org.openfse.core.lot.LotSummary;
import org.openfse.core.store.Store;
import org.openfse.testing.e4.RunningWorkbench;
import org.openfse.testing.swt.SwtDriver;
import org.openfse.ui.api.UiIds;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The follow-up screens in the real workbench (demo mode), on data written through the store: the
 * Télétransmissions flow (only secured invoices can be chosen, Mettre en lot, the lot appears with its
 * number and state, its detail), Suivi facturations with the count line of seed 002, and Suivi
 * virements. Screenshots go to target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FollowUpScreensTest {

    private static RunningWorkbench workbench;
    private static SwtDriver driver;
    private static Shell window;
    private static Path screenshots;
    private static FollowUpData.Waiting waiting;

    @BeforeAll
    static void seedAndStart() throws Exception {
        screenshots = Path.of(System.getProperty("openfse.test.output", "target"), "screenshots");
        Bundle bundle = FrameworkUtil.getBundle(FollowUpScreensTest.class);
        if (bundle.getBundleContext() == null) {
            bundle.start(Bundle.START_TRANSIENT);
        }
        ServiceTracker<Store, Store> tracker = new ServiceTracker<>(bundle.getBundleContext(), Store.class, null);
        tracker.open();
        Store store = tracker.waitForService(Duration.ofSeconds(90).toMillis());
        assertTrue(store != null, "the store service is registered");
        waiting = new FollowUpData().write(store, LocalDate.now());
        tracker.close();

        workbench = RunningWorkbench.start();
        driver = new SwtDriver(workbench.display(Duration.ofSeconds(60)), UiIds.WIDGET_KEY, Duration.ofSeconds(60));
        window = driver.waitForShell("OpenFSE");
    }

    @AfterAll
    static void close() throws Exception {
        if (workbench != null) {
            workbench.close();
        }
    }

    @Test
    @Order(1)
    void theSectionsAreListedInTheirPlaceBeforeSettings() {
        List<String> order = driver.call(() -> {
            List<String> ids = new ArrayList<>();
            collectNavigation(window, ids);
            return ids;
        });
        int transmissions = order.indexOf(UiIds.navigationButton(UiIds.PART_TRANSMISSIONS));
        assertTrue(transmissions > 0, order::toString);
        assertEquals(List.of(UiIds.navigationButton(UiIds.PART_TRANSMISSIONS), UiIds.navigationButton(UiIds.PART_RETURNS),
                UiIds.navigationButton(UiIds.PART_PAYMENTS), UiIds.navigationButton(UiIds.PART_SETTINGS)),
                order.subList(transmissions, transmissions + 4));
        assertEquals("Virements", driver.textOf(UiIds.navigationButton(UiIds.PART_PAYMENTS)));
    }

    @Test
    @Order(2)
    void onlySecuredInvoicesAreChosenAndMettreEnLotMakesTheLot() {
        driver.click(UiIds.navigationButton(UiIds.PART_TRANSMISSIONS));
        Table invoices = driver.waitFor(TransmissionsPart.INVOICES, Table.class);
        driver.waitUntil("the four invoices of the day listed", () -> rows(invoices).size() >= 4);
        // Seed 002: "TP Calculé" and "FSE supprimée" are listed but not sent.
        assertEquals("Sécurisé", cell(invoices, "257", 11));
        assertEquals("TP calculé", cell(invoices, "255", 11));
        assertEquals("FSE supprimée", cell(invoices, "256", 11));
        assertEquals("30,00", cell(invoices, "257", 4));
        assertEquals("415,00", cell(invoices, "253", 4));
        assertEquals("1 manquante(s)", cell(invoices, "253", 12));
        assertEquals("SV", cell(invoices, "253", 13));
        assertEquals("", cell(invoices, "255", 13));

        // Pièces jointes: the missing prescription of invoice 253.
        selectTab(TransmissionsPart.TABS, 2);
        Table attachments = driver.waitFor(TransmissionsPart.ATTACHMENTS, Table.class);
        driver.waitUntil("the SCOR document listed", () -> driver.call(() -> itemWith(attachments, 1, "253")) != null);
        assertEquals(List.of("SV", "DESMAUX", "Nathalie", "MANQUANT", "Ordonnance"), driver.call(() -> {
            TableItem item = itemWith(attachments, 1, "253");
            return List.of(item.getText(2), item.getText(3), item.getText(4), item.getText(5), item.getText(6));
        }));
        driver.screenshot(window, screenshots.resolve("transmissions-attachments.png"));
        selectTab(TransmissionsPart.TABS, 0);
        driver.screenshot(window, screenshots.resolve("transmissions-pending.png"));

        // The user selects every line: only the secured ones stay selected.
        driver.run(() -> {
            invoices.selectAll();
            invoices.notifyListeners(SWT.Selection, new Event());
        });
        List<String> selected = driver.call(() -> {
            List<String> numbers = new ArrayList<>();
            for (TableItem item : invoices.getSelection()) {
                numbers.add(item.getText(3));
            }
            return numbers;
        });
        assertEquals(List.of("257", "253"), selected);

        driver.click(TransmissionsPart.MAKE_LOTS);
        Label message = driver.waitFor(TransmissionsPart.MESSAGE, Label.class);
        driver.waitUntil("lots made", () -> message.getText().contains("créé"), Duration.ofSeconds(60));
        // 257 and 253 both go to 01 751: one lot, numbered from the practitioner's next number 025.
        assertTrue(driver.textOf(message).startsWith("1 lot(s) créé(s) : lot 025 (01 751, 2 facture(s))"), driver.textOf(message));

        Table lots = driver.waitFor(TransmissionsPart.LOTS, Table.class);
        driver.waitUntil("the lot listed with its state", () -> lotRow(lots, "025") != null);
        TableItem lot = driver.call(() -> lotRow(lots, "025"));
        assertEquals("01 751", driver.call(() -> lot.getText(3)));
        assertEquals("Mis en lot", driver.call(() -> lot.getText(4)));
        assertEquals("2", driver.call(() -> lot.getText(7)));
        assertEquals("445,00", driver.call(() -> lot.getText(8)));
        assertEquals(FollowUpData.PS, driver.call(() -> lot.getText(9)));
        // The state cell is coloured (blue family: the lot is on its way).
        assertEquals(Tone.PROGRESS.blue(), (int) driver.call(() -> lot.getBackground(4).getBlue()));

        // The detail of the lot: its two invoices.
        selectLot(lots, "025");
        Table lotInvoices = driver.waitFor(TransmissionsPart.LOT_INVOICES, Table.class);
        driver.waitUntil("lot detail shown", () -> lotInvoices.getItemCount() == 2);
        assertEquals(List.of("253", "257"), driver.call(() -> List.of(lotInvoices.getItem(0).getText(0), lotInvoices.getItem(1).getText(0))));
        assertTrue(driver.textOf(TransmissionsPart.LOT_TITLE).startsWith("Lot 025 pour 01 751 : Mis en lot, 2 facture(s), 445,00"),
                driver.textOf(TransmissionsPart.LOT_TITLE));
        driver.screenshot(window, screenshots.resolve("transmissions-lots.png"));

        // Édition bordereau of the selected lot: a PDF in the data folder, written in a background job.
        driver.click(TransmissionsPart.BORDEREAU);
        driver.waitUntil("bordereau written", () -> message.getText().startsWith("Bordereau de 1 lot(s) enregistré : "),
                Duration.ofSeconds(60));
        Path pdf = Path.of(driver.textOf(message).substring("Bordereau de 1 lot(s) enregistré : ".length()));
        assertTrue(Files.isRegularFile(pdf), pdf::toString);
        assertEquals("%PDF", readStart(pdf));
        driver.screenshot(window, screenshots.resolve("transmissions-bordereau.png"));


        // The invoices left the list to send; the others stay, still not selectable.
        selectTab(TransmissionsPart.TABS, 0);
        driver.waitUntil("secured invoices gone from the list", () -> rows(invoices).stream().noneMatch(r -> r.equals("257")));
        assertTrue(driver.call(() -> rows(invoices)).contains("255"));
    }

    @Test
    @Order(3)
    void mettreEnFichierGivesTheLotItsFileThenEnvoyerEtRecevoirReports() {
        driver.click(UiIds.navigationButton(UiIds.PART_TRANSMISSIONS));
        selectTab(TransmissionsPart.TABS, 1);
        Table lots = driver.waitFor(TransmissionsPart.LOTS, Table.class);
        driver.waitUntil("lot 025 listed", () -> lotRow(lots, "025") != null);
        Label message = driver.waitFor(TransmissionsPart.MESSAGE, Label.class);
        // Mettre en fichier: the lot gets its B2 file.
        driver.click(TransmissionsPart.MAKE_FILES);
        driver.waitUntil("file made", () -> message.getText().startsWith("1 fichier(s) créé(s)"), Duration.ofSeconds(60));
        driver.waitUntil("lot in state Fichier créé", () -> {
            TableItem row = lotRow(lots, "025");
            return row != null && "Fichier créé".equals(row.getText(4));
        });
        selectLot(lots, "025");
        Table files = driver.waitFor(TransmissionsPart.LOT_FILES, Table.class);
        driver.waitUntil("the B2 file in the detail", () -> files.getItemCount() == 1);
        assertFalse(driver.call(() -> files.getItem(0).getText(0)).isBlank());

        // Envoyer et recevoir: whatever the transports say, the screen gives the outcome in French and the buttons come back.
        driver.click(TransmissionsPart.EXCHANGE);
        driver.waitUntil("exchange finished", () -> driver.find(TransmissionsPart.EXCHANGE, org.eclipse.swt.widgets.Button.class)
                .map(b -> b.isEnabled() && !message.getText().startsWith("Envoi et réception en cours")).orElse(false),
                Duration.ofSeconds(120));
        // Demo mode: the in-process "Caisse de TEST" (GreenMail on loopback) receives the lot by mail and answers
        // with its ARL and a NOEMIE return, both received in the same exchange.
        String outcome = driver.textOf(message);
        assertTrue(outcome.startsWith("1 lot(s) envoyé(s), 2 fichier(s) reçu(s)"), outcome);
        driver.waitUntil("lot answered", () -> {
            TableItem row = lotRow(lots, "025");
            return row != null && !List.of("Fichier créé", "Lot expédié", "Réexpédié").contains(row.getText(4));
        }, Duration.ofSeconds(60));
        // Acknowledged (ARL positif reçu), then answered by its NOEMIE return imported in the same run: RSP.
        assertEquals("RSP", driver.call(() -> lotRow(lots, "025").getText(4)));
        driver.screenshot(window, screenshots.resolve("transmissions-exchange.png"));

    }

    @Test
    void suiviFacturationsCountsTheFoldersOfThePeriod() {
        driver.click(UiIds.navigationButton(UiIds.PART_RETURNS));
        driver.waitFor(ReturnsPart.BILLING, Table.class);
        driver.type(ReturnsPart.BILLING + ".from", "01/01/2024");
        driver.type(ReturnsPart.BILLING + ".to", "28/05/2024");
        driver.type(ReturnsPart.BILLING + ".ps", FollowUpData.PS);
        driver.click(ReturnsPart.BILLING + ".search");
        Label counts = driver.waitFor(ReturnsPart.BILLING_COUNTS, Label.class);
        // Seed 002: "21 dossiers dont 18 sécurisés en sesam vitale soit 86%".
        driver.waitUntil("counts of the period", () -> counts.getText().startsWith("21 dossiers"), Duration.ofSeconds(60));
        assertEquals("21 dossiers dont 18 sécurisés en SESAM-Vitale soit 86 %", driver.textOf(counts));
        Table billing = driver.waitFor(ReturnsPart.BILLING, Table.class);
        assertEquals(21, (int) driver.call(billing::getItemCount));
        // Invoice 202 was paid 5,52 by the transfer of 28/05/2024.
        assertEquals(List.of("28/05/2024", "5,52", "5,52", "0,00", "Payé"), driver.call(() -> {
            TableItem item = itemWith(billing, 3, "202");
            return List.of(item.getText(0), item.getText(5), item.getText(6), item.getText(7), item.getText(8));
        }));
        driver.screenshot(window, screenshots.resolve("returns-billing.png"));

        // Filter "Payé": the five paid folders.
        Combo state = driver.waitFor(ReturnsPart.BILLING_STATE, Combo.class);
        driver.run(() -> {
            state.select(2);
            state.notifyListeners(SWT.Selection, new Event());
        });
        driver.waitUntil("only paid folders", () -> counts.getText().startsWith("5 dossiers"), Duration.ofSeconds(60));
        assertEquals("5 dossiers dont 5 sécurisés en SESAM-Vitale soit 100 %", driver.textOf(counts));
        driver.call(() -> {
            for (TableItem item : billing.getItems()) {
                assertEquals("Payé", item.getText(8));
            }
            return null;
        });
        // A date that cannot be read is said in French and nothing is searched.
        driver.type(ReturnsPart.BILLING + ".from", "32/01/2024");
        driver.click(ReturnsPart.BILLING + ".search");
        driver.waitUntil("bad date told", () -> driver.textOf(ReturnsPart.MESSAGE).contains("illisible"));
        assertEquals("Erreur : Date « 32/01/2024 » illisible pour « Du » : tapez-la sous la forme JJ/MM/AAAA.",
                driver.textOf(ReturnsPart.MESSAGE));
        assertEquals("5 dossiers dont 5 sécurisés en SESAM-Vitale soit 100 %", driver.textOf(counts));
    }

    @Test
    void suiviVirementsShowsTheTransferAndItsDetail() {
        driver.click(UiIds.navigationButton(UiIds.PART_PAYMENTS));
        driver.waitFor(PaymentsPart.TRANSFERS, Table.class);
        driver.type(PaymentsPart.TRANSFERS + ".from", "01/05/2024");
        driver.type(PaymentsPart.TRANSFERS + ".to", "31/05/2024");
        driver.click(PaymentsPart.TRANSFERS + ".search");
        Table transfers = driver.waitFor(PaymentsPart.TRANSFERS, Table.class);
        driver.waitUntil("the transfer of 28/05/2024", () -> itemWith(transfers, 0, "28/05/2024") != null, Duration.ofSeconds(60));
        TableItem transfer = driver.call(() -> itemWith(transfers, 0, "28/05/2024"));
        assertEquals("5,52", driver.call(() -> transfer.getText(3)));
        driver.run(() -> {
            transfers.setSelection(transfer);
            transfers.notifyListeners(SWT.Selection, new Event());
        });
        Table lines = driver.waitFor(PaymentsPart.TRANSFER_LINES, Table.class);
        driver.waitUntil("detail of the transfer", () -> lines.getItemCount() == 1);
        assertEquals(List.of("202", "5,52", "5,52"), driver.call(() -> List.of(lines.getItem(0).getText(0),
                lines.getItem(0).getText(5), lines.getItem(0).getText(6))));
        driver.screenshot(window, screenshots.resolve("payments-transfers.png"));
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: it changes invoice 203, which the counts of Suivi facturations include
    void defacturerTakesTheRejectedInvoiceOutAndIsRefusedForAPaidOne() throws Exception {
        driver.click(UiIds.navigationButton(UiIds.PART_RETURNS));
        Table billing = driver.waitFor(ReturnsPart.BILLING, Table.class);
        Combo state = driver.waitFor(ReturnsPart.BILLING_STATE, Combo.class);
        driver.run(() -> state.select(0));
        driver.type(ReturnsPart.BILLING + ".from", "01/01/2024");
        driver.type(ReturnsPart.BILLING + ".to", "28/05/2024");
        driver.type(ReturnsPart.BILLING + ".ps", FollowUpData.PS);
        driver.click(ReturnsPart.BILLING + ".search");
        driver.waitUntil("invoices 202 and 203 listed", () -> cell(billing, "203", 8) != null && cell(billing, "202", 8) != null,
                Duration.ofSeconds(60));
        assertEquals("Rejeté", cell(billing, "203", 8));
        Button defacture = driver.waitFor(ReturnsPart.DEFACTURE, Button.class);
        assertEquals("Défacturer", driver.textOf(defacture));
        assertFalse(driver.call(defacture::getEnabled), "nothing chosen yet");

        // Seed 000: an invoice rejected with "-" in the RSP column may be défacturée; a paid one may not.
        selectNumber(billing, "203");
        driver.waitUntil("Défacturer enabled for the rejected invoice 203", () -> driver.call(defacture::getEnabled));
        selectNumber(billing, "202");
        driver.waitUntil("Défacturer disabled for the paid invoice 202", () -> !driver.call(defacture::getEnabled));
        selectNumber(billing, "203");
        driver.waitUntil("Défacturer enabled again for 203", () -> driver.call(defacture::getEnabled));

        driver.click(defacture);
        Text cause = driver.waitFor(ReturnsPart.DEFACTURE_CAUSE, Text.class);
        // Pre-filled with the reject written by FollowUpData for invoice 203.
        assertEquals(FollowUpData.REJECT_CODE + " " + FollowUpData.REJECT_LABEL, driver.textOf(cause));
        driver.type(ReturnsPart.DEFACTURE_COMMENT, "Droits mis à jour par la carte Vitale");
        driver.screenshot(driver.call(cause::getShell), screenshots.resolve("returns-defacturer.png"));
        driver.click(ReturnsPart.DEFACTURE_OK);
        driver.waitUntil("défacturation told", () -> driver.textOf(ReturnsPart.MESSAGE).startsWith("Facture 203 défacturée"),
                Duration.ofSeconds(60));
        // No patient payment was recorded for 203: nothing moves to the acomptes.
        assertTrue(driver.textOf(ReturnsPart.MESSAGE).contains("0,00\u00a0€ passé(s) en acomptes"), driver.textOf(ReturnsPart.MESSAGE));

        Bundle bundle = FrameworkUtil.getBundle(FollowUpScreensTest.class);
        ServiceTracker<BillingService, BillingService> tracker = new ServiceTracker<>(bundle.getBundleContext(), BillingService.class,
                null);
        tracker.open();
        try {
            BillingService service = tracker.waitForService(Duration.ofSeconds(30).toMillis());
            assertTrue(service != null, "the billing service is registered");
            InvoiceSummary invoice = service.summary(waiting.rejected203());
            assertEquals(InvoiceState.DEFACTURED, invoice.state());
            assertEquals(203, invoice.number().value());
            RecyclingEntry entry = service.recyclingList(invoice.practitionerId()).stream()
                    .filter(e -> e.invoiceId() == waiting.rejected203()).findFirst().orElseThrow(() -> new AssertionError(
                            "203 in the recycling list"));
            assertEquals(FollowUpData.REJECT_CODE + " " + FollowUpData.REJECT_LABEL, entry.rejectCause());
            assertEquals("Droits mis à jour par la carte Vitale", entry.comment());
            assertEquals(InvoiceState.PAID, service.summary(waiting.paid202()).state());
        } finally {
            tracker.close();
        }
        // Défacturée, 203 is no longer a transmitted invoice followed here, and nothing is chosen any more.
        driver.waitUntil("203 gone from Suivi facturations", () -> cell(billing, "203", 8) == null, Duration.ofSeconds(60));
        assertFalse(driver.call(defacture::getEnabled));
    }

    private static void selectNumber(Table table, String number) {
        driver.run(() -> {
            table.setSelection(itemWith(table, 3, number));
            table.notifyListeners(SWT.Selection, new Event());
        });
    }

    private static void selectLot(Table lots, String number) {
        driver.run(() -> {
            lots.setSelection(lotRow(lots, number));
            lots.notifyListeners(SWT.Selection, new Event());
        });
    }

    private static String readStart(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(4), java.nio.charset.StandardCharsets.US_ASCII);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void selectTab(String id, int index) {
        TabFolder tabs = driver.find(id, TabFolder.class).orElseThrow();
        driver.run(() -> {
            tabs.setSelection(index);
            tabs.notifyListeners(SWT.Selection, new Event());
        });
    }

    private static List<String> rows(Table table) {
        return driver.call(() -> {
            List<String> numbers = new ArrayList<>();
            for (TableItem item : table.getItems()) {
                numbers.add(item.getText(3));
            }
            return numbers;
        });
    }

    private static String cell(Table table, String number, int column) {
        return driver.call(() -> {
            TableItem item = itemWith(table, 3, number);
            return item == null ? null : item.getText(column);
        });
    }

    private static TableItem itemWith(Table table, int column, String text) {
        for (TableItem item : table.getItems()) {
            if (text.equals(item.getText(column))) {
                return item;
            }
        }
        return null;
    }

    private static TableItem lotRow(Table lots, String number) {
        for (TableItem item : lots.getItems()) {
            if (number.equals(item.getText(2)) && item.getData() instanceof LotSummary lot && FollowUpData.PS.equals(lot.psNumber())) {
                return item;
            }
        }
        return null;
    }

    private static void collectNavigation(Composite parent, List<String> ids) {
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            Object id = child.getData(UiIds.WIDGET_KEY);
            if (id instanceof String s && s.startsWith(UiIds.NAV_PREFIX)) {
                ids.add(s);
            }
            if (child instanceof Composite composite) {
                collectNavigation(composite, ids);
            }
        }
    }
}
