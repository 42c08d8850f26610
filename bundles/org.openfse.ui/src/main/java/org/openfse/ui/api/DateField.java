package org.openfse.ui.api;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.openfse.ui.internal.Messages;

/**
 * A date entry field with the shortcuts of seed 004 ({@link DateInput}): the text is completed
 * when the user leaves the field (Tab, Enter, focus elsewhere); the button opens a calendar with
 * "Aujourd'hui" and "Vide". A text that is not a date stays as typed, turns red and a French
 * message is shown under the field; nothing is lost.
 *
 * <p>Widget ids: {@code <id>} the text, {@code <id>.calendar} the button, {@code <id>.error} the
 * message; in the calendar window {@code <id>.calendar.days}, {@code <id>.calendar.today},
 * {@code <id>.calendar.empty}, {@code <id>.calendar.close}.
 */
public final class DateField {

    private static final Logger LOG = Logger.getLogger(DateField.class.getName());

    private final String id;
    private final Supplier<LocalDate> today;
    private final Composite box;
    private final Text text;
    private final Button calendar;
    private final Label error;
    private Runnable onChange = () -> { };

    /**
     * @param parent where the field goes (its layout data is set by the caller on {@link #control()})
     * @param id the widget id of the text
     * @param initial the date shown at first, or empty
     * @param today gives the current day (the clock of the workbench; tests give a fixed one)
     */
    public DateField(Composite parent, String id, Optional<LocalDate> initial, Supplier<LocalDate> today) {
        this.id = id;
        this.today = today;
        box = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.horizontalSpacing = 2;
        layout.verticalSpacing = 0;
        box.setLayout(layout);
        text = Widgets.id(new Text(box, SWT.BORDER), id);
        GridData textData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        textData.widthHint = 90;
        text.setLayoutData(textData);
        text.setText(DateInput.format(initial));
        text.setToolTipText(Messages.get("date.tooltip"));
        text.setMessage(Messages.get("date.placeholder"));
        calendar = Widgets.id(new Button(box, SWT.ARROW | SWT.DOWN), id + ".calendar");
        calendar.setToolTipText(Messages.get("date.calendar"));
        calendar.addListener(SWT.Selection, event -> openCalendar());
        error = Widgets.id(new Label(box, SWT.WRAP), id + ".error");
        error.setForeground(box.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridData errorData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        errorData.exclude = true;
        error.setLayoutData(errorData);
        error.setVisible(false);
        text.addListener(SWT.FocusOut, event -> commit());
        text.addListener(SWT.DefaultSelection, event -> commit());
        text.addListener(SWT.Traverse, event -> {
            if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS || event.detail == SWT.TRAVERSE_RETURN) {
                commit();
            }
        });
        text.addListener(SWT.Modify, event -> onChange.run());
    }

    /** The composite to lay out. */
    public Composite control() {
        return box;
    }

    /** The text widget. */
    public Text text() {
        return text;
    }

    /** Called after each change of the text (typing, completion, calendar). */
    public void onChange(Runnable listener) {
        this.onChange = listener == null ? () -> { } : listener;
    }

    /**
     * Completes and checks the text now, as leaving the field does.
     *
     * @return whether the text is a date or empty
     */
    public boolean commit() {
        try {
            Optional<LocalDate> date = DateInput.parse(text.getText(), today.get());
            String shown = DateInput.format(date);
            if (!shown.equals(text.getText())) {
                text.setText(shown);
            }
            showError(null);
            return true;
        } catch (DateInput.InvalidDateException e) {
            LOG.fine(() -> "date field " + id + ": refused input '" + e.input() + "'");
            showError(e.getMessage());
            return false;
        }
    }

    /**
     * The date entered, completed.
     *
     * @throws DateInput.InvalidDateException with a French message when the text is not a date
     */
    public Optional<LocalDate> value() {
        Optional<LocalDate> date;
        try {
            date = DateInput.parse(text.getText(), today.get());
        } catch (DateInput.InvalidDateException e) {
            showError(e.getMessage());
            throw e;
        }
        commit();
        return date;
    }

    /**
     * The date the text would give, without completing the text nor showing a message (while the
     * user is still typing).
     *
     * @throws DateInput.InvalidDateException when the text is not a date
     */
    public Optional<LocalDate> peek() {
        return DateInput.parse(text.getText(), today.get());
    }

    /** Shows a date, or nothing. */
    public void setValue(Optional<LocalDate> date) {
        text.setText(DateInput.format(date));
        showError(null);
    }

    private void showError(String message) {
        boolean show = message != null;
        error.setText(show ? message : "");
        ((GridData) error.getLayoutData()).exclude = !show;
        error.setVisible(show);
        text.setBackground(show ? box.getDisplay().getSystemColor(SWT.COLOR_YELLOW) : null);
        box.getParent().layout(true, true);
    }

    private void openCalendar() {
        Shell popup = new Shell(box.getShell(), SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL);
        popup.setText(Messages.get("date.calendar.title"));
        popup.setLayout(new GridLayout(3, true));
        DateTime days = Widgets.id(new DateTime(popup, SWT.CALENDAR | SWT.BORDER), id + ".calendar.days");
        days.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        LocalDate shown;
        try {
            shown = DateInput.parse(text.getText(), today.get()).orElse(today.get());
        } catch (DateInput.InvalidDateException e) {
            shown = today.get();
        }
        days.setDate(shown.getYear(), shown.getMonthValue() - 1, shown.getDayOfMonth());
        days.addListener(SWT.Selection, event -> setValue(Optional.of(LocalDate.of(days.getYear(), days.getMonth() + 1, days.getDay()))));
        days.addListener(SWT.DefaultSelection, event -> {
            setValue(Optional.of(LocalDate.of(days.getYear(), days.getMonth() + 1, days.getDay())));
            popup.close();
        });
        Button todayButton = button(popup, id + ".calendar.today", "date.calendar.today");
        todayButton.addListener(SWT.Selection, event -> {
            setValue(Optional.of(today.get()));
            popup.close();
        });
        Button empty = button(popup, id + ".calendar.empty", "date.calendar.empty");
        empty.addListener(SWT.Selection, event -> {
            setValue(Optional.empty());
            popup.close();
        });
        Button close = button(popup, id + ".calendar.close", "date.calendar.close");
        close.addListener(SWT.Selection, event -> popup.close());
        popup.setDefaultButton(close);
        popup.addListener(SWT.Dispose, event -> {
            if (!text.isDisposed()) {
                onChange.run();
            }
        });
        popup.pack();
        Display display = box.getDisplay();
        org.eclipse.swt.graphics.Point below = text.toDisplay(0, text.getSize().y);
        org.eclipse.swt.graphics.Rectangle screen = display.getPrimaryMonitor().getClientArea();
        org.eclipse.swt.graphics.Point size = popup.getSize();
        popup.setLocation(Math.min(below.x, screen.x + screen.width - size.x), Math.min(below.y, screen.y + screen.height - size.y));
        popup.open();
    }

    private static Button button(Composite parent, String id, String key) {
        Button button = Widgets.id(new Button(parent, SWT.PUSH), id);
        button.setText(Messages.get(key));
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return button;
    }
}
