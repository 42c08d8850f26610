package org.openfse.ui.optician.internal;

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

/** The optique section, contributed by fragment.e4xmi to the content part stack. */
public final class OpticianPricingPart {

    /** Element id of this part in the application model. */
    public static final String PART_ID = "org.openfse.ui.optician.part.pricing";
    /** Prefix of the pricing panel's widget ids. */
    public static final String PREFIX = "optician.pricing";

    private volatile TariffEngine engine;

    @Inject
    void setEngine(@Optional @Service TariffEngine engine) {
        this.engine = engine;
    }

    @PostConstruct
    public void create(Composite parent) {
        Composite body = Widgets.section(parent, PART_ID, OpticianMessages.get("title"), OpticianMessages.get("intro"));
        new PricingPanel(body, PREFIX, "optician", List.of("VU1", "VU2", "VU3", "VU4", "VU5", "VU6", "VU7", "VM1", "VM2", "VM3", "VM4", "VM5", "VM6", "VM7", "M03", "M04"), List.of(Field.LPP, Field.QUANTITY, Field.UNIT_PRICE), () -> engine);
    }
}
