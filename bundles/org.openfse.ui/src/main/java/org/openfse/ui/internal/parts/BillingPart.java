package org.openfse.ui.internal.parts;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.openfse.core.tariff.TariffEngine;
import org.openfse.ui.api.UiIds;
import org.openfse.ui.api.Widgets;
import org.openfse.ui.internal.Messages;

/** Facturation: which specialties are installed; their entry screens come from their UI bundles. */
public final class BillingPart {

    /** Widget id of the installed specialties line. */
    public static final String SPECIALTIES = "billing.specialties";

    private final UISynchronize sync;
    private volatile TariffEngine engine;
    private Label specialties;

    @Inject
    public BillingPart(UISynchronize sync) {
        this.sync = sync;
    }

    @Inject
    void setEngine(@Optional @Service TariffEngine engine) {
        this.engine = engine;
        if (specialties != null) {
            sync.asyncExec(this::refresh);
        }
    }

    @PostConstruct
    public void create(Composite parent) {
        Composite body = SectionPart.frame(parent, UiIds.PART_BILLING, Messages.get("billing.title"), Messages.get("billing.intro"));
        specialties = Widgets.id(Widgets.paragraph(body, ""), SPECIALTIES);
        refresh();
    }

    private void refresh() {
        if (specialties == null || specialties.isDisposed()) {
            return;
        }
        TariffEngine current = engine;
        List<String> installed = current == null ? List.of() : current.specialties().stream().sorted().toList();
        specialties.setText(installed.isEmpty() ? Messages.get("billing.noSpecialty")
                : Messages.get("billing.specialties", installed.stream().map(BillingPart::label).collect(Collectors.joining(", "))));
        specialties.getParent().layout(true, true);
    }

    static String label(String specialty) {
        String text = Messages.get("specialty." + specialty);
        return text.startsWith("!") ? specialty : text;
    }
}
