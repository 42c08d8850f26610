package org.openfse.ui.followup.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.openfse.ui.api.Widgets;

/**
 * The search bar of a follow-up list: "Du" and "Au" (JJ/MM/AAAA), optionally "PS" and
 * "Organisme", and "Rechercher". Widget ids {@code <prefix>.from}, {@code .to}, {@code .ps},
 * {@code .organisme}, {@code .search}. A date that cannot be read is reported in French through
 * {@code onError} and the search does not run; what was typed stays.
 */
final class PeriodBar {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final Text from;
    private final Text to;
    private final Text ps;
    private final Text organisme;
    private final Consumer<String> onError;

    PeriodBar(Composite parent, String prefix, Period initial, boolean filters, Consumer<Period> onSearch, Consumer<String> onError) {
        this.onError = onError;
        Composite bar = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.center = true;
        layout.spacing = 6;
        layout.marginLeft = 0;
        bar.setLayout(layout);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        from = field(bar, prefix + ".from", Texts.get("period.from"), DAY.format(initial.from()), 90);
        to = field(bar, prefix + ".to", Texts.get("period.to"), DAY.format(initial.to()), 90);
        ps = filters ? field(bar, prefix + ".ps", Texts.get("period.ps"), "", 90) : null;
        organisme = filters ? field(bar, prefix + ".organisme", Texts.get("period.organisme"), "", 110) : null;
        Button search = Widgets.id(new Button(bar, SWT.PUSH), prefix + ".search");
        search.setText(Texts.get("period.search"));
        search.addListener(SWT.Selection, event -> current().ifPresent(onSearch));
    }

    private static Text field(Composite bar, String id, String label, String value, int width) {
        Label l = new Label(bar, SWT.NONE);
        l.setText(label);
        Text text = Widgets.id(new Text(bar, SWT.BORDER), id);
        text.setText(value);
        text.setLayoutData(new RowData(width, SWT.DEFAULT));
        return text;
    }

    /** The period typed, or empty (after telling why) when a date cannot be read. */
    Optional<Period> current() {
        Optional<LocalDate> start = day(from.getText(), Texts.get("period.from"));
        Optional<LocalDate> end = day(to.getText(), Texts.get("period.to"));
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        if (end.get().isBefore(start.get())) {
            onError.accept(Texts.get("period.reversed"));
            return Optional.empty();
        }
        return Optional.of(new Period(start.get(), end.get(), ps == null ? null : ps.getText(),
                organisme == null ? null : organisme.getText()));
    }

    private Optional<LocalDate> day(String text, String name) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), DAY));
        } catch (DateTimeParseException e) {
            onError.accept(Texts.get("period.badDate", name, text));
            return Optional.empty();
        }
    }
}
