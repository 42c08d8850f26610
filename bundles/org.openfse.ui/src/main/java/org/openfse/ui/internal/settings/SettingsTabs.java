package org.openfse.ui.internal.settings;

import java.util.function.Supplier;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.openfse.core.store.Store;
import org.openfse.ui.api.Widgets;

/** The tabs of Paramètres: Général (filled by the part), Praticiens, Télétransmission, SESAM-Vitale. */
public final class SettingsTabs {

    private final TabFolder folder;
    private final Composite general;

    public SettingsTabs(Composite parent, Supplier<Store> store) {
        folder = Widgets.id(new TabFolder(parent, SWT.TOP), SettingsIds.TABS);
        folder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        general = new Composite(folder, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 10;
        layout.marginHeight = 10;
        general.setLayout(layout);
        tab(SettingsIds.TAB_GENERAL, "tab.general", general);
        tab(SettingsIds.TAB_PRACTITIONERS, "tab.practitioners", new PractitionerPage(folder, store).control());
        tab(SettingsIds.TAB_TRANSMISSION, "tab.transmission", new ConcentratorPage(folder, store).control());
        tab(SettingsIds.TAB_SESAM, "tab.sesam", new SesamPage(folder, store).control());
    }

    /** The "Général" page, where the part writes what the installation runs on. */
    public Composite general() {
        return general;
    }

    private void tab(String id, String key, Composite control) {
        TabItem item = Widgets.id(new TabItem(folder, SWT.NONE), id);
        item.setText(Texts.get(key));
        item.setControl(control);
    }
}
