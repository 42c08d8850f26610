package org.openfse.ui.internal.parts;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.openfse.core.tariff.TariffEngine;
import org.openfse.ui.api.UiIds;
import org.openfse.ui.api.Widgets;
import org.openfse.ui.internal.Messages;
import org.openfse.ui.internal.SpecialtyLabels;
import org.openfse.ui.internal.invoice.InvoiceServices;
import org.openfse.ui.internal.invoice.RecyclingPanel;

/**
 * Facturation: which specialties are installed (their entry screens come from their UI bundles) and
 * the recycling list ({@link RecyclingPanel}).
 */
public final class BillingPart {

    /** Widget id of the installed specialties line. */
    public static final String SPECIALTIES = "billing.specialties";

    private final UISynchronize sync;
    private final SpecialtyLabels labels;
    private volatile TariffEngine engine;
    private final InvoiceServices services;
    private Label specialties;
    private RecyclingPanel recycling;

    @Inject
    public BillingPart(UISynchronize sync, EModelService models, MApplication application, IEclipseContext context) {
        this.sync = sync;
        this.labels = new SpecialtyLabels(models, application);
        this.services = ContextInjectionFactory.make(InvoiceServices.class, context);
    }

    /** Invoices changed (billing events): the recycling list is read again. */
    @Inject
    @Optional
    void invoiceChanged(@UIEventTopic(org.openfse.core.billing.BillingEvents.INVOICE_ALL) org.osgi.service.event.Event event) {
        if (recycling != null) {
            recycling.refresh();
        }
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
        Composite body = Widgets.section(parent, UiIds.PART_BILLING, Messages.get("billing.title"), Messages.get("billing.intro"));
        specialties = Widgets.id(Widgets.paragraph(body, ""), SPECIALTIES);
        refresh();
        recycling = new RecyclingPanel(body, services);
        recycling.refresh();
    }

    private void refresh() {
        if (specialties == null || specialties.isDisposed()) {
            return;
        }
        TariffEngine current = engine;
        List<String> installed = current == null ? List.of() : current.specialties().stream().sorted().toList();
        specialties.setText(installed.isEmpty() ? Messages.get("billing.noSpecialty")
                : Messages.get("billing.specialties", installed.stream().map(labels::label).collect(Collectors.joining(", "))));
        specialties.getParent().layout(true, true);
    }
}
