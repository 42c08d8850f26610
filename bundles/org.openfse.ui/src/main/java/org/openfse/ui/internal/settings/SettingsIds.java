package org.openfse.ui.internal.settings;

/**
 * Widget ids of the Paramètres section (key {@code org.openfse.ui.api.UiIds#WIDGET_KEY}); listed in
 * docs/extension-guide.md. Form fields are {@code settings.<page>.<field>}, the error shown next
 * to a field has the field's id followed by {@code .error}.
 */
public final class SettingsIds {

    /** The tab folder and its tabs. */
    public static final String TABS = "settings.tabs";
    public static final String TAB_GENERAL = "settings.tab.general";
    public static final String TAB_PRACTITIONERS = "settings.tab.practitioners";
    public static final String TAB_TRANSMISSION = "settings.tab.transmission";
    public static final String TAB_SESAM = "settings.tab.sesam";

    /** Prefix of every form field of the pages. */
    public static final String PREFIX = "settings.";

    /** Praticiens: the list, the ADRi choice ({@code settings.practitioner.adri.<AdriMode>}), save and message. */
    public static final String PRACTITIONERS = "settings.practitioners";
    public static final String ADRI_PREFIX = "settings.practitioner.adri.";
    public static final String PRACTITIONER_SAVE = "settings.practitioner.save";
    public static final String PRACTITIONER_MESSAGE = "settings.practitioner.message";

    /** Télétransmission: the concentrators table, new, save and message. */
    public static final String CONCENTRATORS = "settings.concentrators";
    public static final String CONCENTRATOR_NEW = "settings.concentrator.new";
    public static final String CONCENTRATOR_SAVE = "settings.concentrator.save";
    public static final String CONCENTRATOR_MESSAGE = "settings.concentrator.message";

    /** SESAM-Vitale: save, "RAZ date" and message. */
    public static final String SESAM_SAVE = "settings.sesam.save";
    public static final String SESAM_RESET_LOT_DATE = "settings.sesam.resetLastLotPrint";
    public static final String SESAM_MESSAGE = "settings.sesam.message";

    private SettingsIds() {
    }
}
