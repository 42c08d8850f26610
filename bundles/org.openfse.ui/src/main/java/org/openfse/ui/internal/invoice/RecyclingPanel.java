package org.openfse.ui.internal.invoice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.openfse.core.billing.BillingException;
import org.openfse.core.billing.BillingService;
import org.openfse.core.billing.IllegalTransitionException;
import org.openfse.core.billing.InvoiceSummary;
import org.openfse.core.billing.RecyclingEntry;
import org.openfse.core.store.PageRequest;
import org.openfse.core.store.Store;
import org.openfse.model.api.Practitioner;
import org.openfse.ui.api.Amounts;
import org.openfse.ui.api.DateInput;
import org.openfse.ui.api.Widgets;
import org.openfse.ui.internal.Messages;

/**
 * The recycling list of the Facturation section (seed 000, "Recyclages"): the invoices défacturées
 * and not billed again, with the reject cause and the comment, and "Refacturer", which bills the
 * selected folder again under a new number (the old invoice becomes "Recyclée"). Widget ids
 * {@code billing.recycling} (the table), {@code billing.recycling.refresh},
 * {@code billing.recycling.refacture}, {@code billing.recycling.cause},
 * {@code billing.recycling.comment}, {@code billing.recycling.message}.
 */
public final class RecyclingPanel {

    public static final String TABLE = "billing.recycling";

    private static final System.Logger LOG = System.getLogger(RecyclingPanel.class.getName());

    private final InvoiceServices services;
    private final Table table;
    private final Label cause;
    private final Label comment;
    private final Label message;
    private final List<RecyclingEntry> entries = new ArrayList<>();

    public RecyclingPanel(Composite parent, InvoiceServices services) {
        this.services = services;
        Group group = new Group(parent, SWT.NONE);
        group.setText(Messages.get("recycling.title"));
        group.setLayout(new GridLayout(1, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Widgets.paragraph(group, Messages.get("recycling.intro"));
        table = Widgets.id(new Table(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), TABLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.heightHint = 140;
        table.setLayoutData(data);
        for (String column : List.of("number", "patient", "careDate", "fees", "cause", "comment")) {
            TableColumn tableColumn = new TableColumn(table, column.equals("fees") ? SWT.RIGHT : SWT.LEFT);
            tableColumn.setText(Messages.get("recycling.column." + column));
            tableColumn.setWidth(switch (column) {
                case "cause", "comment" -> 220;
                case "patient" -> 170;
                default -> 95;
            });
        }
        table.addListener(SWT.Selection, event -> showSelected());
        cause = Widgets.id(new Label(group, SWT.WRAP), TABLE + ".cause");
        cause.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        comment = Widgets.id(new Label(group, SWT.WRAP), TABLE + ".comment");
        comment.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite buttons = new Composite(group, SWT.NONE);
        buttons.setLayout(new GridLayout(2, false));
        Button refresh = Widgets.id(new Button(buttons, SWT.PUSH), TABLE + ".refresh");
        refresh.setText(Messages.get("recycling.refresh"));
        refresh.addListener(SWT.Selection, event -> refresh());
        Button refacture = Widgets.id(new Button(buttons, SWT.PUSH), TABLE + ".refacture");
        refacture.setText(Messages.get("recycling.refacture"));
        refacture.addListener(SWT.Selection, event -> refacture());
        message = Widgets.id(new Label(group, SWT.WRAP), TABLE + ".message");
        GridData messageData = new GridData(SWT.FILL, SWT.TOP, true, false);
        messageData.widthHint = 600;
        message.setLayoutData(messageData);
    }

    /** Reads the list again from the billing service (every practitioner of the practice). */
    public void refresh() {
        if (table.isDisposed()) {
            return;
        }
        Optional<BillingService> billing = services.billing();
        Optional<Store> store = services.store();
        entries.clear();
        table.removeAll();
        if (billing.isEmpty() || store.isEmpty()) {
            message.setText(Messages.get("recycling.unavailable"));
            return;
        }
        try {
            List<Long> practitioners = store.get().inTransaction(tx -> {
                var repository = tx.repository(Practitioner.class);
                return repository.page(PageRequest.first(PageRequest.MAX_LIMIT)).items().stream().map(repository::idOf).toList();
            });
            for (long practitioner : practitioners) {
                entries.addAll(billing.get().recyclingList(practitioner));
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "recycling list not read: " + e);
            message.setText(Messages.get("recycling.failed", String.valueOf(e.getMessage())));
            return;
        }
        for (RecyclingEntry entry : entries) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {entry.number().toString(), entry.patientName(), DateInput.FORMAT.format(entry.careDate()),
                Amounts.plain(entry.totalFees()), entry.rejectCause(), entry.comment()});
        }
        message.setText(entries.isEmpty() ? Messages.get("recycling.empty") : Messages.get("recycling.count", entries.size()));
        showSelected();
        table.getParent().layout(true, true);
    }

    private void showSelected() {
        int index = table.getSelectionIndex();
        RecyclingEntry entry = index < 0 ? null : entries.get(index);
        cause.setText(entry == null ? "" : Messages.get("recycling.cause", entry.rejectCause()));
        comment.setText(entry == null ? "" : Messages.get("recycling.comment", entry.comment().isEmpty() ? "—" : entry.comment()));
        table.getParent().layout(true, true);
    }

    private void refacture() {
        int index = table.getSelectionIndex();
        Optional<BillingService> billing = services.billing();
        if (index < 0) {
            message.setText(Messages.get("recycling.choose"));
            return;
        }
        if (billing.isEmpty()) {
            message.setText(Messages.get("recycling.unavailable"));
            return;
        }
        RecyclingEntry entry = entries.get(index);
        String actor = services.session().flatMap(s -> s.current()).map(a -> a.card().psNumber()).orElse("poste");
        try {
            InvoiceSummary created = billing.get().refacture(actor, entry.invoiceId(), Optional.empty());
            LOG.log(System.Logger.Level.INFO, "invoice " + entry.number() + " billed again as " + created.number() + " by " + actor);
            refresh();
            message.setText(Messages.get("recycling.done", entry.number().toString(), created.number().toString()));
        } catch (BillingException | IllegalTransitionException e) {
            LOG.log(System.Logger.Level.WARNING, "refacturer " + entry.number() + " refused: " + e.getMessage());
            message.setText(e.getMessage());
        }
        table.getParent().layout(true, true);
    }
}
