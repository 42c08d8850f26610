package org.openfse.ui.api;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
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

    /**
     * The frame of a workbench section: a composite named {@code id} with a title and an
     * introduction, in which the section puts its own widgets (one column).
     */
    public static Composite section(Composite parent, String id, String title, String intro) {
        Composite body = id(new Composite(parent, SWT.NONE), id);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 16;
        layout.marginHeight = 12;
        layout.verticalSpacing = 10;
        body.setLayout(layout);
        title(body, title);
        paragraph(body, intro);
        return body;
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
