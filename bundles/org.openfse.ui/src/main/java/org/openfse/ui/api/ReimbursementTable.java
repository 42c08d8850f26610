package org.openfse.ui.api;

import java.util.List;
import java.util.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.openfse.core.Money;
import org.openfse.core.tariff.PricedInvoice;
import org.openfse.core.tariff.PricedLine;
import org.openfse.ui.internal.Messages;

/**
 * The "Détail remboursements" table of seed 002: one row per line (Rb, Acte, Détail, Lpp, Net,
 * Base RO, Rbt RO, Rbt RC, Rbt RO+RC, À Charge, ALD, ETM) and a totals row. Until the
 * "vérification du taux" is done, the reimbursements are shown at 0,00 and the whole fee is left to
 * the patient, as in seed 002 ("tous les montants de remboursement RO sont à 0").
 */
public final class ReimbursementTable {

    /** Column keys, in order (messages {@code detail.column.<key>}). */
    public static final List<String> COLUMNS = List.of("rb", "act", "detail", "lpp", "net", "base", "amo", "amc", "amoAmc",
            "patient", "ald", "etm");

    private final Table table;

    public ReimbursementTable(Composite parent, String id) {
        table = Widgets.id(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION), id);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.heightHint = 120;
        table.setLayoutData(data);
        for (String column : COLUMNS) {
            TableColumn tableColumn = new TableColumn(table, switch (column) {
                case "rb", "act", "detail", "lpp" -> SWT.LEFT;
                default -> SWT.RIGHT;
            });
            tableColumn.setText(Messages.get("detail.column." + column));
            tableColumn.setWidth(switch (column) {
                case "rb", "ald", "etm" -> 40;
                case "act" -> 55;
                case "detail" -> 190;
                case "lpp" -> 75;
                default -> 78;
            });
        }
    }

    public Table table() {
        return table;
    }

    /** Empties the table. */
    public void clear() {
        table.removeAll();
    }

    /**
     * Shows the priced lines.
     *
     * @param lines the lines as entered (Détail, LPP)
     * @param priced the tariff engine's answer for them
     * @param ratesChecked whether the vérification du taux was done (else the reimbursements show 0,00)
     * @param ald "Soins en rapport avec l'ALD"
     * @param exemption the exemption situation (ETM), when there is one
     */
    public void show(List<InvoiceLineInput> lines, PricedInvoice priced, boolean ratesChecked, boolean ald, Optional<String> exemption) {
        table.removeAll();
        Money net = Money.ZERO;
        Money base = Money.ZERO;
        Money amo = Money.ZERO;
        Money amc = Money.ZERO;
        Money patient = Money.ZERO;
        for (int i = 0; i < priced.lines().size(); i++) {
            PricedLine line = priced.lines().get(i);
            InvoiceLineInput input = lines.get(i);
            Money lineAmo = ratesChecked ? line.amo() : Money.ZERO;
            Money lineAmc = ratesChecked ? line.amc() : Money.ZERO;
            Money linePatient = ratesChecked ? line.patient() : line.net();
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {line.base().isZero() ? "" : "✓", line.code(), input.detail(), input.act().lpp().orElse(""),
                Amounts.plain(line.net()), Amounts.plain(line.base()), Amounts.plain(lineAmo), Amounts.plain(lineAmc),
                Amounts.plain(lineAmo.plus(lineAmc)), Amounts.plain(linePatient), ald ? "1" : "0", exemption.orElse("")});
            net = net.plus(line.net());
            base = base.plus(line.base());
            amo = amo.plus(lineAmo);
            amc = amc.plus(lineAmc);
            patient = patient.plus(linePatient);
        }
        TableItem total = new TableItem(table, SWT.NONE);
        total.setText(new String[] {"", "", Messages.get("detail.total"), "", Amounts.plain(net), Amounts.plain(base), Amounts.plain(amo),
            Amounts.plain(amc), Amounts.plain(amo.plus(amc)), Amounts.plain(patient), "", ""});
        total.setFont(org.eclipse.jface.resource.JFaceResources.getFontRegistry().getBold(org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT));
    }
}
