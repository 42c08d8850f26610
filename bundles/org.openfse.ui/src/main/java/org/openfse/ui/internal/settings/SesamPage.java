package org.openfse.ui.internal.settings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.openfse.core.store.Store;
import org.openfse.core.store.StoreException;
import org.openfse.ui.api.Widgets;
import org.openfse.ui.internal.patients.FieldCells;
import org.openfse.ui.internal.patients.FrenchDates;

/**
 * Paramètres &gt; SESAM-Vitale: the options of {@link SesamSettings}, saved as practice settings
 * (each change audited by the store). Values that cannot be read are refused with a French message
 * next to the field, and nothing is saved until they are corrected.
 */
final class SesamPage {

    private static final System.Logger LOG = System.getLogger(SesamPage.class.getName());

    private final Supplier<Store> store;
    private final FieldCells cells = new FieldCells(SettingsIds.PREFIX, Texts::get);
    private final Composite page;
    private final Label message;
    private boolean clearLastLotDate;

    SesamPage(Composite parent, Supplier<Store> store) {
        this.store = store;
        page = SettingsForms.page(parent);
        Widgets.paragraph(page, Texts.get("sesam.intro"));
        Composite grid = FieldCells.grid(page, 3);
        cells.width(290);
        cells.text(grid, "sesam", "activationDate");
        cells.text(grid, "sesam", "vitaleRereadDays");
        Text last = cells.text(grid, "sesam", "lastLotPrintDate");
        last.setEditable(false);
        cells.check(grid, "sesam", "printAfterTransmission");
        cells.check(grid, "sesam", "secureWithoutVitale");
        Widgets.paragraph(page, Texts.get("sesam.help"));
        Composite buttons = SettingsForms.buttons(page);
        SettingsForms.button(buttons, SettingsIds.SESAM_RESET_LOT_DATE, Texts.get("sesam.reset")).addListener(SWT.Selection,
                event -> resetLastLotDate());
        SettingsForms.button(buttons, SettingsIds.SESAM_SAVE, Texts.get("save")).addListener(SWT.Selection, event -> save());
        message = SettingsForms.message(page, SettingsIds.SESAM_MESSAGE);
        load();
    }

    private void resetLastLotDate() {
        cells.set("sesam", "lastLotPrintDate", null);
        clearLastLotDate = true;
        SettingsForms.say(message, Texts.get("sesam.reset.pending"), false);
    }

    Composite control() {
        return page;
    }

    private void load() {
        Store current = store.get();
        if (current == null) {
            SettingsForms.say(message, Texts.get("noStore"), true);
            return;
        }
        Map<String, Optional<String>> values;
        try {
            values = current.inTransaction(tx -> {
                Map<String, Optional<String>> read = new LinkedHashMap<>();
                SesamSettings.KEYS.forEach(key -> read.put(key, tx.setting(key)));
                return read;
            });
        } catch (StoreException e) {
            LOG.log(System.Logger.Level.WARNING, "reading the SESAM-Vitale settings failed: " + e.getMessage(), e);
            SettingsForms.say(message, Texts.get("readFailed", e.getLocalizedMessage()), true);
            return;
        }
        cells.set("sesam", "activationDate", values.get(SesamSettings.ACTIVATION_DATE).map(SesamPage::showIso).orElse(null));
        cells.set("sesam", "vitaleRereadDays", values.get(SesamSettings.VITALE_REREAD_DAYS).orElse(null));
        cells.set("sesam", "lastLotPrintDate", values.get(SesamSettings.LAST_LOT_PRINT_DATE).map(SesamPage::showIso).orElse(null));
        cells.check("sesam", "printAfterTransmission", values.get(SesamSettings.PRINT_AFTER_TRANSMISSION).map(Boolean::parseBoolean).orElse(false));
        cells.check("sesam", "secureWithoutVitale", values.get(SesamSettings.SECURE_WITHOUT_VITALE).map(Boolean::parseBoolean).orElse(false));
        clearLastLotDate = false;
    }

    private void save() {
        Store current = store.get();
        if (current == null) {
            SettingsForms.say(message, Texts.get("noStore"), true);
            return;
        }
        cells.clearErrors();
        Map<String, String> values = new LinkedHashMap<>();
        boolean ok = true;
        try {
            values.put(SesamSettings.ACTIVATION_DATE, FrenchDates.day(cells.value("sesam", "activationDate"), LocalDate.now())
                    .map(LocalDate::toString).orElse(null));
        } catch (IllegalArgumentException e) {
            cells.error(cells.id("sesam", "activationDate"), e.getMessage());
            ok = false;
        }
        String days = cells.value("sesam", "vitaleRereadDays");
        if (days != null && !days.matches("\\d{1,3}")) {
            cells.error(cells.id("sesam", "vitaleRereadDays"), Texts.get("sesam.days.invalid", days));
            ok = false;
        }
        values.put(SesamSettings.VITALE_REREAD_DAYS, days);
        values.put(SesamSettings.PRINT_AFTER_TRANSMISSION, Boolean.toString(cells.checked("sesam", "printAfterTransmission")));
        values.put(SesamSettings.SECURE_WITHOUT_VITALE, Boolean.toString(cells.checked("sesam", "secureWithoutVitale")));
        if (!ok) {
            SettingsForms.say(message, Texts.get("invalid"), true);
            return;
        }
        boolean clear = clearLastLotDate;
        try {
            current.inTransaction(tx -> {
                values.forEach((key, value) -> {
                    if (!java.util.Objects.equals(tx.setting(key).orElse(null), value)) {
                        tx.putSetting(key, value);
                    }
                });
                if (clear && tx.setting(SesamSettings.LAST_LOT_PRINT_DATE).isPresent()) {
                    tx.putSetting(SesamSettings.LAST_LOT_PRINT_DATE, null);
                }
                return null;
            });
            LOG.log(System.Logger.Level.INFO, "SESAM-Vitale settings saved: " + values + (clear ? ", last lot print date cleared" : ""));
            load();
            SettingsForms.say(message, Texts.get("sesam.saved"), false);
        } catch (StoreException e) {
            LOG.log(System.Logger.Level.WARNING, "SESAM-Vitale settings not saved: " + e.getMessage(), e);
            SettingsForms.say(message, Texts.get("saveFailed", e.getLocalizedMessage()), true);
        }
    }

    private static String showIso(String iso) {
        try {
            return FrenchDates.show(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
