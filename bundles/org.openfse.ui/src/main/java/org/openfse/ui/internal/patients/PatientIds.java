package org.openfse.ui.internal.patients;

/**
 * Widget ids of the patient list and of the "Dossier patient" editor (key
 * {@code org.openfse.ui.api.UiIds#WIDGET_KEY}); listed in docs/extension-guide.md.
 */
public final class PatientIds {

    /** The search field (name or NIR), its button, the list (a NatTable) and the count of folders found. */
    public static final String SEARCH = "patients.search";
    public static final String SEARCH_RUN = "patients.search.run";
    public static final String LIST = "patients.list";
    public static final String COUNT = "patients.list.count";
    /** "Nouveau dossier", "Ouvrir le dossier", and "Enregistrer la carte dans un dossier" (after a card read). */
    public static final String NEW = "patients.new";
    public static final String OPEN = "patients.open";
    public static final String CARD_FOLDER = "patients.card.folder";

    /**
     * Prefix of the editor's fields: {@code patient.edit.<section>.<field>} with section
     * {@code insured}, {@code beneficiary}, {@code amo} or {@code amc}; the error shown next to a
     * field has the field's id followed by {@value #ERROR_SUFFIX}.
     */
    public static final String EDIT_PREFIX = "patient.edit.";
    public static final String ERROR_SUFFIX = ".error";
    public static final String EDIT_MESSAGE = "patient.edit.message";
    public static final String EDIT_SAVE = "patient.edit.save";
    public static final String EDIT_CANCEL = "patient.edit.cancel";
    public static final String EDIT_BENEFICIARIES = "patient.edit.beneficiaries";
    public static final String EDIT_ADD = "patient.edit.beneficiary.add";
    public static final String EDIT_REMOVE = "patient.edit.beneficiary.remove";
    public static final String EDIT_COPY_INSURED = "patient.edit.beneficiary.copyInsured";

    private PatientIds() {
    }

    /** The id of a field of the editor, e.g. {@code field("amo", "regime")}. */
    public static String field(String section, String name) {
        return EDIT_PREFIX + section + "." + name;
    }
}
