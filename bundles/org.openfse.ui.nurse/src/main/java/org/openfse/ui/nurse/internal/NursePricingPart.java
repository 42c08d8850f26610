package org.openfse.ui.nurse.internal;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.swt.widgets.Composite;
import org.openfse.core.tariff.TariffEngine;
import org.openfse.ui.api.PricingPanel;
import org.openfse.ui.api.PricingPanel.Field;
import org.openfse.ui.api.Widgets;

/** The soins infirmiers section, contributed by fragment.e4xmi to the content part stack. */
public final class NursePricingPart {

    /** Element id of this part in the application model. */
    public static final String PART_ID = "org.openfse.ui.nurse.part.pricing";
    /** Prefix of the pricing panel's widget ids. */
    public static final String PREFIX = "nurse.pricing";

    private volatile TariffEngine engine;

    @Inject
    void setEngine(@Optional @Service TariffEngine engine) {
        this.engine = engine;
    }

    @PostConstruct
    public void create(Composite parent) {
        Composite body = Widgets.section(parent, PART_ID, NurseMessages.get("title"), NurseMessages.get("intro"));
        new PricingPanel(body, PREFIX, "nurse", List.of("AMI", "AMX", "AIS", "BSA", "BSB", "BSC"), List.of(Field.QUANTITY, Field.COEFFICIENT), () -> engine);
    }
}
