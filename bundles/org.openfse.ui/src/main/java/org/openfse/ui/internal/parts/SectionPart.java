package org.openfse.ui.internal.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.openfse.ui.api.Widgets;

/** Builds the common frame of a section: a title and an introduction. */
final class SectionPart {

    private SectionPart() {
    }

    static Composite frame(Composite parent, String id, String title, String intro) {
        Composite body = new Composite(parent, SWT.NONE);
        Widgets.id(body, id);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 16;
        layout.marginHeight = 12;
        layout.verticalSpacing = 10;
        body.setLayout(layout);
        Widgets.title(body, title);
        Widgets.paragraph(body, intro);
        return body;
    }
}
