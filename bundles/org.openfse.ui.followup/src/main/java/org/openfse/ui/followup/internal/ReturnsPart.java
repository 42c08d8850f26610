package org.openfse.ui.followup.internal;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.openfse.core.billing.BillingService;
import org.openfse.core.billing.Defacturation;
import org.openfse.core.billing.InvoiceState;
import org.openfse.core.returns.FollowUpFilter;
import org.openfse.core.returns.FollowUpState;
import org.openfse.core.returns.ImportResult;
import org.openfse.core.returns.InvoiceFollowUp;
import org.openfse.core.returns.Lettrage;
import org.openfse.core.returns.RecordError;
import org.openfse.core.returns.RejectView;
import org.openfse.core.returns.ReturnFileView;
import org.openfse.core.returns.ReturnImport;
import org.openfse.core.returns.ReturnQueries;
import org.openfse.core.returns.RspMark;
import org.openfse.core.transport.ExchangeService;
import org.openfse.ui.api.UiIds;
import org.openfse.ui.api.Widgets;

/**
 * Retours NOEMIE: Suivi facturations (seed 002: the transmitted invoices with expected, paid and
 * remaining amounts, their state, the count line, filters by period, PS, organisme and state,
 * "Traitement manuel", lettrage, "Récupération automatique Lots/RSPs") and the NOEMIE files received
 * (status, payments, rejects and the records that could not be read), on the noemie services.
 */
public final class ReturnsPart {

    /** Widget ids. */
    public static final String TABS = "returns.tabs";
    public static final String BILLING = "returns.billing";
    public static final String BILLING_STATE = "returns.billing.state";
    public static final String BILLING_COUNTS = "returns.billing.counts";
    public static final String BILLING_REJECTS = "returns.billing.rejects";
    public static final String MANUAL = "returns.billing.manual";
    public static final String LETTRAGE = "returns.billing.lettrage";
    public static final String RECEIVE = "returns.billing.receive";
    public static final String DEFACTURE = "returns.billing.defacture";
    public static final String DEFACTURE_DIALOG = "returns.billing.defacture.dialog";
    public static final String DEFACTURE_CAUSE = "returns.billing.defacture.cause";
    public static final String DEFACTURE_COMMENT = "returns.billing.defacture.comment";
    public static final String DEFACTURE_OK = "returns.billing.defacture.ok";
    public static final String DEFACTURE_CANCEL = "returns.billing.defacture.cancel";
    public static final String MESSAGE = "returns.message";
    public static final String FILES = "returns.files";
    public static final String FILE_ERRORS = "returns.files.errors";
    public static final String IMPORT = "returns.files.import";

    private static final List<FollowUpState> STATES = List.of(FollowUpState.IN_PROGRESS, FollowUpState.PAID,
            FollowUpState.REJECTED, FollowUpState.ANOMALY);

    private final UISynchronize sync;
    private volatile ReturnQueries queries;
    private volatile ReturnImport imports;
    private volatile Lettrage lettrage;
    private volatile ExchangeService exchange;
    private volatile BillingService invoices;

    private Background background;
    private Label message;
    private PeriodBar billingBar;
    private Combo stateFilter;
    private Table billing;
    private Label counts;
    private Label rejects;
    private Button defacture;
    private PeriodBar filesBar;
    private Table files;
    private Table fileErrors;

    @Inject
    public ReturnsPart(UISynchronize sync) {
        this.sync = sync;
    }

    @Inject
    void setQueries(@Optional @Service ReturnQueries queries) {
        this.queries = queries;
    }

    @Inject
    void setImports(@Optional @Service ReturnImport imports) {
        this.imports = imports;
    }

    @Inject
    void setLettrage(@Optional @Service Lettrage lettrage) {
        this.lettrage = lettrage;
    }

    @Inject
    void setExchange(@Optional @Service ExchangeService exchange) {
        this.exchange = exchange;
    }

    @Inject
    void setInvoices(@Optional @Service BillingService invoices) {
        this.invoices = invoices;
    }

    @PostConstruct
    public void create(Composite parent) {
        Composite body = Widgets.section(parent, UiIds.PART_RETURNS, Texts.get("returns.title"), Texts.get("returns.intro"));
        background = new Background(sync, body);
        message = Tables.message(body, MESSAGE);
        TabFolder tabs = Widgets.id(new TabFolder(body, SWT.TOP), TABS);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        createBillingTab(tabs);
        createFilesTab(tabs);
        searchBilling();
        filesBar.current().ifPresent(this::refreshFiles);
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

    // ------------------------------------------------------------------ Suivi facturations

    private void createBillingTab(TabFolder tabs) {
        Composite page = tab(tabs, "returns.tab.billing");
        billingBar = new PeriodBar(page, BILLING, Period.lastMonths(LocalDate.now(), 3), true, period -> searchBilling(), this::fail);
        Composite filters = new Composite(page, SWT.NONE);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.center = true;
        row.spacing = 6;
        row.marginLeft = 0;
        filters.setLayout(row);
        new Label(filters, SWT.NONE).setText(Texts.get("returns.billing.stateFilter"));
        stateFilter = Widgets.id(new Combo(filters, SWT.READ_ONLY), BILLING_STATE);
        stateFilter.add(Texts.get("returns.billing.allStates"));
        for (FollowUpState state : STATES) {
            stateFilter.add(Texts.get("followup.state." + state.name()));
        }
        stateFilter.select(0);
        stateFilter.addListener(SWT.Selection, event -> searchBilling());
        button(filters, MANUAL, "returns.billing.manual", this::manualProcessing);
        button(filters, LETTRAGE, "returns.billing.lettrage", this::reconcileAll);
        button(filters, RECEIVE, "returns.billing.receive", this::receive);
        defacture = button(filters, DEFACTURE, "returns.billing.defacture", this::defacture);
        defacture.setEnabled(false);

        billing = Tables.create(page, BILLING, SWT.SINGLE, 260, "received", "client", "date", "number", "lot", "amountExpected",
                "amountPaid", "amountRemaining", "state", "organismes", "sv");
        billing.addListener(SWT.Selection, event -> showRejects());
        counts = Widgets.id(new Label(page, SWT.NONE), BILLING_COUNTS);
        counts.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        rejects = Tables.message(page, BILLING_REJECTS);
    }

    private static Button button(Composite parent, String id, String key, Runnable run) {
        Button button = Widgets.id(new Button(parent, SWT.PUSH), id);
        button.setText(Texts.get(key));
        button.setToolTipText(Texts.get(key + ".tooltip"));
        button.addListener(SWT.Selection, event -> run.run());
        return button;
    }

    private void searchBilling() {
        ReturnQueries service = queries;
        if (service == null) {
            counts.setText(Texts.get("returns.noService"));
            return;
        }
        java.util.Optional<Period> period = billingBar.current();
        if (period.isEmpty()) {
            return;
        }
        Period p = period.get();
        int chosen = stateFilter.getSelectionIndex();
        Set<FollowUpState> states = chosen <= 0 ? Set.of() : EnumSet.of(STATES.get(chosen - 1));
        FollowUpFilter filter = new FollowUpFilter(p.from(), p.to(), p.psNumber(), p.organisme(), states, false);
        background.latest("Suivi facturations", () -> {
            List<InvoiceFollowUp> rows = service.invoiceFollowUp(filter);
            return new BillingView(rows, BillingCounts.text(service.summary(rows)));
        }, this::showBilling, this::fail);
    }

    private record BillingView(List<InvoiceFollowUp> rows, String counts) {
    }

    private void showBilling(BillingView view) {
        Tables.fill(billing, view.rows(), r -> new String[] {FrenchFormat.day(r.receivedOn()), r.patientName(),
            FrenchFormat.day(r.invoiceDate()), r.number() == null ? "" : Integer.toString(r.number().value()), r.lot(),
            FrenchFormat.amount(r.expected()), FrenchFormat.amount(r.paid()), FrenchFormat.amount(r.remaining()),
            StateLabels.followUp(r.state()), r.organismes(), r.secured() ? "SV" : ""});
        for (TableItem item : billing.getItems()) {
            item.setBackground(8, Tables.color(billing, StateLabels.tone(((InvoiceFollowUp) item.getData()).state())));
        }
        counts.setText(view.counts());
        rejects.setText("");
        defacture.setEnabled(false);
        counts.getParent().layout();
    }

    private InvoiceFollowUp selectedBilling() {
        TableItem[] selected = billing.getSelection();
        return selected.length == 1 ? (InvoiceFollowUp) selected[0].getData() : null;
    }

    private void showRejects() {
        InvoiceFollowUp row = selectedBilling();
        updateDefacture(row);
        if (row == null || row.rejects().isEmpty()) {
            rejects.setText(row == null ? "" : Texts.get("returns.billing.noReject"));
            return;
        }
        rejects.setText(row.rejects().stream().map(ReturnsPart::rejectText).collect(Collectors.joining("\n")));
        rejects.getParent().layout();
    }

    static String rejectText(RejectView reject) {
        return Texts.get("returns.billing.reject", FrenchFormat.day(reject.date()), reject.code(), reject.label(),
                StateLabels.rspMark(reject.mark()));
    }

    private void manualProcessing() {
        InvoiceFollowUp row = selectedBilling();
        Lettrage service = lettrage;
        if (service == null) {
            fail(Texts.get("returns.noService"));
            return;
        }
        if (row == null || row.state() != FollowUpState.REJECTED) {
            say(Texts.get("returns.billing.manual.choose"));
            return;
        }
        background.run("Traitement manuel", () -> {
            service.markRejects(row.invoiceId(), RspMark.MANUAL_PROCESSING, TransmissionsPart.actor());
            return row;
        }, done -> {
            say(Texts.get("returns.billing.manual.done", done.number() == null ? "" : done.number().value()));
            searchBilling();
        }, this::fail);
    }

    /** Enables "Défacturer" only when the lifecycle lets the selected invoice become DEFACTURED. */
    private void updateDefacture(InvoiceFollowUp row) {
        defacture.setEnabled(false);
        BillingService service = invoices;
        if (row == null || service == null) {
            background.latest("Défacturer ?", () -> Boolean.FALSE, enabled -> { }, this::fail);
            return;
        }
        background.latest("Défacturer ?", () -> service.nextStates(service.summary(row.invoiceId()).state())
                .contains(InvoiceState.DEFACTURED), enabled -> defacture.setEnabled(enabled && row.equals(selectedBilling())),
                this::fail);
    }

    private void defacture() {
        InvoiceFollowUp row = selectedBilling();
        BillingService service = invoices;
        if (service == null) {
            fail(Texts.get("returns.noBilling"));
            return;
        }
        if (row == null) {
            say(Texts.get("returns.billing.manual.choose"));
            return;
        }
        String number = row.number() == null ? "" : Integer.toString(row.number().value());
        String cause = row.rejects().isEmpty() ? "" : row.rejects().get(row.rejects().size() - 1).code() + " "
                + row.rejects().get(row.rejects().size() - 1).label();
        DefactureDialog.open(billing.getShell(), Texts.get("returns.billing.defacture.title", number), cause.strip(),
                (rejectCause, comment) -> {
                    defacture.setEnabled(false);
                    say(Texts.get("returns.billing.defacture.running", number));
                    background.run("Défacturer", () -> service.defacture(TransmissionsPart.actor(), row.invoiceId(), rejectCause,
                            comment), (Defacturation done) -> {
                                say(Texts.get("returns.billing.defacture.done", number, done.counterpart().number().value(),
                                        FrenchFormat.euros(done.movedToDeposit())));
                                searchBilling();
                            }, this::fail);
                });
    }

    private void reconcileAll() {
        Lettrage service = lettrage;
        if (service == null) {
            fail(Texts.get("returns.noService"));
            return;
        }
        say(Texts.get("returns.billing.lettrage.running"));
        background.run("Lettrage", () -> service.reconcileAll(TransmissionsPart.actor()), result -> {
            say(Texts.get("returns.billing.lettrage.done", result.matched(), result.paid(), result.partlyPaid(), result.anomalies(),
                    result.rejected(), result.unmatched().size()));
            searchBilling();
        }, this::fail);
    }

    private void receive() {
        ExchangeService service = exchange;
        if (service == null) {
            fail(Texts.get("transmissions.noExchange"));
            return;
        }
        say(Texts.get("returns.billing.receive.running"));
        background.run("Recevoir", progress -> service.receive(progress::worked), report -> {
            say(ExchangeTexts.of(report));
            searchBilling();
            filesBar.current().ifPresent(this::refreshFiles);
        }, this::fail, (done, total, text) -> say(text));
    }

    // ------------------------------------------------------------------ Fichiers NOEMIE

    private void createFilesTab(TabFolder tabs) {
        Composite page = tab(tabs, "returns.tab.files");
        Composite top = new Composite(page, SWT.NONE);
        top.setLayout(new GridLayout(2, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        filesBar = new PeriodBar(top, FILES, Period.lastMonths(LocalDate.now(), 3), false, this::refreshFiles, this::fail);
        button(top, IMPORT, "returns.files.import", this::importFile);
        files = Tables.create(page, FILES, SWT.SINGLE, 200, "received", "name", "emitter", "integrated", "status", "payments",
                "rejects", "errors");
        files.addListener(SWT.Selection, event -> showErrors());
        Tables.heading(page, Texts.get("returns.files.errorsTitle"));
        fileErrors = Tables.create(page, FILE_ERRORS, SWT.SINGLE, 100, "record", "code", "reason");
    }

    private void refreshFiles(Period period) {
        ReturnImport service = imports;
        if (service == null) {
            say(Texts.get("returns.noService"));
            return;
        }
        background.latest("Retours NOEMIE", () -> service.files(period.from(), period.to()), this::showFiles, this::fail);
    }

    private void showFiles(List<ReturnFileView> rows) {
        Tables.fill(files, rows, f -> new String[] {FrenchFormat.time(f.receivedAt()), f.fileName(), f.emitter(),
            FrenchFormat.time(f.integratedAt()), StateLabels.importStatus(f.status()), Integer.toString(f.payments()),
            Integer.toString(f.rejects()), Integer.toString(f.errors().size())});
        for (TableItem item : files.getItems()) {
            ReturnFileView view = (ReturnFileView) item.getData();
            if (view.status() != null) {
                item.setBackground(4, Tables.color(files, StateLabels.tone(view.status())));
            }
        }
        fileErrors.removeAll();
    }

    private void showErrors() {
        TableItem[] selected = files.getSelection();
        if (selected.length != 1) {
            fileErrors.removeAll();
            return;
        }
        Tables.fill(fileErrors, ((ReturnFileView) selected[0].getData()).errors(), (RecordError e) -> new String[] {
            Long.toString(e.record()), e.code(), StateLabels.recordError(e)});
    }

    private void importFile() {
        ReturnImport service = imports;
        if (service == null) {
            fail(Texts.get("returns.noService"));
            return;
        }
        FileDialog dialog = new FileDialog(files.getShell(), SWT.OPEN);
        dialog.setText(Texts.get("returns.files.import"));
        String chosen = dialog.open();
        if (chosen != null) {
            importPath(service, Path.of(chosen));
        }
    }

    /** Imports one file in the background and shows the outcome. */
    void importPath(ReturnImport service, Path file) {
        say(Texts.get("returns.files.import.running", file.getFileName()));
        background.run("Import NOEMIE", () -> {
            try {
                return service.importFile(file, TransmissionsPart.actor());
            } catch (IOException e) {
                throw new UncheckedIOException(Texts.get("returns.files.import.unreadable", file, e.getMessage()), e);
            }
        }, (ImportResult result) -> {
            say(Texts.get("returns.files.import.done", file.getFileName(), StateLabels.importStatus(result.status()),
                    result.payments(), result.rejects(), result.errors().size()));
            filesBar.current().ifPresent(this::refreshFiles);
            searchBilling();
        }, this::fail);
    }

    private void fail(String text) {
        say(Texts.get("error", text));
    }

    private void say(String text) {
        message.setText(text);
        message.getParent().layout();
    }
}
