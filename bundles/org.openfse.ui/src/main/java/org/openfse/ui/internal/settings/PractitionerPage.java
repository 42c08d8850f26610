package org.openfse.ui.internal.settings;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.store.ConcurrentUpdateException;
import org.openfse.core.store.PageRequest;
import org.openfse.core.store.Store;
import org.openfse.core.store.StoreException;
import org.openfse.model.api.AdriMode;
import org.openfse.model.api.Concentrator;
import org.openfse.model.api.Practitioner;
import org.openfse.model.api.PractitionerSettings;
import org.openfse.model.meta.OpenfseFactory;
import org.openfse.model.validation.ModelValidator;
import org.openfse.model.validation.Problem;
import org.openfse.ui.api.Widgets;
import org.openfse.ui.internal.patients.FieldCells;

/**
 * Paramètres &gt; Praticiens: the practitioners of the practice and, for the one chosen, the PS
 * settings (identity, specialty, convention, tariff zone), the ADRi mode (seed 002, "Paramétrage du
 * PS": appel ciblé — the default —, systématique, manuel), the default secure mode and the
 * concentrator. Saving checks the practitioner with the model's validator (messages next to the
 * fields) and updates it in the store, which audits the change; a change made meanwhile elsewhere is
 * refused with a clear message.
 */
final class PractitionerPage {

    static final List<SecureMode> SECURE_MODES = List.of(SecureMode.values());
    private static final List<String> TEXT_FIELDS = List.of("psNumber", "rppsNumber", "lastName", "firstName", "specialty",
            "profession", "conventionCode", "tariffZone");
    private static final System.Logger LOG = System.getLogger(PractitionerPage.class.getName());

    private final Supplier<Store> store;
    private final FieldCells cells = new FieldCells(SettingsIds.PREFIX, Texts::get);
    private final Map<AdriMode, Button> adri = new EnumMap<>(AdriMode.class);
    private final ModelValidator validator = new ModelValidator();
    private final Table table;
    private final Label message;
    private List<Practitioner> practitioners = List.of();
    private List<Concentrator> concentrators = List.of();
    private Practitioner shown;

    PractitionerPage(Composite parent, Supplier<Store> store) {
        this.store = store;
        Composite page = SettingsForms.page(parent);
        Widgets.paragraph(page, Texts.get("practitioners.intro"));
        table = Widgets.id(new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), SettingsIds.PRACTITIONERS);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.TOP, true, false);
        tableData.heightHint = 100;
        table.setLayoutData(tableData);
        for (String column : List.of("psNumber", "name", "specialty", "profession", "adri")) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(Texts.get("practitioners.column." + column));
            c.setWidth(column.equals("name") ? 200 : 140);
        }
        table.addListener(SWT.Selection, event -> show(table.getSelectionIndex()));

        Group identity = group(page, "practitioners.identity");
        Composite grid = FieldCells.grid(identity, 4);
        for (String name : TEXT_FIELDS) {
            cells.text(grid, "practitioner", name);
        }
        Group adriGroup = group(page, "practitioners.adri");
        Composite radios = new Composite(adriGroup, SWT.NONE);
        radios.setLayout(new RowLayout(SWT.HORIZONTAL));
        for (AdriMode mode : AdriMode.VALUES) {
            Button radio = Widgets.id(new Button(radios, SWT.RADIO), SettingsIds.ADRI_PREFIX + mode.name());
            radio.setText(Texts.get("adri." + mode.name()));
            adri.put(mode, radio);
        }
        Widgets.paragraph(adriGroup, Texts.get("practitioners.adri.help"));
        Group billing = group(page, "practitioners.billing");
        Composite billingGrid = FieldCells.grid(billing, 4);
        List<String> modes = new ArrayList<>();
        modes.add(Texts.get("choice.none"));
        SECURE_MODES.forEach(mode -> modes.add(Texts.get("secureMode." + mode.name())));
        cells.combo(billingGrid, "practitioner", "defaultSecureMode", modes);
        cells.combo(billingGrid, "practitioner", "concentrator", List.of(Texts.get("choice.none")));

        Composite buttons = SettingsForms.buttons(page);
        SettingsForms.button(buttons, SettingsIds.PRACTITIONER_SAVE, Texts.get("save")).addListener(SWT.Selection, event -> save());
        message = SettingsForms.message(page, SettingsIds.PRACTITIONER_MESSAGE);
        this.page = page;
        load(0);
    }

    private final Composite page;

    /** The page's control, for its tab. */
    Composite control() {
        return page;
    }

    private void load(int select) {
        Store current = store.get();
        if (current == null) {
            SettingsForms.say(message, Texts.get("noStore"), true);
            return;
        }
        try {
            record Read(List<Practitioner> practitioners, List<Concentrator> concentrators) {
            }
            Read read = current.inTransaction(tx -> new Read(
                    tx.repository(Practitioner.class).page(PageRequest.first(PageRequest.MAX_LIMIT).sortedBy("id", false)).items(),
                    tx.repository(Concentrator.class).page(PageRequest.first(PageRequest.MAX_LIMIT).sortedBy("id", false)).items()));
            practitioners = read.practitioners();
            concentrators = read.concentrators();
        } catch (StoreException e) {
            LOG.log(System.Logger.Level.WARNING, "reading the practitioners failed: " + e.getMessage(), e);
            SettingsForms.say(message, Texts.get("readFailed", e.getLocalizedMessage()), true);
            return;
        }
        table.removeAll();
        for (Practitioner p : practitioners) {
            TableItem item = new TableItem(table, SWT.NONE);
            AdriMode mode = p.getSettings() == null ? null : p.getSettings().getAdriMode();
            item.setText(new String[] {nonNull(p.getPsNumber()), (nonNull(p.getLastName()) + " " + nonNull(p.getFirstName())).strip(),
                nonNull(p.getSpecialty()), nonNull(p.getProfession()), mode == null ? "" : Texts.get("adri." + mode.name())});
        }
        List<String> items = new ArrayList<>();
        items.add(Texts.get("choice.none"));
        concentrators.forEach(c -> items.add(nonNull(c.getName())));
        org.eclipse.swt.widgets.Combo combo = (org.eclipse.swt.widgets.Combo) findCombo();
        combo.setItems(items.toArray(String[]::new));
        if (!practitioners.isEmpty()) {
            int index = Math.min(select, practitioners.size() - 1);
            table.select(index);
            show(index);
        } else {
            SettingsForms.say(message, Texts.get("practitioners.none"), false);
        }
    }

    private org.eclipse.swt.widgets.Control findCombo() {
        return find(page, cells.id("practitioner", "concentrator"));
    }

    private static org.eclipse.swt.widgets.Control find(Composite parent, String id) {
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (id.equals(child.getData(org.openfse.ui.api.UiIds.WIDGET_KEY))) {
                return child;
            }
            if (child instanceof Composite composite) {
                org.eclipse.swt.widgets.Control found = find(composite, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private void show(int index) {
        if (index < 0 || index >= practitioners.size()) {
            return;
        }
        cells.clearErrors();
        shown = practitioners.get(index);
        cells.set("practitioner", "psNumber", shown.getPsNumber());
        cells.set("practitioner", "rppsNumber", shown.getRppsNumber());
        cells.set("practitioner", "lastName", shown.getLastName());
        cells.set("practitioner", "firstName", shown.getFirstName());
        cells.set("practitioner", "specialty", shown.getSpecialty());
        cells.set("practitioner", "profession", shown.getProfession());
        cells.set("practitioner", "conventionCode", shown.getConventionCode());
        cells.set("practitioner", "tariffZone", shown.getTariffZone());
        PractitionerSettings settings = shown.getSettings();
        AdriMode mode = settings == null || settings.getAdriMode() == null ? AdriMode.AUTOMATIC : settings.getAdriMode();
        adri.forEach((m, radio) -> radio.setSelection(m == mode));
        cells.select("practitioner", "defaultSecureMode",
                settings == null || settings.getDefaultSecureMode() == null ? 0 : SECURE_MODES.indexOf(settings.getDefaultSecureMode()) + 1);
        int concentrator = 0;
        if (settings != null && settings.getConcentrator() != null) {
            long id = settings.getConcentrator().getId();
            for (int i = 0; i < concentrators.size(); i++) {
                if (concentrators.get(i).getId() == id) {
                    concentrator = i + 1;
                }
            }
        }
        cells.select("practitioner", "concentrator", concentrator);
        SettingsForms.say(message, "", false);
    }

    private void save() {
        Store current = store.get();
        if (shown == null || current == null) {
            SettingsForms.say(message, Texts.get(current == null ? "noStore" : "practitioners.none"), true);
            return;
        }
        cells.clearErrors();
        Practitioner p = shown;
        p.setPsNumber(cells.value("practitioner", "psNumber"));
        p.setRppsNumber(cells.value("practitioner", "rppsNumber"));
        p.setLastName(cells.value("practitioner", "lastName"));
        p.setFirstName(cells.value("practitioner", "firstName"));
        p.setSpecialty(cells.value("practitioner", "specialty"));
        p.setProfession(cells.value("practitioner", "profession"));
        p.setConventionCode(cells.value("practitioner", "conventionCode"));
        p.setTariffZone(cells.value("practitioner", "tariffZone"));
        if (p.getSettings() == null) {
            p.setSettings(OpenfseFactory.eINSTANCE.createPractitionerSettings());
        }
        PractitionerSettings settings = p.getSettings();
        adri.forEach((mode, radio) -> {
            if (radio.getSelection()) {
                settings.setAdriMode(mode);
            }
        });
        int mode = cells.selected("practitioner", "defaultSecureMode");
        settings.setDefaultSecureMode(mode <= 0 ? null : SECURE_MODES.get(mode - 1));
        int concentrator = cells.selected("practitioner", "concentrator");
        settings.setConcentrator(concentrator <= 0 ? null : concentrators.get(concentrator - 1));
        List<Problem> problems = validator.validate(p).stream().filter(problem -> problem.severity() == Problem.Severity.ERROR).toList();
        if (!problems.isEmpty()) {
            List<String> elsewhere = new ArrayList<>();
            for (Problem problem : problems) {
                LOG.log(System.Logger.Level.INFO, "practitioner settings refused: " + problem.logLine());
                String field = problem.object() == p && problem.feature() != null ? cells.id("practitioner", problem.feature().getName()) : null;
                if (field == null || !cells.error(field, problem.message())) {
                    elsewhere.add(problem.message());
                }
            }
            SettingsForms.say(message, Texts.get("invalid") + (elsewhere.isEmpty() ? "" : "\n" + String.join("\n", elsewhere)), true);
            return;
        }
        int index = table.getSelectionIndex();
        try {
            current.inTransaction(tx -> {
                tx.repository(Practitioner.class).update(p);
                return null;
            });
            LOG.log(System.Logger.Level.INFO, "practitioner " + p.getPsNumber() + " settings saved (ADRi " + settings.getAdriMode() + ")");
            load(index);
            SettingsForms.say(message, Texts.get("practitioners.saved", (nonNull(p.getLastName()) + " " + nonNull(p.getFirstName())).strip()),
                    false);
        } catch (ConcurrentUpdateException e) {
            LOG.log(System.Logger.Level.WARNING, "practitioner settings not saved: " + e.getMessage());
            load(index);
            SettingsForms.say(message, Texts.get("conflict"), true);
        } catch (StoreException e) {
            LOG.log(System.Logger.Level.WARNING, "practitioner settings not saved: " + e.getMessage(), e);
            SettingsForms.say(message, Texts.get("saveFailed", e.getLocalizedMessage()), true);
        }
    }

    private static Group group(Composite parent, String key) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(Texts.get(key));
        group.setLayout(new org.eclipse.swt.layout.GridLayout(1, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return group;
    }

    static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
