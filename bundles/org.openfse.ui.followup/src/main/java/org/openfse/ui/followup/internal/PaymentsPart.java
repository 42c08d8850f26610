package org.openfse.ui.followup.internal;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.openfse.core.returns.MovementView;
import org.openfse.core.returns.OneOffView;
import org.openfse.core.returns.PaymentLineView;
import org.openfse.core.returns.ReturnQueries;
import org.openfse.core.returns.TransferDetail;
import org.openfse.core.returns.TransferView;
import org.openfse.ui.api.UiIds;
import org.openfse.ui.api.Widgets;

/**
 * Virements: Suivi virements (seed 002: each transfer with its libellés, payer and amount; for the
 * selected one its payments and régularisations and its mouvements financiers) and Opérations
 * ponctuelles (one-off payments such as the annual aid, and withholdings), on the noemie queries.
 */
public final class PaymentsPart {

    /** Widget ids. */
    public static final String TABS = "payments.tabs";
    public static final String TRANSFERS = "payments.transfers";
    public static final String TRANSFER_TITLE = "payments.transfer.title";
    public static final String TRANSFER_LINES = "payments.transfer.lines";
    public static final String TRANSFER_MOVEMENTS = "payments.transfer.movements";
    public static final String ONE_OFF = "payments.oneoff";
    public static final String ONE_OFF_PAYMENTS = "payments.oneoff.payments";
    public static final String ONE_OFF_RETENUES = "payments.oneoff.retenues";
    public static final String MESSAGE = "payments.message";

    private final UISynchronize sync;
    private volatile ReturnQueries queries;

    private Background background;
    private Label message;
    private Table transfers;
    private Label transferTitle;
    private Table lines;
    private Table movements;
    private PeriodBar oneOffBar;
    private Table oneOffPayments;
    private Table retenues;

    @Inject
    public PaymentsPart(UISynchronize sync) {
        this.sync = sync;
    }

    @Inject
    void setQueries(@Optional @Service ReturnQueries queries) {
        this.queries = queries;
    }

    @PostConstruct
    public void create(Composite parent) {
        Composite body = Widgets.section(parent, UiIds.PART_PAYMENTS, Texts.get("payments.title"), Texts.get("payments.intro"));
        background = new Background(sync, body);
        message = Tables.message(body, MESSAGE);
        TabFolder tabs = Widgets.id(new TabFolder(body, SWT.TOP), TABS);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        Composite page = tab(tabs, "payments.tab.transfers");
        PeriodBar transfersBar = new PeriodBar(page, TRANSFERS, Period.lastMonths(LocalDate.now(), 1), false, this::refreshTransfers,
                this::fail);
        transfers = Tables.create(page, TRANSFERS, SWT.SINGLE, 160, "date", "labels", "payer", "amountPaid", "lines", "lettered");
        transfers.addListener(SWT.Selection, event -> showTransfer());
        transferTitle = Widgets.id(new Label(page, SWT.NONE), TRANSFER_TITLE);
        transferTitle.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Tables.heading(page, Texts.get("payments.transfer.linesTitle"));
        lines = Tables.create(page, TRANSFER_LINES, SWT.SINGLE, 90, "number", "date", "client", "organisme", "part", "amountBilled",
                "amountPaid", "regularisation");
        Tables.heading(page, Texts.get("payments.transfer.movementsTitle"));
        movements = Tables.create(page, TRANSFER_MOVEMENTS, SWT.SINGLE, 60, "reference", "date", "kind", "operation", "amount",
                "amountBalance");

        Composite oneOff = tab(tabs, "payments.tab.oneoff");
        oneOffBar = new PeriodBar(oneOff, ONE_OFF, Period.lastMonths(LocalDate.now(), 1), false, this::refreshOneOff, this::fail);
        Tables.heading(oneOff, Texts.get("payments.oneoff.paymentsTitle"));
        oneOffPayments = Tables.create(oneOff, ONE_OFF_PAYMENTS, SWT.SINGLE, 120, "date", "organisme", "code", "label", "amount");
        Tables.heading(oneOff, Texts.get("payments.oneoff.retenuesTitle"));
        retenues = Tables.create(oneOff, ONE_OFF_RETENUES, SWT.SINGLE, 120, "date", "transfer", "reference", "operation", "amount");

        transfersBar.current().ifPresent(this::refreshTransfers);
        oneOffBar.current().ifPresent(this::refreshOneOff);
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

    private void refreshTransfers(Period period) {
        ReturnQueries service = queries;
        if (service == null) {
            say(Texts.get("returns.noService"));
            return;
        }
        background.latest("Suivi virements", () -> service.transfers(period.from(), period.to()), rows -> {
            Tables.fill(transfers, rows, (TransferView t) -> new String[] {FrenchFormat.day(t.date()), String.join(" ", t.labels()),
                t.payer(), FrenchFormat.amount(t.amount()), Integer.toString(t.lines()), Integer.toString(t.lettered())});
            transferTitle.setText(rows.isEmpty() ? Texts.get("payments.transfers.none") : Texts.get("payments.transfer.choose"));
            lines.removeAll();
            movements.removeAll();
        }, this::fail);
    }

    private void showTransfer() {
        TableItem[] selected = transfers.getSelection();
        ReturnQueries service = queries;
        if (selected.length != 1 || service == null) {
            return;
        }
        long id = ((TransferView) selected[0].getData()).paymentId();
        background.latest("Détail du virement", () -> service.transfer(id), detail -> detail.ifPresentOrElse(this::showDetail,
                () -> say(Texts.get("payments.transfer.gone"))), this::fail);
    }

    private void showDetail(TransferDetail detail) {
        TransferView t = detail.transfer();
        transferTitle.setText(Texts.get("payments.transfer.detail", FrenchFormat.day(t.date()), t.payer(),
                FrenchFormat.euros(t.amount())));
        Tables.fill(lines, detail.lines(), (PaymentLineView l) -> new String[] {l.invoiceNumber().replaceFirst("^0+(?=\\d)", ""), FrenchFormat.day(l.invoiceDate()),
            l.patientName(), l.organisme(), l.part() == null ? "" : l.part().name(), FrenchFormat.amount(l.expected()),
            FrenchFormat.amount(l.paid()), l.regularisation() ? Texts.get("yes") : ""});
        Tables.fill(movements, detail.movements(), (MovementView m) -> new String[] {m.debtReference(), FrenchFormat.day(m.debtDate()),
            m.debtKind(), m.operation(), FrenchFormat.amount(m.amount()), FrenchFormat.amount(m.balance())});
        transferTitle.getParent().layout();
    }

    private void refreshOneOff(Period period) {
        ReturnQueries service = queries;
        if (service == null) {
            say(Texts.get("returns.noService"));
            return;
        }
        background.latest("Opérations ponctuelles", () -> new OneOff(service.oneOffPayments(period.from(), period.to()),
                service.retenues(period.from(), period.to())), result -> {
                    Tables.fill(oneOffPayments, result.payments(), (OneOffView o) -> new String[] {FrenchFormat.day(o.accountingDate()),
                        o.organisme(), o.code(), o.label(), FrenchFormat.amount(o.amount())});
                    Tables.fill(retenues, result.retenues(), (MovementView m) -> new String[] {FrenchFormat.day(m.accountingDate()),
                        m.transferLabel(), m.debtReference(), m.operation(), FrenchFormat.amount(m.amount())});
                }, this::fail);
    }

    private record OneOff(List<OneOffView> payments, List<MovementView> retenues) {
    }

    private void fail(String text) {
        say(Texts.get("error", text));
    }

    private void say(String text) {
        message.setText(text);
        message.getParent().layout();
    }
}
