package org.openfse.ui.api;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.openfse.ui.internal.Messages;

/**
 * An LPP code field with a search window ("…"): the user types a code, or searches the optical
 * LPP codes by code or label ({@link LppCatalog}) and picks one. The label of a known code is
 * shown next to the field; a code absent from the catalogue is kept (the tariff decides) and
 * said so.
 *
 * <p>Widget ids: {@code <id>} the code, {@code <id>.search} the button, {@code <id>.label} the
 * label; in the search window {@code lpp.search.query}, {@code lpp.search.results},
 * {@code lpp.search.choose}, {@code lpp.search.cancel}, {@code lpp.search.count}.
 */
public final class LppPicker {

    /** Widget ids of the search window. */
    public static final String SEARCH_QUERY = "lpp.search.query";
    public static final String SEARCH_RESULTS = "lpp.search.results";
    public static final String SEARCH_CHOOSE = "lpp.search.choose";
    public static final String SEARCH_CANCEL = "lpp.search.cancel";
    public static final String SEARCH_COUNT = "lpp.search.count";

    private static final int LIMIT = 200;

    private final Supplier<Optional<LppCatalog>> catalog;
    private final Composite box;
    private final Text code;
    private final Label label;
    private Runnable onChange = () -> { };

    /**
     * @param parent where the picker goes
     * @param id the widget id of the code field
     * @param catalog gives the catalogue, or empty when the reference data is not available
     */
    public LppPicker(Composite parent, String id, Supplier<Optional<LppCatalog>> catalog) {
        this.catalog = catalog;
        box = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.horizontalSpacing = 2;
        box.setLayout(layout);
        code = Widgets.id(new Text(box, SWT.BORDER), id);
        GridData codeData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        codeData.widthHint = 70;
        code.setLayoutData(codeData);
        code.setTextLimit(13);
        Button search = Widgets.id(new Button(box, SWT.PUSH), id + ".search");
        search.setText("…");
        search.setToolTipText(Messages.get("lpp.search.tooltip"));
        search.addListener(SWT.Selection, event -> openSearch());
        label = Widgets.id(new Label(box, SWT.NONE), id + ".label");
        GridData labelData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        labelData.widthHint = 220;
        label.setLayoutData(labelData);
        code.addListener(SWT.Modify, event -> {
            describe();
            onChange.run();
        });
    }

    /** The composite to lay out. */
    public Composite control() {
        return box;
    }

    /** The code typed or picked, trimmed; empty when none. */
    public Optional<String> value() {
        String text = code.getText().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** Sets the code. */
    public void setValue(String value) {
        code.setText(value == null ? "" : value);
    }

    /** Called after each change of the code. */
    public void onChange(Runnable listener) {
        this.onChange = listener == null ? () -> { } : listener;
    }

    private void describe() {
        Optional<String> value = value();
        if (value.isEmpty()) {
            label.setText("");
        } else if (!value.get().chars().allMatch(Character::isDigit) || value.get().length() != 7) {
            label.setText(Messages.get("lpp.format"));
        } else {
            Optional<LppCatalog> current = catalog.get();
            label.setText(current.isEmpty() ? "" : current.get().get(value.get()).map(LppCatalog.Entry::label)
                    .orElse(Messages.get("lpp.unknown")));
        }
        label.setToolTipText(label.getText());
    }

    private void openSearch() {
        Shell dialog = new Shell(box.getShell(), SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL | SWT.RESIZE);
        dialog.setText(Messages.get("lpp.search.title"));
        dialog.setLayout(new GridLayout(2, false));
        new Label(dialog, SWT.NONE).setText(Messages.get("lpp.search.query"));
        Text query = Widgets.id(new Text(dialog, SWT.BORDER | SWT.SEARCH), SEARCH_QUERY);
        query.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        query.setMessage(Messages.get("lpp.search.hint"));
        Label count = Widgets.id(new Label(dialog, SWT.WRAP), SEARCH_COUNT);
        count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Table results = Widgets.id(new Table(dialog, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), SEARCH_RESULTS);
        results.setHeaderVisible(true);
        results.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        tableData.heightHint = 300;
        tableData.widthHint = 640;
        results.setLayoutData(tableData);
        TableColumn codeColumn = new TableColumn(results, SWT.LEFT);
        codeColumn.setText(Messages.get("lpp.column.code"));
        codeColumn.setWidth(90);
        TableColumn labelColumn = new TableColumn(results, SWT.LEFT);
        labelColumn.setText(Messages.get("lpp.column.label"));
        labelColumn.setWidth(540);
        Composite buttons = new Composite(dialog, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false, 2, 1));
        buttons.setLayout(new GridLayout(2, true));
        Button cancel = Widgets.id(new Button(buttons, SWT.PUSH), SEARCH_CANCEL);
        cancel.setText(Messages.get("dialog.cancel"));
        Button choose = Widgets.id(new Button(buttons, SWT.PUSH), SEARCH_CHOOSE);
        choose.setText(Messages.get("lpp.search.choose"));
        choose.setEnabled(false);

        Runnable refresh = () -> {
            results.removeAll();
            Optional<LppCatalog> current = catalog.get();
            if (current.isEmpty()) {
                count.setText(Messages.get("lpp.search.unavailable"));
                return;
            }
            List<LppCatalog.Entry> found = current.get().search(query.getText(), LIMIT + 1);
            for (LppCatalog.Entry entry : found.subList(0, Math.min(LIMIT, found.size()))) {
                TableItem item = new TableItem(results, SWT.NONE);
                item.setText(new String[] {entry.code(), entry.label()});
            }
            count.setText(found.size() > LIMIT ? Messages.get("lpp.search.tooMany", LIMIT)
                    : Messages.get("lpp.search.count", found.size()));
            choose.setEnabled(false);
        };
        Runnable pick = () -> {
            int index = results.getSelectionIndex();
            if (index >= 0) {
                setValue(results.getItem(index).getText(0));
                dialog.close();
            }
        };
        query.addListener(SWT.Modify, event -> refresh.run());
        results.addListener(SWT.Selection, event -> choose.setEnabled(results.getSelectionIndex() >= 0));
        results.addListener(SWT.DefaultSelection, event -> pick.run());
        choose.addListener(SWT.Selection, event -> pick.run());
        cancel.addListener(SWT.Selection, event -> dialog.close());
        query.setText(value().orElse(""));
        refresh.run();
        dialog.pack();
        dialog.open();
    }
}
