package org.openfse.ui.internal.parts;

import jakarta.annotation.PostConstruct;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Composite;
import org.openfse.ui.api.Widgets;
import org.openfse.ui.internal.Messages;

/**
 * A section whose feature is not built yet: it says so plainly. The part's
 * {@code persistedState} {@code section} names the message keys ({@code <section>.title},
 * {@code <section>.intro}).
 */
public final class InfoPart {

    @PostConstruct
    public void create(Composite parent, MPart part) {
        String section = part.getPersistedState().getOrDefault("section", "unknown");
        Widgets.section(parent, part.getElementId(), Messages.get(section + ".title"), Messages.get(section + ".intro"));
    }
}
