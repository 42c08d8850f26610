package org.openfse.ui.internal.settings;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.openfse.core.store.ConcurrentUpdateException;
import org.openfse.core.store.PageRequest;
import org.openfse.core.store.Repository;
import org.openfse.core.store.Store;
import org.openfse.core.store.StoreException;
import org.openfse.model.api.Concentrator;
import org.openfse.model.api.Practice;
import org.openfse.model.meta.OpenfseFactory;
import org.openfse.ui.api.Widgets;
import org.openfse.ui.internal.patients.FieldCells;

/**
 * Paramètres &gt; Télétransmission (seed 002, "Menu Paramètres &gt; Mutuelles &amp; SS &gt;
 * Télétransmission"): the concentrators table — name, télétransmission oui/non, PEC oui/non,
 * transport — and, for the concentrator chosen, the options of DOMAIN.md "Lots and transmission":
 * block an FSE while documents are missing, automatic lettrage after RSP integration, B2 norm by
 * default, integrate RSP after transmission, check that the régime accepts teletransmission, top M.
 */
final class ConcentratorPage {

    /** The boolean options of {@link Concentrator}, in the order of the seed's screen. */
    static final List<String> OPTIONS = List.of("teletransmission", "pec", "blockFseWhenDocumentsMissing", "autoLettrage",
            "b2ByDefault", "integrateRspAfterTransmission", "checkRegimeTeletransmission", "topM");
    private static final System.Logger LOG = System.getLogger(ConcentratorPage.class.getName());

    private final Supplier<Store> store;
    private final FieldCells cells = new FieldCells(SettingsIds.PREFIX, Texts::get);
    private final Composite page;
    private final Table table;
    private final Label message;
    private List<Concentrator> concentrators = List.of();
    private Concentrator shown;

    ConcentratorPage(Composite parent, Supplier<Store> store) {
        this.store = store;
        page = SettingsForms.page(parent);
        Widgets.paragraph(page, Texts.get("concentrators.intro"));
        table = Widgets.id(new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), SettingsIds.CONCENTRATORS);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.TOP, true, false);
        tableData.heightHint = 90;
        table.setLayoutData(tableData);
        for (String column : List.of("name", "teletransmission", "pec", "transport")) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(Texts.get("concentrators.column." + column));
            c.setWidth(column.equals("name") ? 220 : 130);
        }
        table.addListener(SWT.Selection, event -> show(table.getSelectionIndex()));

        Group group = new Group(page, SWT.NONE);
        group.setText(Texts.get("concentrators.detail"));
        group.setLayout(new org.eclipse.swt.layout.GridLayout(1, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite grid = FieldCells.grid(group, 2);
        cells.width(220);
        cells.text(grid, "concentrator", "name");
        cells.text(grid, "concentrator", "transport");
        Composite options = FieldCells.grid(group, 2);
        cells.width(420);
        for (String option : OPTIONS) {
            cells.check(options, "concentrator", option);
        }
        Widgets.paragraph(group, Texts.get("concentrators.transport.help"));

        Composite buttons = SettingsForms.buttons(page);
        SettingsForms.button(buttons, SettingsIds.CONCENTRATOR_NEW, Texts.get("concentrators.new")).addListener(SWT.Selection,
                event -> create());
        SettingsForms.button(buttons, SettingsIds.CONCENTRATOR_SAVE, Texts.get("save")).addListener(SWT.Selection, event -> save());
        message = SettingsForms.message(page, SettingsIds.CONCENTRATOR_MESSAGE);
        load(0);
    }

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
            concentrators = current.inTransaction(
                    tx -> tx.repository(Concentrator.class).page(PageRequest.first(PageRequest.MAX_LIMIT).sortedBy("id", false)).items());
        } catch (StoreException e) {
            LOG.log(System.Logger.Level.WARNING, "reading the concentrators failed: " + e.getMessage(), e);
            SettingsForms.say(message, Texts.get("readFailed", e.getLocalizedMessage()), true);
            return;
        }
        table.removeAll();
        for (Concentrator c : concentrators) {
            new TableItem(table, SWT.NONE).setText(new String[] {PractitionerPage.nonNull(c.getName()), yesNo(c.isTeletransmission()),
                yesNo(c.isPec()), PractitionerPage.nonNull(c.getTransport())});
        }
        if (concentrators.isEmpty()) {
            shown = null;
            SettingsForms.say(message, Texts.get("concentrators.none"), false);
        } else {
            int index = Math.min(select, concentrators.size() - 1);
            table.select(index);
            show(index);
        }
    }

    private void show(int index) {
        if (index < 0 || index >= concentrators.size()) {
            return;
        }
        shown = concentrators.get(index);
        fill(shown);
        SettingsForms.say(message, "", false);
    }

    private void fill(Concentrator c) {
        cells.clearErrors();
        cells.set("concentrator", "name", c.getName());
        cells.set("concentrator", "transport", c.getTransport());
        for (String option : OPTIONS) {
            cells.check("concentrator", option, (Boolean) c.eGet(c.eClass().getEStructuralFeature(option)));
        }
    }

    /** A new concentrator, saved with "Enregistrer". */
    private void create() {
        table.deselectAll();
        shown = OpenfseFactory.eINSTANCE.createConcentrator();
        fill(shown);
        SettingsForms.say(message, Texts.get("concentrators.creating"), false);
    }

    private void save() {
        Store current = store.get();
        if (shown == null || current == null) {
            SettingsForms.say(message, Texts.get(current == null ? "noStore" : "concentrators.none"), true);
            return;
        }
        cells.clearErrors();
        String name = cells.value("concentrator", "name");
        if (name == null) {
            cells.error(cells.id("concentrator", "name"), Texts.get("concentrators.name.required"));
            SettingsForms.say(message, Texts.get("invalid"), true);
            return;
        }
        Concentrator c = shown;
        c.setName(name);
        c.setTransport(cells.value("concentrator", "transport"));
        for (String option : OPTIONS) {
            c.eSet(c.eClass().getEStructuralFeature(option), cells.checked("concentrator", option));
        }
        boolean isNew = c.getId() == 0;
        try {
            current.inTransaction(tx -> {
                Repository<Concentrator> repository = tx.repository(Concentrator.class);
                if (isNew) {
                    Optional<Practice> practice = tx.repository(Practice.class).page(PageRequest.first(1).sortedBy("id", false)).items()
                            .stream().findFirst();
                    practice.ifPresent(p -> p.getConcentrators().add(c));
                    repository.insert(c);
                } else {
                    repository.update(c);
                }
                return null;
            });
            LOG.log(System.Logger.Level.INFO, "concentrator '" + name + "' saved");
            load(isNew ? Integer.MAX_VALUE : table.getSelectionIndex());
            SettingsForms.say(message, Texts.get("concentrators.saved", name), false);
        } catch (ConcurrentUpdateException e) {
            LOG.log(System.Logger.Level.WARNING, "concentrator not saved: " + e.getMessage());
            load(table.getSelectionIndex());
            SettingsForms.say(message, Texts.get("conflict"), true);
        } catch (StoreException e) {
            LOG.log(System.Logger.Level.WARNING, "concentrator not saved: " + e.getMessage(), e);
            SettingsForms.say(message, Texts.get("saveFailed", e.getLocalizedMessage()), true);
        }
    }

    private static String yesNo(boolean value) {
        return Texts.get(value ? "yes" : "no");
    }
}
