package org.openfse.ui.followup.internal;

import java.util.List;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.openfse.ui.api.Widgets;

/** Tables of the follow-up screens: header, lines, columns named from the messages. */
final class Tables {

    private Tables() {
    }

    /**
     * A table named {@code id} whose columns are the texts of {@code <id>.col.<column>}; amounts
     * (columns whose name starts with {@code amount}) are right-aligned.
     */
    static Table create(Composite parent, String id, int style, int heightHint, String... columns) {
        Table table = Widgets.id(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | style), id);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = heightHint;
        table.setLayoutData(data);
        for (String column : columns) {
            TableColumn c = new TableColumn(table, column.startsWith("amount") ? SWT.RIGHT : SWT.LEFT);
            c.setText(Texts.get(id + ".col." + column));
            c.pack();
            c.setWidth(Math.max(c.getWidth() + 12, 60));
        }
        return table;
    }

    /** Replaces the lines of a table; {@code data} goes to each item's data. */
    static <T> void fill(Table table, List<T> rows, java.util.function.Function<T, String[]> texts) {
        table.setRedraw(false);
        try {
            table.removeAll();
            for (T row : rows) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(texts.apply(row));
                item.setData(row);
            }
            if (!rows.isEmpty()) {
                for (TableColumn column : table.getColumns()) {
                    int before = column.getWidth();
                    column.pack();
                    column.setWidth(Math.max(before, column.getWidth() + 8));
                }
            }
        } finally {
            table.setRedraw(true);
        }
    }

    /** A colour of a {@link Tone}, disposed with the table. */
    static Color color(Table table, Tone tone) {
        String key = "openfse.tone." + tone.name();
        Object existing = table.getData(key);
        if (existing instanceof Color color) {
            return color;
        }
        Color color = new Color(table.getDisplay(), tone.red(), tone.green(), tone.blue());
        table.setData(key, color);
        table.addListener(SWT.Dispose, event -> color.dispose());
        return color;
    }

    /** A bold-less sub-title above a table. */
    static Label heading(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return label;
    }

    /** A wrapping message line named {@code id}. */
    static Label message(Composite parent, String id) {
        Label label = Widgets.id(new Label(parent, SWT.WRAP), id);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 600;
        label.setLayoutData(data);
        return label;
    }
}
