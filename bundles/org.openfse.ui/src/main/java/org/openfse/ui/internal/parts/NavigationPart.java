package org.openfse.ui.internal.parts;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MStackElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.openfse.ui.api.UiIds;
import org.openfse.ui.api.Widgets;

/**
 * The navigation column: one button per part of the content stack tagged
 * {@link UiIds#TAG_NAVIGATION}, in model order, so that a specialty bundle that contributes a
 * tagged part gets its own entry.
 */
public final class NavigationPart {

    private final EModelService models;
    private final EPartService parts;
    private final MApplication application;

    @Inject
    public NavigationPart(EModelService models, EPartService parts, MApplication application) {
        this.models = models;
        this.parts = parts;
        this.application = application;
    }

    @PostConstruct
    public void create(Composite parent) {
        Composite column = new Composite(parent, SWT.NONE);
        column.setData("org.eclipse.e4.ui.css.CssClassName", "openfse-navigation");
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 8;
        layout.marginHeight = 12;
        column.setLayout(layout);
        for (MPart part : navigableParts()) {
            Button button = Widgets.id(new Button(column, SWT.PUSH | SWT.FLAT | SWT.LEFT), UiIds.navigationButton(part.getElementId()));
            button.setText(part.getLocalizedLabel());
            button.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            button.addListener(SWT.Selection, event -> parts.showPart(part, PartState.ACTIVATE));
        }
    }

    private List<MPart> navigableParts() {
        List<MPart> result = new ArrayList<>();
        List<MPartStack> stacks = models.findElements(application, UiIds.PARTSTACK_CONTENT, MPartStack.class);
        for (MPartStack stack : stacks) {
            for (MStackElement element : stack.getChildren()) {
                if (element instanceof MPart part && part.getTags().contains(UiIds.TAG_NAVIGATION)) {
                    result.add(part);
                }
            }
        }
        return result;
    }
}
