package org.openfse.ui.followup.internal;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.openfse.core.lot.BordereauKind;
import org.openfse.core.lot.LotDetail;
import org.openfse.core.lot.LotFile;
import org.openfse.core.lot.LotInvoice;
import org.openfse.core.lot.LotAck;
import org.openfse.core.lot.LotQuery;
import org.openfse.core.lot.LotService;
import org.openfse.core.lot.LotState;
import org.openfse.core.lot.LotSummary;
import org.openfse.core.store.Store;
import org.openfse.core.transport.ExchangeReport;
import org.openfse.core.transport.ExchangeService;
import org.openfse.ui.api.UiIds;
import org.openfse.ui.api.Widgets;

/**
 * Télétransmissions (seed 002, menu Tiers Payant › Télétransmissions): the invoices to send (only
 * secured ones can be selected), the steps Mettre en lot, Mettre en fichier, Envoyer et recevoir
 * and Édition bordereau run in background jobs with a progress bar; the lots sent with their
 * coloured states and, for the selected lot, its files, ARL and invoices; the SCOR documents.
 */
public final class TransmissionsPart {

    /** Widget ids. */
    public static final String MAKE_LOTS = "transmissions.makeLots";
    public static final String MAKE_FILES = "transmissions.makeFiles";
    public static final String EXCHANGE = "transmissions.exchange";
    public static final String BORDEREAU = "transmissions.bordereau";
    public static final String PROGRESS = "transmissions.progress";
    public static final String MESSAGE = "transmissions.message";
    public static final String TABS = "transmissions.tabs";
    public static final String INVOICES = "transmissions.invoices";
    public static final String INVOICES_COUNT = "transmissions.invoices.count";
    public static final String REFRESH = "transmissions.refresh";
    public static final String LOTS = "transmissions.lots";
    public static final String LOT_TITLE = "transmissions.lot.title";
    public static final String LOT_FILES = "transmissions.lot.files";
    public static final String LOT_ACKS = "transmissions.lot.acks";
    public static final String LOT_INVOICES = "transmissions.lot.invoices";
    public static final String ATTACHMENTS = "transmissions.attachments";

    private static final System.Logger LOG = System.getLogger(TransmissionsPart.class.getName());

    private final UISynchronize sync;
    private volatile Store store;
    private volatile LotService lots;
    private volatile ExchangeService exchange;

    private Background background;
    private final List<Button> actions = new ArrayList<>();
    private ProgressBar progress;
    private Label message;
    private TabFolder tabs;
    private Table invoices;
    private Label invoicesCount;
    private Table lotsTable;
    private Label lotTitle;
    private Table lotFiles;
    private Table lotAcks;
    private Table lotInvoices;
    private Table attachments;
    private PeriodBar lotsBar;
    private PeriodBar attachmentsBar;

    @Inject
    public TransmissionsPart(UISynchronize sync) {
        this.sync = sync;
    }

    @Inject
    void setStore(@Optional @Service Store store) {
        this.store = store;
    }

    @Inject
    void setLots(@Optional @Service LotService lots) {
        this.lots = lots;
    }

    @Inject
    void setExchange(@Optional @Service ExchangeService exchange) {
        this.exchange = exchange;
    }

    @PostConstruct
    public void create(Composite parent) {
        Composite body = Widgets.section(parent, UiIds.PART_TRANSMISSIONS, Texts.get("transmissions.title"),
                Texts.get("transmissions.intro"));
        background = new Background(sync, body);

        Composite bar = new Composite(body, SWT.NONE);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.center = true;
        row.spacing = 6;
        row.marginLeft = 0;
        bar.setLayout(row);
        action(bar, MAKE_LOTS, "transmissions.action.makeLots", this::makeLots);
        action(bar, MAKE_FILES, "transmissions.action.makeFiles", this::makeFiles);
        action(bar, EXCHANGE, "transmissions.action.exchange", this::sendAndReceive);
        action(bar, BORDEREAU, "transmissions.action.bordereau", this::bordereau);
        progress = Widgets.id(new ProgressBar(bar, SWT.SMOOTH | SWT.HORIZONTAL), PROGRESS);
        progress.setVisible(false);
        message = Tables.message(body, MESSAGE);

        tabs = Widgets.id(new TabFolder(body, SWT.TOP), TABS);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        createInvoicesTab();
        createLotsTab();
        createAttachmentsTab();

        refreshInvoices();
        lotsBar.current().ifPresent(this::refreshLots);
    }

    private void action(Composite bar, String id, String key, Runnable run) {
        Button button = Widgets.id(new Button(bar, SWT.PUSH), id);
        button.setText(Texts.get(key));
        button.setToolTipText(Texts.get(key + ".tooltip"));
        button.addListener(SWT.Selection, event -> run.run());
        actions.add(button);
    }

    private static Composite tab(TabFolder folder, String key) {
        TabItem item = new TabItem(folder, SWT.NONE);
        item.setText(Texts.get(key));
        Composite page = new Composite(folder, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 8;
        layout.marginHeight = 8;
        page.setLayout(layout);
        item.setControl(page);
        return page;
    }

    // ------------------------------------------------------------------ À télétransmettre

    private void createInvoicesTab() {
        Composite page = tab(tabs, "transmissions.tab.pending");
        Composite top = new Composite(page, SWT.NONE);
        top.setLayout(new GridLayout(2, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        invoicesCount = Widgets.id(new Label(top, SWT.NONE), INVOICES_COUNT);
        invoicesCount.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button refresh = Widgets.id(new Button(top, SWT.PUSH), REFRESH);
        refresh.setText(Texts.get("transmissions.refresh"));
        refresh.addListener(SWT.Selection, event -> refreshInvoices());
        invoices = Tables.create(page, INVOICES, SWT.MULTI, 260, "lastName", "firstName", "date", "number", "amountFees",
                "amountAmo", "amo", "amountAmc", "amc", "caisse", "mutuelle", "state", "pj", "sv");
        // Only secured invoices are sent: any other line is taken out of the selection at once.
        invoices.addListener(SWT.Selection, event -> keepSelectableOnly());
    }

    private void keepSelectableOnly() {
        for (int index : invoices.getSelectionIndices()) {
            if (invoices.getItem(index).getData() instanceof TransmissionRow row && !row.selectable()) {
                invoices.deselect(index);
            }
        }
    }

    private void refreshInvoices() {
        Store current = store;
        if (current == null) {
            invoicesCount.setText(Texts.get("transmissions.noStore"));
            return;
        }
        background.latest("Télétransmissions", () -> TransmissionQueries.toTransmit(current, LocalDate.now()), this::showInvoices,
                this::fail);
    }

    private void showInvoices(List<TransmissionRow> rows) {
        Tables.fill(invoices, rows, r -> new String[] {r.lastName(), r.firstName(), FrenchFormat.day(r.invoiceDate()),
            r.number() == null ? "" : Integer.toString(r.number().value()), FrenchFormat.amount(r.fees()),
            FrenchFormat.amount(r.amo()), r.amoTiersPayant() ? "TP" : "", FrenchFormat.amount(r.amc()),
            r.amcTiersPayant() ? "TP" : "", r.caisse(), r.mutuelle(), StateLabels.fse(r.state()),
            r.missingAttachments() == 0 ? "" : Texts.get("transmissions.missingPj", r.missingAttachments()),
            r.selectable() ? StateLabels.secureShort(r.secureMode()) : ""});
        org.eclipse.swt.graphics.Color grey = invoices.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
        for (TableItem item : invoices.getItems()) {
            if (!((TransmissionRow) item.getData()).selectable()) {
                item.setForeground(grey);
            }
        }
        long secured = rows.stream().filter(TransmissionRow::selectable).count();
        invoicesCount.setText(Texts.get("transmissions.invoices.count", rows.size(), secured));
        invoicesCount.getParent().layout();
    }

    // ------------------------------------------------------------------ Télétransmis (lots)

    private void createLotsTab() {
        Composite page = tab(tabs, "transmissions.tab.lots");
        lotsBar = new PeriodBar(page, LOTS, Period.lastMonths(LocalDate.now(), 3), true, this::refreshLots, this::fail);
        lotsTable = Tables.create(page, LOTS, SWT.MULTI, 200, "sent", "date", "number", "destination", "state", "ack",
                "attempts", "invoices", "amountFees", "ps");
        lotsTable.addListener(SWT.Selection, event -> showSelectedLot());
        lotTitle = Widgets.id(new Label(page, SWT.NONE), LOT_TITLE);
        lotTitle.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite detail = new Composite(page, SWT.NONE);
        detail.setLayout(new GridLayout(2, true));
        detail.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite left = column(detail);
        Tables.heading(left, Texts.get("transmissions.lot.files"));
        lotFiles = Tables.create(left, LOT_FILES, SWT.SINGLE, 60, "name", "size", "created", "sent", "transport");
        Tables.heading(left, Texts.get("transmissions.lot.acks"));
        lotAcks = Tables.create(left, LOT_ACKS, SWT.SINGLE, 60, "received", "status", "code", "message", "file");
        Composite right = column(detail);
        Tables.heading(right, Texts.get("transmissions.lot.invoices"));
        lotInvoices = Tables.create(right, LOT_INVOICES, SWT.SINGLE, 120, "number", "patient", "date", "amountFees",
                "amountAmo", "amountAmc", "state");
    }

    private static Composite column(Composite parent) {
        Composite column = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        column.setLayout(layout);
        column.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return column;
    }

    private void refreshLots(Period period) {
        LotService service = lots;
        if (service == null) {
            fail(Texts.get("transmissions.noLots"));
            return;
        }
        background.latest("Lots", () -> service.lots(new LotQuery(period.psNumber(), Set.of(), period.from(), period.to())).stream()
                .filter(lot -> period.organismeMatches(lot.destination())).toList(), this::showLots, this::fail);
    }

    private void showLots(List<LotSummary> rows) {
        Tables.fill(lotsTable, rows, l -> new String[] {FrenchFormat.day(l.sentAt()), FrenchFormat.day(l.createdAt()), l.numberText(),
            l.destination(), StateLabels.lot(l.state()), l.lastAckText(), Integer.toString(l.attempts()),
            Integer.toString(l.invoiceCount()), FrenchFormat.amount(l.totalFees()), l.psNumber()});
        for (TableItem item : lotsTable.getItems()) {
            item.setBackground(4, Tables.color(lotsTable, StateLabels.tone(((LotSummary) item.getData()).state())));
        }
        clearDetail();
    }

    private void clearDetail() {
        lotTitle.setText(lotsTable.getItemCount() == 0 ? Texts.get("transmissions.lots.none") : Texts.get("transmissions.lot.choose"));
        lotFiles.removeAll();
        lotAcks.removeAll();
        lotInvoices.removeAll();
    }

    private void showSelectedLot() {
        TableItem[] selected = lotsTable.getSelection();
        LotService service = lots;
        if (selected.length != 1 || service == null) {
            clearDetail();
            return;
        }
        LotSummary summary = (LotSummary) selected[0].getData();
        Store current = store;
        background.latest("Lot", () -> {
            try {
                return service.lot(summary.id());
            } catch (RuntimeException e) {
                if (current == null) {
                    throw e;
                }
                LOG.log(System.Logger.Level.WARNING, "LotService.lot(" + summary.id() + ") failed, the detail is read from the store", e);
                return StoredLotDetail.read(current, summary);
            }
        }, this::showDetail, this::fail);
    }

    private void showDetail(LotDetail detail) {
        LotSummary lot = detail.summary();
        lotTitle.setText(Texts.get("transmissions.lot.detail", lot.numberText(), lot.destination(), StateLabels.lot(lot.state()),
                lot.invoiceCount(), FrenchFormat.euros(lot.totalFees())));
        Tables.fill(lotFiles, detail.files(), (LotFile f) -> new String[] {f.fileName(), Texts.get("bytes", f.sizeBytes()),
            FrenchFormat.time(f.createdAt()), FrenchFormat.time(f.sentAt()), f.transport()});
        Tables.fill(lotAcks, detail.acks(), (LotAck a) -> new String[] {FrenchFormat.time(a.receivedAt()),
            Texts.get(a.positive() ? "ack.positive" : "ack.negative"), a.code(), a.message(), a.fileName()});
        Tables.fill(lotInvoices, detail.invoices(), (LotInvoice i) -> new String[] {Integer.toString(i.number().value()),
            i.patientName(), FrenchFormat.day(i.careDate()), FrenchFormat.amount(i.totalFees()), FrenchFormat.amount(i.totalAmo()),
            FrenchFormat.amount(i.totalAmc()), i.state() == null ? "" : StateLabels.fse(i.state())});
        lotTitle.getParent().layout();
    }

    // ------------------------------------------------------------------ Pièces jointes

    private void createAttachmentsTab() {
        Composite page = tab(tabs, "transmissions.tab.attachments");
        attachmentsBar = new PeriodBar(page, ATTACHMENTS, Period.lastMonths(LocalDate.now(), 3), false, this::refreshAttachments,
                this::fail);
        attachments = Tables.create(page, ATTACHMENTS, SWT.SINGLE, 260, "sent", "number", "sv", "lastName", "firstName", "state",
                "kind");
        tabs.addListener(SWT.Selection, event -> {
            if (tabs.getSelectionIndex() == 2) {
                attachmentsBar.current().ifPresent(this::refreshAttachments);
            }
        });
    }

    private void refreshAttachments(Period period) {
        Store current = store;
        if (current == null) {
            fail(Texts.get("transmissions.noStore"));
            return;
        }
        background.latest("Pièces jointes", () -> AttachmentQueries.attachments(current, period), rows -> Tables.fill(attachments, rows,
                a -> new String[] {FrenchFormat.day(a.sentAt()), Integer.toString(a.invoiceNumber()), a.secureShort(), a.lastName(),
                    a.firstName(), StateLabels.attachment(a.state()),
                    a.kind() == null ? "" : Texts.get("attachment.kind." + a.kind().name())}), this::fail);
    }

    // ------------------------------------------------------------------ actions

    private List<Long> selectedInvoices() {
        List<Long> ids = new ArrayList<>();
        for (TableItem item : invoices.getSelection()) {
            TransmissionRow row = (TransmissionRow) item.getData();
            if (row.selectable()) {
                ids.add(row.invoiceId());
            }
        }
        if (ids.isEmpty()) {
            for (TableItem item : invoices.getItems()) {
                TransmissionRow row = (TransmissionRow) item.getData();
                if (row.selectable()) {
                    ids.add(row.invoiceId());
                }
            }
        }
        return ids;
    }

    private void makeLots() {
        LotService service = lots;
        if (service == null) {
            fail(Texts.get("transmissions.noLots"));
            return;
        }
        List<Long> ids = selectedInvoices();
        if (ids.isEmpty()) {
            say(Texts.get("transmissions.makeLots.nothing"));
            return;
        }
        busy(Texts.get("transmissions.makeLots.running", ids.size()));
        background.run("Mettre en lot", () -> service.makeLots(actor(), ids), made -> {
            done(made.isEmpty() ? Texts.get("transmissions.makeLots.nothing")
                    : Texts.get("transmissions.makeLots.done", made.size(), String.join(", ", made.stream()
                            .map(l -> Texts.get("transmissions.lotShort", l.numberText(), l.destination(), l.invoiceCount())).toList())));
            refreshAll();
            tabs.setSelection(1);
        }, this::fail);
    }

    private void makeFiles() {
        LotService service = lots;
        if (service == null) {
            fail(Texts.get("transmissions.noLots"));
            return;
        }
        busy(Texts.get("transmissions.makeFiles.running"));
        background.run("Mettre en fichier", p -> {
            List<LotSummary> waiting = service.lots(new LotQuery(null, Set.of(LotState.IN_LOT), null, null));
            List<LotFile> files = new ArrayList<>();
            int done = 0;
            for (LotSummary lot : waiting) {
                p.worked(done, waiting.size(), Texts.get("transmissions.makeFiles.step", lot.numberText(), lot.destination()));
                files.add(service.makeFile(actor(), lot.id()));
                done++;
                p.worked(done, waiting.size(), Texts.get("transmissions.makeFiles.step", lot.numberText(), lot.destination()));
            }
            return files;
        }, files -> {
            done(files.isEmpty() ? Texts.get("transmissions.makeFiles.nothing") : Texts.get("transmissions.makeFiles.done", files.size()));
            refreshAll();
        }, this::fail, this::progress);
    }

    private void sendAndReceive() {
        ExchangeService service = exchange;
        if (service == null) {
            fail(Texts.get("transmissions.noExchange"));
            return;
        }
        busy(Texts.get("transmissions.exchange.running"));
        background.run("Envoyer et recevoir", p -> service.sendAndReceive(p::worked), report -> {
            done(ExchangeTexts.of(report));
            refreshAll();
        }, this::fail, this::progress);
    }

    private void bordereau() {
        LotService service = lots;
        if (service == null) {
            fail(Texts.get("transmissions.noLots"));
            return;
        }
        List<Long> ids = new ArrayList<>();
        TableItem[] chosen = lotsTable.getSelection().length > 0 ? lotsTable.getSelection() : lotsTable.getItems();
        for (TableItem item : chosen) {
            ids.add(((LotSummary) item.getData()).id());
        }
        if (ids.isEmpty()) {
            say(Texts.get("transmissions.bordereau.nothing"));
            return;
        }
        busy(Texts.get("transmissions.bordereau.running", ids.size()));
        background.run("Édition bordereau", p -> {
            p.worked(0, 1, Texts.get("transmissions.bordereau.running", ids.size()));
            Path file = service.writeBordereau(ids, BordereauKind.TRANSMISSION);
            p.worked(1, 1, file.getFileName().toString());
            return file;
        }, file -> done(Texts.get("transmissions.bordereau.done", ids.size(), file.toString())), this::fail, this::progress);
    }

    private void refreshAll() {
        refreshInvoices();
        lotsBar.current().ifPresent(this::refreshLots);
    }

    // ------------------------------------------------------------------ feedback

    private void busy(String text) {
        actions.forEach(b -> b.setEnabled(false));
        progress.setSelection(0);
        progress.setMaximum(100);
        progress.setVisible(true);
        say(text);
    }

    private void progress(int done, int total, String text) {
        if (total > 0) {
            progress.setMaximum(total);
            progress.setSelection(Math.min(done, total));
        }
        say(text);
    }

    private void done(String text) {
        actions.forEach(b -> b.setEnabled(true));
        progress.setSelection(progress.getMaximum());
        progress.setVisible(false);
        say(text);
    }

    private void fail(String text) {
        actions.forEach(b -> b.setEnabled(true));
        progress.setVisible(false);
        say(Texts.get("error", text));
    }

    private void say(String text) {
        message.setText(text);
        message.getParent().layout();
    }

    static String actor() {
        return System.getProperty("user.name", "ui");
    }
}
