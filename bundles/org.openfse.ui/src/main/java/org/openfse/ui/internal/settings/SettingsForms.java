package org.openfse.ui.internal.settings;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.openfse.ui.api.Widgets;

/** Small pieces shared by the settings pages. */
final class SettingsForms {

    private SettingsForms() {
    }

    /** A page of the tab folder: one column. */
    static Composite page(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 10;
        layout.marginHeight = 10;
        page.setLayout(layout);
        return page;
    }

    static Button button(Composite parent, String id, String text) {
        Button button = Widgets.id(new Button(parent, SWT.PUSH), id);
        button.setText(text);
        return button;
    }

    static Label message(Composite parent, String id) {
        Label label = Widgets.id(new Label(parent, SWT.WRAP), id);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 700;
        label.setLayoutData(data);
        return label;
    }

    /** Shows a message, red when it is an error. */
    static void say(Label label, String text, boolean error) {
        if (label.isDisposed()) {
            return;
        }
        label.setText(text);
        label.setForeground(error ? label.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
        label.requestLayout();
    }

    /** A row of buttons. */
    static Composite buttons(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayout(new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL));
        return row;
    }
}
