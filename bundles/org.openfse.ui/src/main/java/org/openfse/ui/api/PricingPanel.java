package org.openfse.ui.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.openfse.core.Money;
import org.openfse.core.tariff.ActLine;
import org.openfse.core.tariff.Coverage;
import org.openfse.core.tariff.InsuranceNature;
import org.openfse.core.tariff.PricedInvoice;
import org.openfse.core.tariff.PricedLine;
import org.openfse.core.tariff.PricingException;
import org.openfse.core.tariff.PricingRequest;
import org.openfse.core.tariff.TariffEngine;
import org.openfse.ui.internal.Messages;

/**
 * A pricing simulator for one specialty: the user enters act lines, the panel asks the
 * {@link TariffEngine} and shows fee, base, rate and the AMO / AMC / patient parts. Specialty UI
 * bundles put one in their part. Widget ids are {@code <prefix>.code}, {@code .lpp},
 * {@code .quantity}, {@code .unitPrice}, {@code .coefficient}, {@code .date}, {@code .amc},
 * {@code .add}, {@code .price}, {@code .clear}, {@code .lines}, {@code .result}, {@code .totals}, {@code .message}.
 */
public final class PricingPanel {

    /** Which entry fields a specialty needs. */
    public enum Field { LPP, QUANTITY, UNIT_PRICE, COEFFICIENT }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final String specialty;
    private final Supplier<TariffEngine> engine;
    private final List<ActLine> lines = new ArrayList<>();
    private final Combo code;
    private final Text lpp;
    private final Text quantity;
    private final Text unitPrice;
    private final Text coefficient;
    private final Text date;
    private final Text amc;
    private final Table entered;
    private final Table result;
    private final Label totals;
    private final Label message;

    /**
     * @param parent where to build the panel
     * @param prefix prefix of the widget ids ({@code optician.pricing})
     * @param specialty the specialty priced
     * @param codes act codes proposed in the code box
     * @param fields the entry fields to show besides the code
     * @param engine gives the current engine, or {@code null} when none is installed
     */
    public PricingPanel(Composite parent, String prefix, String specialty, List<String> codes, List<Field> fields, Supplier<TariffEngine> engine) {
        this.specialty = specialty;
        this.engine = engine;
        Composite form = new Composite(parent, SWT.NONE);
        form.setLayout(new GridLayout(4, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        date = text(form, prefix + ".date", "pricing.date", LocalDate.now().format(DAY), true);
        amc = text(form, prefix + ".amc", "pricing.amc", "", true);
        label(form, "pricing.code");
        code = Widgets.id(new Combo(form, SWT.DROP_DOWN), prefix + ".code");
        code.setItems(codes.toArray(String[]::new));
        code.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        lpp = text(form, prefix + ".lpp", "pricing.lpp", "", fields.contains(Field.LPP));
        quantity = text(form, prefix + ".quantity", "pricing.quantity", "1", fields.contains(Field.QUANTITY));
        unitPrice = text(form, prefix + ".unitPrice", "pricing.unitPrice", "", fields.contains(Field.UNIT_PRICE));
        coefficient = text(form, prefix + ".coefficient", "pricing.coefficient", "1", fields.contains(Field.COEFFICIENT));

        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayout(new GridLayout(3, false));
        Button add = Widgets.id(new Button(buttons, SWT.PUSH), prefix + ".add");
        add.setText(Messages.get("pricing.add"));
        add.addListener(SWT.Selection, event -> addLine());
        Button price = Widgets.id(new Button(buttons, SWT.PUSH), prefix + ".price");
        price.setText(Messages.get("pricing.price"));
        price.addListener(SWT.Selection, event -> price());
        Button clear = Widgets.id(new Button(buttons, SWT.PUSH), prefix + ".clear");
        clear.setText(Messages.get("pricing.clear"));
        clear.addListener(SWT.Selection, event -> clear());

        message = Widgets.id(new Label(parent, SWT.WRAP), prefix + ".message");
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        entered = table(parent, prefix + ".lines", List.of("code", "lpp", "quantity", "unitPrice", "coefficient"));
        result = table(parent, prefix + ".result", List.of("code", "net", "base", "rate", "amo", "amc", "patient"));
        totals = Widgets.id(new Label(parent, SWT.NONE), prefix + ".totals");
        totals.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    private static void label(Composite form, String key) {
        new Label(form, SWT.NONE).setText(Messages.get(key));
    }

    private static Text text(Composite form, String id, String key, String initial, boolean visible) {
        if (!visible) {
            return null;
        }
        label(form, key);
        Text text = Widgets.id(new Text(form, SWT.BORDER), id);
        text.setText(initial);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 110;
        text.setLayoutData(data);
        return text;
    }

    private static Table table(Composite parent, String id, List<String> columns) {
        Table table = Widgets.id(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION), id);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.heightHint = 110;
        table.setLayoutData(data);
        for (String column : columns) {
            TableColumn tableColumn = new TableColumn(table, SWT.RIGHT);
            tableColumn.setText(Messages.get("pricing.column." + column));
            tableColumn.setWidth(100);
        }
        return table;
    }

    private void addLine() {
        try {
            String actCode = code.getText().trim().toUpperCase(java.util.Locale.ROOT);
            if (actCode.isEmpty()) {
                throw new IllegalArgumentException(Messages.get("pricing.error.code"));
            }
            Optional<String> lppCode = lpp == null || lpp.getText().isBlank() ? Optional.empty() : Optional.of(lpp.getText().trim());
            int count = quantity == null ? 1 : parseQuantity(quantity.getText());
            Optional<Money> price = unitPrice == null || unitPrice.getText().isBlank() ? Optional.empty()
                    : Optional.of(parseMoney(unitPrice.getText(), "pricing.error.unitPrice"));
            BigDecimal coef = coefficient == null ? BigDecimal.ONE : parseCoefficient(coefficient.getText());
            ActLine line = new ActLine(actCode, lppCode, count, price, coef);
            lines.add(line);
            TableItem item = new TableItem(entered, SWT.NONE);
            item.setText(new String[] {actCode, lppCode.orElse(""), Integer.toString(count), price.map(Money::toString).orElse(""), coef.toPlainString()});
            message.setText("");
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage());
        }
        message.getParent().layout(true, true);
    }

    private void price() {
        TariffEngine current = engine.get();
        result.removeAll();
        totals.setText("");
        try {
            if (current == null) {
                throw new IllegalArgumentException(Messages.get("pricing.error.noEngine"));
            }
            if (lines.isEmpty()) {
                throw new IllegalArgumentException(Messages.get("pricing.error.noLine"));
            }
            LocalDate day = parseDate(date.getText());
            Optional<org.openfse.core.tariff.AmcRequest> amcRequest = amc.getText().isBlank() ? Optional.empty()
                    : Optional.of(new org.openfse.core.tariff.AmcRequest(parseMoney(amc.getText(), "pricing.error.amc")));
            PricedInvoice invoice = current.price(new PricingRequest(specialty, day,
                    new Coverage(InsuranceNature.MALADIE, false, false, false), amcRequest, lines));
            for (PricedLine line : invoice.lines()) {
                TableItem item = new TableItem(result, SWT.NONE);
                item.setText(new String[] {line.code(), line.net().toString(), line.base().toString(), line.rate() + " %",
                    line.amo().toString(), line.amc().toString(), line.patient().toString()});
            }
            totals.setText(Messages.get("pricing.totals", invoice.net(), invoice.amo(), invoice.amc(), invoice.patient()));
            message.setText("");
        } catch (PricingException e) {
            message.setText(Messages.get("pricing.error.refused", e.field(), e.getMessage()));
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage());
        }
        message.getParent().layout(true, true);
    }

    private void clear() {
        lines.clear();
        entered.removeAll();
        result.removeAll();
        totals.setText("");
        message.setText("");
    }

    private static int parseQuantity(String text) {
        try {
            int value = Integer.parseInt(text.trim());
            if (value < 1) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Messages.get("pricing.error.quantity"), e);
        }
    }

    private static BigDecimal parseCoefficient(String text) {
        try {
            BigDecimal value = new BigDecimal(text.trim().replace(',', '.'));
            if (value.signum() <= 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Messages.get("pricing.error.coefficient"), e);
        }
    }

    private static Money parseMoney(String text, String errorKey) {
        try {
            return Money.parse(text.trim().replace(',', '.'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Messages.get(errorKey), e);
        }
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.trim(), DAY);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(Messages.get("pricing.error.date"), e);
        }
    }
}
