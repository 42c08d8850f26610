package org.openfse.ui.api;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Widget;

/** Small helpers shared by OpenFSE parts. */
public final class Widgets {

    private Widgets() {
    }

    /** Names a widget for tests and automation (see {@link UiIds#WIDGET_KEY}). */
    public static <W extends Widget> W id(W widget, String id) {
        widget.setData(UiIds.WIDGET_KEY, id);
        return widget;
    }

    /** A section title, styled by the {@code openfse-title} CSS class. */
    public static Label title(Composite parent, String text) {
        Label title = new Label(parent, SWT.NONE);
        title.setText(text);
        title.setData("org.eclipse.e4.ui.css.CssClassName", "openfse-title");
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return title;
    }

    /** A wrapping paragraph. */
    public static Label paragraph(Composite parent, String text) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(text);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 600;
        label.setLayoutData(data);
        return label;
    }
}
