package org.openfse.ui.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.openfse.core.tariff.ActLine;
import org.openfse.ui.internal.Messages;

/**
 * A list of acts entered one by one (code, coefficient, quantity), for the invoice entry of the
 * specialties priced by the tariff (nurses, doctors): "Ajouter" adds the line typed, "Retirer" the
 * selected one. Widget ids {@code <id>.code}, {@code <id>.coefficient}, {@code <id>.quantity},
 * {@code <id>.add}, {@code <id>.remove}, {@code <id>.lines}, {@code <id>.message}.
 */
public final class ActListPanel {

    private final Combo code;
    private final Text coefficient;
    private final Text quantity;
    private final Table table;
    private final Label message;
    private final Map<String, String> labels;
    private final List<InvoiceLineInput> lines = new ArrayList<>();
    private Runnable onChange = () -> { };

    /**
     * @param labels the codes proposed, with their French label (the box accepts other codes)
     * @param withCoefficient whether the NGAP coefficient is asked
     */
    public ActListPanel(Composite parent, String id, Map<String, String> labels, boolean withCoefficient) {
        this.labels = labels;
        Composite form = new Composite(parent, SWT.NONE);
        form.setLayout(new GridLayout(8, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(form, SWT.NONE).setText(Messages.get("acts.code"));
        code = Widgets.id(new Combo(form, SWT.DROP_DOWN), id + ".code");
        for (Map.Entry<String, String> entry : labels.entrySet()) {
            code.add(entry.getKey());
        }
        code.setToolTipText(String.join("\n", labels.entrySet().stream().map(e -> e.getKey() + " : " + e.getValue()).toList()));
        Label coefficientLabel = new Label(form, SWT.NONE);
        coefficientLabel.setText(Messages.get("acts.coefficient"));
        coefficient = Widgets.id(new Text(form, SWT.BORDER), id + ".coefficient");
        coefficient.setText("1");
        GridData small = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        small.widthHint = 50;
        coefficient.setLayoutData(small);
        coefficientLabel.setVisible(withCoefficient);
        coefficient.setVisible(withCoefficient);
        new Label(form, SWT.NONE).setText(Messages.get("acts.quantity"));
        quantity = Widgets.id(new Text(form, SWT.BORDER), id + ".quantity");
        quantity.setText("1");
        GridData small2 = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        small2.widthHint = 40;
        quantity.setLayoutData(small2);
        Button add = Widgets.id(new Button(form, SWT.PUSH), id + ".add");
        add.setText(Messages.get("acts.add"));
        add.addListener(SWT.Selection, event -> add());
        Button remove = Widgets.id(new Button(form, SWT.PUSH), id + ".remove");
        remove.setText(Messages.get("acts.remove"));
        remove.addListener(SWT.Selection, event -> remove());
        table = Widgets.id(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), id + ".lines");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.TOP, true, false);
        tableData.heightHint = 90;
        table.setLayoutData(tableData);
        for (String column : List.of("code", "label", "coefficient", "quantity")) {
            TableColumn tableColumn = new TableColumn(table, SWT.LEFT);
            tableColumn.setText(Messages.get("acts.column." + column));
            tableColumn.setWidth(column.equals("label") ? 300 : 80);
        }
        message = Widgets.id(new Label(parent, SWT.WRAP), id + ".message");
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    /** Called after each added or removed line. */
    public void onChange(Runnable listener) {
        this.onChange = listener == null ? () -> { } : listener;
    }

    /** Adds a line from code (the majorations and travel of the nurse screen). */
    public void addLine(String actCode, BigDecimal coef, int count) {
        ActLine act = new ActLine(actCode, Optional.empty(), count, Optional.empty(), coef);
        String label = labels.getOrDefault(actCode, "");
        lines.add(new InvoiceLineInput(act, label));
        TableItem item = new TableItem(table, SWT.NONE);
        item.setText(new String[] {actCode, label, coef.toPlainString(), Integer.toString(count)});
        onChange.run();
    }

    private void add() {
        try {
            String actCode = code.getText().strip().toUpperCase(Locale.ROOT);
            if (actCode.isEmpty()) {
                throw new IllegalArgumentException(Messages.get("pricing.error.code"));
            }
            BigDecimal coef;
            try {
                coef = new BigDecimal(coefficient.getText().strip().replace(',', '.'));
                if (coef.signum() <= 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(Messages.get("pricing.error.coefficient"), e);
            }
            int count;
            try {
                count = Integer.parseInt(quantity.getText().strip());
                if (count < 1) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(Messages.get("pricing.error.quantity"), e);
            }
            addLine(actCode, coef, count);
            message.setText("");
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage());
        }
        message.getParent().layout(true, true);
    }

    private void remove() {
        int index = table.getSelectionIndex();
        if (index >= 0) {
            lines.remove(index);
            table.remove(index);
            onChange.run();
        }
    }

    /** The lines entered, in order. */
    public List<InvoiceLineInput> lines() {
        return List.copyOf(lines);
    }
}
