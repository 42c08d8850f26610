package org.openfse.ui.internal.parts;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Composite;
import org.openfse.core.card.CardReaderService;
import org.openfse.core.store.Store;
import org.openfse.core.store.StoreInfo;
import org.openfse.core.tariff.TariffEngine;
import org.openfse.ui.api.UiIds;
import org.openfse.ui.api.Widgets;
import org.openfse.ui.internal.Messages;
import org.openfse.ui.internal.RunMode;
import org.openfse.ui.internal.SpecialtyLabels;
import org.openfse.ui.internal.settings.SettingsTabs;

/**
 * Paramètres: tabs "Général" (what this installation runs on), "Praticiens", "Télétransmission" and
 * "SESAM-Vitale" ({@link SettingsTabs}), each saved in the store.
 */
public final class SettingsPart {

    /** Widget id of the database line. */
    public static final String DATABASE = "settings.database";

    private final SpecialtyLabels labels;
    private volatile Store store;
    private volatile List<CardReaderService> drivers = List.of();
    private volatile TariffEngine engine;

    @Inject
    public SettingsPart(EModelService models, MApplication application) {
        this.labels = new SpecialtyLabels(models, application);
    }

    @Inject
    void setStore(@Optional @Service Store store) {
        this.store = store;
    }

    @Inject
    void setDrivers(@Optional @Service List<CardReaderService> drivers) {
        this.drivers = drivers == null ? List.of() : List.copyOf(drivers);
    }

    @Inject
    void setEngine(@Optional @Service TariffEngine engine) {
        this.engine = engine;
    }

    @PostConstruct
    public void create(Composite parent) {
        Composite section = Widgets.section(parent, UiIds.PART_SETTINGS, Messages.get("settings.title"), "");
        SettingsTabs tabs = new SettingsTabs(section, () -> store);
        Composite body = tabs.general();
        Widgets.paragraph(body, Messages.get("settings.mode", RunMode.current().label()));
        Widgets.paragraph(body, Messages.get("settings.dataFolder", System.getProperty("openfse.data", System.getProperty("user.home") + "/.openfse")));
        Store current = store;
        if (current == null) {
            Widgets.id(Widgets.paragraph(body, Messages.get("settings.database.none")), DATABASE);
        } else {
            StoreInfo info = current.info();
            Widgets.id(Widgets.paragraph(body, Messages.get("settings.database", info.engine(), info.location(), info.schemaVersion())), DATABASE);
        }
        Widgets.paragraph(body, drivers.isEmpty() ? Messages.get("settings.drivers.none")
                : Messages.get("settings.drivers", drivers.stream().map(CardReaderService::driverId).collect(Collectors.joining(", "))));
        TariffEngine tariff = engine;
        Widgets.paragraph(body, Messages.get("settings.specialties",
                tariff == null ? "" : tariff.specialties().stream().sorted().map(labels::label).collect(Collectors.joining(", "))));
    }
}
