package org.openfse.ui.optician.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.openfse.core.Money;
import org.openfse.core.tariff.ActLine;
import org.openfse.core.tariff.RenewalIndicator;
import org.openfse.ui.api.DateField;
import org.openfse.ui.api.InvoiceEditor;
import org.openfse.ui.api.InvoiceEntry;
import org.openfse.ui.api.InvoiceLineInput;
import org.openfse.ui.api.LppPicker;
import org.openfse.ui.api.Widgets;

/**
 * The optician's invoice (seed 002): the prescription (date, prescriber, RI/RA renewal), the frame
 * and the two lenses, each with its 100 % Santé class code, its LPP code (picker), a description and
 * the price charged. Widget ids {@code optician.invoice.prescriptionDate}, {@code .prescriber},
 * {@code .renewal}, and for each item {@code frame}, {@code rightLens}, {@code leftLens}:
 * {@code optician.invoice.<item>.code}, {@code .lpp}, {@code .detail}, {@code .price}.
 */
final class OpticianInvoiceEntry implements InvoiceEntry {

    /** Prefix of the widget ids. */
    static final String PREFIX = "optician.invoice";

    static final List<String> FRAME_CODES = List.of("M01", "M02", "M03", "M04");
    static final List<String> LENS_CODES = List.of("V01", "V02", "V03", "V04", "VU1", "VU2", "VU3", "VU4", "VU5", "VU6", "VU7",
            "VM1", "VM2", "VM3", "VM4", "VM5", "VM6", "VM7");

    private DateField prescriptionDate;
    private Text prescriber;
    private Combo renewal;
    private final List<Item> items = new ArrayList<>();

    /** One row: frame, right lens or left lens. */
    private record Item(String key, Combo code, LppPicker lpp, Text detail, Text price) {
    }

    @Override
    public void create(Composite area, InvoiceEditor editor) {
        Group prescription = new Group(area, SWT.NONE);
        prescription.setText(OpticianMessages.get("invoice.prescription"));
        prescription.setLayout(new GridLayout(6, false));
        prescription.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(prescription, SWT.NONE).setText(OpticianMessages.get("invoice.prescriptionDate"));
        prescriptionDate = new DateField(prescription, PREFIX + ".prescriptionDate", Optional.empty(), editor.today());
        prescriptionDate.onChange(editor::changed);
        new Label(prescription, SWT.NONE).setText(OpticianMessages.get("invoice.prescriber"));
        prescriber = Widgets.id(new Text(prescription, SWT.BORDER), PREFIX + ".prescriber");
        GridData prescriberData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        prescriberData.widthHint = 160;
        prescriber.setLayoutData(prescriberData);
        new Label(prescription, SWT.NONE).setText(OpticianMessages.get("invoice.renewal"));
        renewal = Widgets.id(new Combo(prescription, SWT.READ_ONLY), PREFIX + ".renewal");
        renewal.setItems(OpticianMessages.get("invoice.renewal.none"), OpticianMessages.get("invoice.renewal.RI"),
                OpticianMessages.get("invoice.renewal.RA"));
        renewal.select(0);
        renewal.addListener(SWT.Selection, event -> editor.changed());

        Group equipment = new Group(area, SWT.NONE);
        equipment.setText(OpticianMessages.get("invoice.equipment"));
        equipment.setLayout(new GridLayout(5, false));
        equipment.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        for (String header : List.of("item", "code", "lpp", "detail", "price")) {
            Label label = new Label(equipment, SWT.NONE);
            label.setText(OpticianMessages.get("invoice.column." + header));
        }
        items.add(item(equipment, editor, "frame", FRAME_CODES));
        items.add(item(equipment, editor, "rightLens", LENS_CODES));
        items.add(item(equipment, editor, "leftLens", LENS_CODES));
    }

    private Item item(Composite parent, InvoiceEditor editor, String key, List<String> codes) {
        new Label(parent, SWT.NONE).setText(OpticianMessages.get("invoice.item." + key));
        Combo code = Widgets.id(new Combo(parent, SWT.DROP_DOWN), PREFIX + "." + key + ".code");
        code.setItems(codes.toArray(String[]::new));
        GridData codeData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        codeData.widthHint = 60;
        code.setLayoutData(codeData);
        code.addListener(SWT.Modify, event -> editor.changed());
        LppPicker lpp = new LppPicker(parent, PREFIX + "." + key + ".lpp", editor.lppCatalog());
        lpp.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        lpp.onChange(editor::changed);
        Text detail = Widgets.id(new Text(parent, SWT.BORDER), PREFIX + "." + key + ".detail");
        GridData detailData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        detailData.widthHint = 160;
        detail.setLayoutData(detailData);
        Text price = Widgets.id(new Text(parent, SWT.BORDER | SWT.RIGHT), PREFIX + "." + key + ".price");
        GridData priceData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        priceData.widthHint = 70;
        price.setLayoutData(priceData);
        price.addListener(SWT.Modify, event -> editor.changed());
        return new Item(key, code, lpp, detail, price);
    }

    @Override
    public List<InvoiceLineInput> lines() {
        List<InvoiceLineInput> lines = new ArrayList<>();
        for (Item item : items) {
            String code = item.code().getText().strip().toUpperCase(Locale.ROOT);
            String price = item.price().getText().strip();
            if (code.isEmpty() && price.isEmpty() && item.lpp().value().isEmpty()) {
                continue;
            }
            String what = OpticianMessages.get("invoice.item." + item.key());
            if (code.isEmpty()) {
                throw new IllegalArgumentException(OpticianMessages.format("invoice.error.code", what));
            }
            Money amount;
            try {
                amount = Money.parse(price.replace(',', '.'));
                if (amount.isNegative()) {
                    throw new IllegalArgumentException("negative");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(OpticianMessages.format("invoice.error.price", what, price), e);
            }
            Optional<String> lpp = item.lpp().value();
            if (lpp.isPresent() && !lpp.get().matches("\\d{7}")) {
                throw new IllegalArgumentException(OpticianMessages.format("invoice.error.lpp", what, lpp.get()));
            }
            String detail = (item.key().equals("frame") ? "" : OpticianMessages.get("invoice.detail.lens")) + item.detail().getText().strip();
            lines.add(new InvoiceLineInput(new ActLine(code, lpp, 1, Optional.of(amount), BigDecimal.ONE), detail.strip()));
        }
        return lines;
    }

    @Override
    public Optional<LocalDate> prescriptionDate() {
        return prescriptionDate.value();
    }

    @Override
    public String prescriber() {
        return prescriber.getText().strip();
    }

    @Override
    public Optional<RenewalIndicator> renewal() {
        return switch (renewal.getSelectionIndex()) {
            case 1 -> Optional.of(RenewalIndicator.RI);
            case 2 -> Optional.of(RenewalIndicator.RA);
            default -> Optional.empty();
        };
    }
}
