package org.openfse.ui.api;

/**
 * Element ids of the OpenFSE workbench model and widget ids used by tests. Contributions of
 * specialty bundles target these anchors from their {@code fragment.e4xmi}; see
 * docs/extension-guide.md. Ids are a public contract: never rename one without a major version.
 */
public final class UiIds {

    /** Key of {@code Widget.setData(key, id)} that names a widget for tests and automation. */
    public static final String WIDGET_KEY = "org.openfse.id";

    /** The application. */
    public static final String APPLICATION = "org.openfse.ui.application";
    /** The main window. */
    public static final String WINDOW_MAIN = "org.openfse.ui.window.main";
    /** Part stack holding the sections; contribute parts here (featurename {@code children}). */
    public static final String PARTSTACK_CONTENT = "org.openfse.ui.partstack.content";
    /** Main menu of the window. */
    public static final String MENU_MAIN = "org.openfse.ui.menu.main";
    /** The "Facturation" menu; specialties add their entry screens here. */
    public static final String MENU_BILLING = "org.openfse.ui.menu.billing";
    /** The "Outils" menu. */
    public static final String MENU_TOOLS = "org.openfse.ui.menu.tools";
    /** Bottom trim bar holding the status bar; contribute tool controls here. */
    public static final String TRIMBAR_STATUS = "org.openfse.ui.trimbar.status";

    /** Tag of the parts of {@link #PARTSTACK_CONTENT} that the navigation lists. */
    public static final String TAG_NAVIGATION = "openfse:navigation";

    /**
     * Prefix of the tag a specialty UI bundle puts on its part ({@code openfse:specialty:optician}):
     * the part's label then names the specialty wherever the workbench lists specialties.
     */
    public static final String TAG_SPECIALTY_PREFIX = "openfse:specialty:";

    /** Section parts. */
    public static final String PART_PATIENTS = "org.openfse.ui.part.patients";
    public static final String PART_BILLING = "org.openfse.ui.part.billing";
    public static final String PART_TRANSMISSIONS = "org.openfse.ui.part.transmissions";
    public static final String PART_RETURNS = "org.openfse.ui.part.returns";
    public static final String PART_PAYMENTS = "org.openfse.ui.part.payments";
    public static final String PART_SETTINGS = "org.openfse.ui.part.settings";

    /** Prefix of the navigation buttons' widget ids: {@code nav:} followed by the part id. */
    public static final String NAV_PREFIX = "nav:";

    /** Widget ids of the status bar labels. */
    public static final String STATUS_PRACTITIONER = "status.practitioner";
    public static final String STATUS_READER = "status.reader";
    public static final String STATUS_DATABASE = "status.database";
    public static final String STATUS_MODE = "status.mode";

    /** Command "Lire la carte Vitale" (shortcut {@link #KEYS_READ_VITALE} in the window). */
    public static final String COMMAND_READ_VITALE = "org.openfse.ui.command.readVitale";
    /** Key sequence of {@link #COMMAND_READ_VITALE}, in e4 notation (M1 is Ctrl). */
    public static final String KEYS_READ_VITALE = "M1+L";

    /** Widget ids of the Patients section. */
    public static final String PATIENTS_READ = "patients.read";
    public static final String PATIENTS_APCV = "patients.apcv";
    public static final String PATIENTS_MESSAGE = "patients.message";
    public static final String PATIENTS_BENEFICIARIES = "patients.beneficiaries";
    public static final String PATIENTS_CHOOSE = "patients.choose";
    public static final String PATIENTS_DETAIL = "patients.detail";
    /** The patient folder filled from the chosen beneficiary; its fields are {@code patients.folder.<field>}. */
    public static final String PATIENTS_FOLDER = "patients.folder";
    public static final String PATIENTS_FOLDER_PREFIX = "patients.folder.";

    /** The CPS PIN dialog: its field, its message, its buttons. */
    public static final String PIN_FIELD = "pin.field";
    public static final String PIN_MESSAGE = "pin.message";
    public static final String PIN_OK = "pin.ok";
    public static final String PIN_CANCEL = "pin.cancel";

    /** The "Détail Informations Vitale" dialog: each value is {@code vitale.detail.<field>}. */
    public static final String VITALE_DETAIL_PREFIX = "vitale.detail.";
    public static final String VITALE_DETAIL_OK = "vitale.detail.ok";

    private UiIds() {
    }

    /** The widget id of the navigation button that shows a part. */
    public static String navigationButton(String partId) {
        return NAV_PREFIX + partId;
    }
}
