package org.openfse.ui.internal.patients;

import java.util.OptionalLong;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractUiBindingConfiguration;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.CompositeLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.config.DefaultRowSelectionLayerConfiguration;
import org.eclipse.nebula.widgets.nattable.selection.event.ISelectionEvent;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.openfse.core.store.Store;
import org.openfse.core.store.StoreException;
import org.openfse.ui.api.Widgets;

/**
 * The list of patient folders: a search field (name or NIR), the count of folders found and a
 * NatTable fed page by page by {@link PatientPages}. A double click, or "Ouvrir le dossier", opens
 * the selected folder; "Nouveau dossier" opens an empty one.
 */
public final class PatientList {

    private static final int[] WIDTHS = {170, 150, 150, 100, 100, 150};
    private static final System.Logger LOG = System.getLogger(PatientList.class.getName());

    private final PatientPages pages;
    private final LongConsumer open;
    private final Text search;
    private final Label count;
    private final NatTable table;
    private final SelectionLayer selection;
    private final Button openButton;

    /**
     * @param open called with the store id of the folder to open
     * @param create called for "Nouveau dossier"
     */
    public PatientList(Composite parent, Supplier<Store> store, LongConsumer open, Runnable create) {
        this.pages = new PatientPages(store);
        this.open = open;
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayout barLayout = new GridLayout(6, false);
        barLayout.marginWidth = 0;
        bar.setLayout(barLayout);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(bar, SWT.NONE).setText(Texts.get("list.search"));
        search = Widgets.id(new Text(bar, SWT.BORDER | SWT.SEARCH), PatientIds.SEARCH);
        search.setMessage(Texts.get("list.search.hint"));
        GridData searchData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        searchData.widthHint = 240;
        search.setLayoutData(searchData);
        search.addListener(SWT.DefaultSelection, event -> refresh());
        Button run = Widgets.id(new Button(bar, SWT.PUSH), PatientIds.SEARCH_RUN);
        run.setText(Texts.get("list.search.run"));
        run.addListener(SWT.Selection, event -> refresh());
        Button createButton = Widgets.id(new Button(bar, SWT.PUSH), PatientIds.NEW);
        createButton.setText(Texts.get("list.new"));
        createButton.addListener(SWT.Selection, event -> create.run());
        openButton = Widgets.id(new Button(bar, SWT.PUSH), PatientIds.OPEN);
        openButton.setText(Texts.get("list.open"));
        openButton.addListener(SWT.Selection, event -> openSelected());
        count = Widgets.id(new Label(bar, SWT.NONE), PatientIds.COUNT);
        count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        DataLayer body = new DataLayer(pages);
        for (int i = 0; i < WIDTHS.length; i++) {
            body.setColumnWidthByPosition(i, WIDTHS[i]);
        }
        selection = new SelectionLayer(body, false);
        selection.addConfiguration(new DefaultRowSelectionLayerConfiguration());
        ViewportLayer viewport = new ViewportLayer(selection);
        String[] labels = PatientRow.COLUMNS.stream().map(column -> Texts.get("list.column." + column)).toArray(String[]::new);
        ColumnHeaderLayer header = new ColumnHeaderLayer(new DataLayer(new DefaultColumnHeaderDataProvider(labels)), viewport, selection);
        CompositeLayer grid = new CompositeLayer(1, 2);
        grid.setChildLayer(GridRegion.COLUMN_HEADER, header, 0, 0);
        grid.setChildLayer(GridRegion.BODY, viewport, 0, 1);
        table = Widgets.id(new NatTable(parent, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.DOUBLE_BUFFERED, grid, false),
                PatientIds.LIST);
        table.addConfiguration(new DefaultNatTableStyleConfiguration());
        table.addConfiguration(new AbstractUiBindingConfiguration() {
            @Override
            public void configureUiBindings(UiBindingRegistry registry) {
                registry.registerDoubleClickBinding(MouseEventMatcher.bodyLeftClick(SWT.NONE), (natTable, event) -> openSelected());
            }
        });
        table.configure();
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 230;
        tableData.minimumHeight = 150;
        table.setLayoutData(tableData);
        selection.addLayerListener(event -> {
            if (event instanceof ISelectionEvent) {
                updateButtons();
            }
        });
        refresh();
    }

    /** Runs the search typed in the field again and shows the first rows. */
    public void refresh() {
        if (table.isDisposed()) {
            return;
        }
        String text = search.getText();
        try {
            long found = pages.search(text);
            count.setText(text.isBlank() ? Texts.get(found == 1 ? "list.count.one" : "list.count", found)
                    : Texts.get(found == 1 ? "list.found.one" : "list.found", found, text.strip()));
        } catch (StoreException e) {
            LOG.log(System.Logger.Level.WARNING, "searching patient folders for '" + text + "' failed: " + e.getMessage(), e);
            count.setText(Texts.get("list.failed", e.getLocalizedMessage()));
        }
        selection.clear();
        table.refresh();
        updateButtons();
        count.requestLayout();
    }

    /** The id of the selected folder; when the list holds a single folder, that one. */
    public OptionalLong selectedId() {
        int[] rows = selection.getFullySelectedRowPositions();
        int index = rows.length > 0 ? selection.getRowIndexByPosition(rows[0]) : pages.total() == 1 ? 0 : -1;
        PatientRow row = index < 0 ? null : pages.row(index);
        return row == null ? OptionalLong.empty() : OptionalLong.of(row.id());
    }

    private void openSelected() {
        selectedId().ifPresent(open);
    }

    private void updateButtons() {
        openButton.setEnabled(selectedId().isPresent());
    }
}
