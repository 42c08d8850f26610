package org.openfse.ui.internal.patients;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.openfse.ui.api.Widgets;

/**
 * Form fields laid out as cells (caption, input, and the French error shown right under the
 * input), each named {@code <prefix><section>.<name>}, its error {@code ...<name>.error}. Captions
 * come from the keys {@code field.<section>.<name>}.
 */
public final class FieldCells {

    /** What follows a field's id in the id of its error. */
    public static final String ERROR_SUFFIX = ".error";

    private static final int WIDTH = 150;

    private int width = WIDTH;

    private final String prefix;
    private final Function<String, String> captions;
    private final Map<String, Control> inputs = new LinkedHashMap<>();
    private final Map<String, Label> errors = new LinkedHashMap<>();

    /**
     * @param prefix the start of every id, e.g. {@code patient.edit.}
     * @param captions the French text of a key {@code field.<section>.<name>}
     */
    public FieldCells(String prefix, Function<String, String> captions) {
        this.prefix = prefix;
        this.captions = captions;
    }

    /** Sets the width of the cells created next (150 pixels unless changed). */
    public FieldCells width(int pixels) {
        width = pixels;
        return this;
    }

    /** A grid holding {@code columns} cells per row. */
    public static Composite grid(Composite parent, int columns) {
        Composite grid = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(columns, true);
        layout.horizontalSpacing = 12;
        layout.verticalSpacing = 4;
        grid.setLayout(layout);
        grid.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return grid;
    }

    public Text text(Composite grid, String section, String name) {
        return text(grid, section, name, 1, SWT.BORDER);
    }

    public Text text(Composite grid, String section, String name, int span, int style) {
        Composite cell = cell(grid, section, name, span, true);
        Text text = Widgets.id(new Text(cell, style), id(section, name));
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        if ((style & SWT.MULTI) != 0) {
            data.heightHint = 36;
        }
        text.setLayoutData(data);
        return register(cell, section, name, text);
    }

    public Button check(Composite grid, String section, String name) {
        Composite cell = cell(grid, section, name, 1, false);
        Button check = Widgets.id(new Button(cell, SWT.CHECK), id(section, name));
        check.setText(captions.apply("field." + section + "." + name));
        return register(cell, section, name, check);
    }

    public Combo combo(Composite grid, String section, String name, List<String> items) {
        Composite cell = cell(grid, section, name, 1, true);
        Combo combo = Widgets.id(new Combo(cell, SWT.READ_ONLY | SWT.DROP_DOWN), id(section, name));
        combo.setItems(items.toArray(String[]::new));
        combo.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return register(cell, section, name, combo);
    }

    /** The id of a field. */
    public String id(String section, String name) {
        return prefix + section + "." + name;
    }

    /** The text of a text field, stripped; {@code null} when blank. */
    public String value(String section, String name) {
        String text = ((Text) inputs.get(id(section, name))).getText().strip();
        return text.isEmpty() ? null : text;
    }

    public void set(String section, String name, String value) {
        ((Text) inputs.get(id(section, name))).setText(value == null ? "" : value);
    }

    public boolean checked(String section, String name) {
        return ((Button) inputs.get(id(section, name))).getSelection();
    }

    public void check(String section, String name, boolean value) {
        ((Button) inputs.get(id(section, name))).setSelection(value);
    }

    public int selected(String section, String name) {
        return ((Combo) inputs.get(id(section, name))).getSelectionIndex();
    }

    public void select(String section, String name, int index) {
        ((Combo) inputs.get(id(section, name))).select(index);
    }

    /**
     * Shows a French error next to a field.
     *
     * @return false when there is no such field (the caller shows the message elsewhere)
     */
    public boolean error(String fieldId, String message) {
        Label label = errors.get(fieldId);
        if (label == null) {
            return false;
        }
        label.setText(label.getText().isEmpty() ? message : label.getText() + "\n" + message);
        ((GridData) label.getLayoutData()).exclude = false;
        label.setVisible(true);
        label.requestLayout();
        return true;
    }

    /** Whether a field exists. */
    public boolean has(String fieldId) {
        return inputs.containsKey(fieldId);
    }

    /** Hides every error. */
    public void clearErrors() {
        for (Label label : errors.values()) {
            label.setText("");
            ((GridData) label.getLayoutData()).exclude = true;
            label.setVisible(false);
            label.requestLayout();
        }
    }

    /** Whether an error is shown. */
    public boolean hasErrors() {
        return errors.values().stream().anyMatch(label -> !label.getText().isEmpty());
    }

    private Composite cell(Composite grid, String section, String name, int span, boolean caption) {
        Composite cell = new Composite(grid, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        cell.setLayout(layout);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, span, 1);
        data.widthHint = width * span;
        cell.setLayoutData(data);
        Label label = new Label(cell, SWT.NONE);
        label.setText(caption ? captions.apply("field." + section + "." + name) : " ");
        return cell;
    }

    private <C extends Control> C register(Composite cell, String section, String name, C input) {
        String id = id(section, name);
        inputs.put(id, input);
        Label error = Widgets.id(new Label(cell, SWT.WRAP), id + ERROR_SUFFIX);
        error.setForeground(cell.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = width;
        data.exclude = true;
        error.setLayoutData(data);
        error.setVisible(false);
        errors.put(id, error);
        return input;
    }
}
